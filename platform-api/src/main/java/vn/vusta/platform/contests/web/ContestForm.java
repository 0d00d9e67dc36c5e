package vn.vusta.platform.contests.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.vusta.platform.contests.ContestDraft;
import vn.vusta.platform.contests.ContestKind;

import java.util.UUID;

/** The page's form for a new contest. */
record ContestForm(@NotBlank @Size(max = 300) String name, @NotNull ContestKind kind, UUID unitId,
                   @Size(max = 300) String partner) {

    static ContestForm empty() {
        return new ContestForm("", ContestKind.TECHNICAL_INNOVATION, null, "");
    }

    ContestDraft draft() {
        return new ContestDraft(name, kind, unitId, partner);
    }
}
