package vn.vusta.platform.consultancy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a user enters for a task: the plan year, kind and subject, the authority and its assigning document, the due
 * date, the lead unit (optional) and the expert panel.
 */
public record TaskDraft(int planYear, TaskKind kind, String subject, AuthorityKind authorityKind, String authority,
                        String assignmentNumber, LocalDate assignedOn, LocalDate dueOn, UUID leadUnitId,
                        List<UUID> panelMemberIds) {

    public TaskDraft {
        panelMemberIds = List.copyOf(panelMemberIds);
    }
}
