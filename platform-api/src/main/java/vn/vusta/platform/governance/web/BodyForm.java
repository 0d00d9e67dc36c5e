package vn.vusta.platform.governance.web;

import jakarta.validation.constraints.NotNull;
import vn.vusta.platform.governance.BodyDraft;
import vn.vusta.platform.governance.BodyKind;

/** The page's form for a body of a term. */
record BodyForm(@NotNull BodyKind kind, Integer seats) {

    BodyDraft draft() {
        return new BodyDraft(kind, seats);
    }
}
