package vn.vusta.platform.governance;

/** What a user enters for a body of a term. */
public record BodyDraft(BodyKind kind, Integer seats) {
}
