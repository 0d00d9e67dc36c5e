package vn.vusta.platform.servicecounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.vusta.platform.servicecounts.KindDraft;
import vn.vusta.platform.servicecounts.ServiceCountKind;

/** The page's form for a kind of counted service and its unit of count ("vụ việc"). */
record ServiceCountKindForm(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 100) String unitOfCount) {

    static ServiceCountKindForm empty() {
        return new ServiceCountKindForm("", "");
    }

    static ServiceCountKindForm of(ServiceCountKind kind) {
        return new ServiceCountKindForm(kind.name(), kind.unitOfCount());
    }

    KindDraft draft() {
        return new KindDraft(name, unitOfCount);
    }
}
