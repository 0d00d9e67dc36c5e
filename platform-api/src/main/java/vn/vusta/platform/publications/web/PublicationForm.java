package vn.vusta.platform.publications.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.vusta.platform.publications.Publication;
import vn.vusta.platform.publications.PublicationDraft;
import vn.vusta.platform.publications.PublicationKind;

import java.util.UUID;

/** The page's form for a publication; no unit is the union's own office. */
record PublicationForm(@NotBlank @Size(max = 300) String title, @NotNull PublicationKind kind, UUID unitId,
                       @Size(max = 300) String licence, @Size(max = 2000) String notes) {

    static PublicationForm empty() {
        return new PublicationForm("", PublicationKind.SCIENTIFIC_SPECIAL_ISSUE, null, "", "");
    }

    static PublicationForm of(Publication p) {
        return new PublicationForm(p.title(), p.kind(), p.unitId(), p.licence(), p.notes());
    }

    PublicationDraft draft() {
        return new PublicationDraft(title, kind, unitId, licence, notes);
    }
}
