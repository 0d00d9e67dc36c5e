package vn.vusta.platform.consultancy.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.vusta.platform.consultancy.AuthorityKind;
import vn.vusta.platform.consultancy.PanelExpert;
import vn.vusta.platform.consultancy.Task;
import vn.vusta.platform.consultancy.TaskDraft;
import vn.vusta.platform.consultancy.TaskKind;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The page's form for a consultancy task; the panel is the experts ticked. */
record ConsultancyTaskForm(@NotNull @Min(1990) @Max(2200) Integer planYear, @NotNull TaskKind kind,
                           @NotBlank @Size(max = 1000) String subject, @NotNull AuthorityKind authorityKind,
                           @NotBlank @Size(max = 300) String authority, @NotBlank @Size(max = 100) String assignmentNumber,
                           @NotNull LocalDate assignedOn,
                           @NotNull LocalDate dueOn, UUID leadUnitId,
                           List<UUID> panelMemberIds) {

    /** A new task of this year's plan, assigned today by the provincial People's Committee. */
    static ConsultancyTaskForm empty(LocalDate today) {
        return new ConsultancyTaskForm(today.getYear(), null, "", AuthorityKind.PEOPLES_COMMITTEE, "", "", today, null,
                null, List.of());
    }

    static ConsultancyTaskForm of(Task task) {
        return new ConsultancyTaskForm(task.planYear(), task.kind(), task.subject(), task.authorityKind(), task.authority(),
                task.assignmentNumber(), task.assignedOn(), task.dueOn(),
                task.leadUnit() == null ? null : task.leadUnit().id(),
                task.panel().stream().map(PanelExpert::memberId).toList());
    }

    List<UUID> panel() {
        return panelMemberIds == null ? List.of() : panelMemberIds;
    }

    TaskDraft draft() {
        return new TaskDraft(planYear, kind, subject.strip(), authorityKind, authority.strip(), assignmentNumber.strip(),
                assignedOn, dueOn, leadUnitId, panel());
    }
}
