package vn.vusta.platform.signing;

/** Who signs for a union: its approver, as a person, and the union itself, as the organisation (its seal). */
public enum SignerRole {
    /** The Standing Committee's chairman (or the one he delegates), who signs the report when approving it. */
    APPROVER,
    /** The union as an organisation ("con dấu" — the seal-holder's signature), when the report is sent. */
    ORGANISATION
}
