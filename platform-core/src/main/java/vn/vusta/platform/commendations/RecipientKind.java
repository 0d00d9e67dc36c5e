package vn.vusta.platform.commendations;

/** Who is commended. */
public enum RecipientKind {
    /** Tập thể: a unit of the union, or an outside organisation named. */
    COLLECTIVE,
    /** Cá nhân: a member of the registry, or a person named. */
    INDIVIDUAL
}
