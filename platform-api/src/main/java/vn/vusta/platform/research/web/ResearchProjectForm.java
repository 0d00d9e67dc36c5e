package vn.vusta.platform.research.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.vusta.platform.research.ResearchKind;
import vn.vusta.platform.research.ResearchLevel;
import vn.vusta.platform.research.ResearchProject;
import vn.vusta.platform.research.ResearchProjectDraft;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The page's form for a research project: no lead unit is the union's own office; the lead researcher is a member
 * chosen from the registry or a name typed.
 */
record ResearchProjectForm(@NotBlank @Size(max = 500) String title, @NotNull ResearchKind kind,
                           @NotNull ResearchLevel level, UUID leadUnitId, UUID leadMemberId,
                           @Size(max = 200) String leadResearcher, @Size(max = 300) String commissionedBy,
                           @NotNull LocalDate startsOn,
                           @NotNull LocalDate endsOn, Long budget,
                           @Size(max = 2000) String notes) {

    static ResearchProjectForm empty() {
        return new ResearchProjectForm("", ResearchKind.TOPIC, ResearchLevel.PROVINCIAL, null, null, "", "", null, null,
                null, "");
    }

    static ResearchProjectForm of(ResearchProject p) {
        return new ResearchProjectForm(p.title(), p.kind(), p.level(), p.leadUnitId(), p.leadMemberId(),
                p.leadMemberId() == null ? p.leadResearcher() : "", p.commissionedBy(), p.startsOn(), p.endsOn(),
                p.budget(), p.notes());
    }

    ResearchProjectDraft draft() {
        return new ResearchProjectDraft(title, kind, level, leadUnitId, leadMemberId, leadResearcher, commissionedBy,
                startsOn, endsOn, budget, notes);
    }
}
