package vn.vusta.platform.consultancy;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.db.jooq.tables.records.ConsultancyPanelMemberRecord;
import vn.vusta.platform.members.MemberColumns;
import vn.vusta.platform.members.MemberStatus;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.tenancy.AccessScope;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.CONSULTANCY_PANEL_MEMBER;
import static vn.vusta.platform.db.jooq.Tables.MEMBER;

/**
 * The expert panels of tasks: who joins a panel must be an active member flagged expert in the union's registry; who
 * is on it already stays, expert or not any more. Runs inside the callers' transactions; every change is audited.
 */
@Component
class ExpertPanels {

    private final DSLContext db;
    private final AuditLog audit;

    ExpertPanels(DSLContext db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    /** Makes the task's panel the members given (in the request's order; a repeated one counts once). */
    void set(UUID taskId, List<UUID> memberIds) {
        Map<UUID, ConsultancyPanelMemberRecord> current = db.selectFrom(CONSULTANCY_PANEL_MEMBER)
                .where(CONSULTANCY_PANEL_MEMBER.TASK_ID.eq(taskId))
                .fetchMap(CONSULTANCY_PANEL_MEMBER.MEMBER_ID);
        Set<UUID> wanted = new LinkedHashSet<>(memberIds);
        checkJoining(memberIds, current.keySet());
        for (ConsultancyPanelMemberRecord leaving : current.values()) {
            if (!wanted.contains(leaving.getMemberId())) {
                db.deleteFrom(CONSULTANCY_PANEL_MEMBER).where(CONSULTANCY_PANEL_MEMBER.TASK_ID.eq(taskId),
                        CONSULTANCY_PANEL_MEMBER.MEMBER_ID.eq(leaving.getMemberId())).execute();
                audit.record("consultancy-panel-member.removed", leaving, null, taskId);
            }
        }
        for (UUID memberId : wanted) {
            if (!current.containsKey(memberId)) {
                ConsultancyPanelMemberRecord added = db.insertInto(CONSULTANCY_PANEL_MEMBER)
                        .set(CONSULTANCY_PANEL_MEMBER.TENANT_ID, AccessScope.currentTenant().id())
                        .set(CONSULTANCY_PANEL_MEMBER.TASK_ID, taskId)
                        .set(CONSULTANCY_PANEL_MEMBER.MEMBER_ID, memberId)
                        .returning()
                        .fetchSingle();
                audit.record("consultancy-panel-member.added", null, added, taskId);
            }
        }
    }

    /**
     * Refuses, naming its place in the request ({@code panelMemberIds[2]}), the first joining member who is not in
     * the registry or not an active expert. Their rows are locked until the transaction ends, so that the flag read
     * here is the one the panel is written with.
     */
    private void checkJoining(List<UUID> memberIds, Set<UUID> onThePanel) {
        List<UUID> joining = memberIds.stream().filter(id -> !onThePanel.contains(id)).distinct().toList();
        if (joining.isEmpty()) {
            return;
        }
        Map<UUID, ? extends Record> found = db.select(MEMBER.ID, MEMBER.FULL_NAME, MEMBER.EXPERT, MemberColumns.STATUS)
                .from(MEMBER)
                .where(MEMBER.ID.in(joining))
                .forShare()
                .fetchMap(MEMBER.ID);
        for (int i = 0; i < memberIds.size(); i++) {
            UUID id = memberIds.get(i);
            if (onThePanel.contains(id)) {
                continue;
            }
            String field = "panelMemberIds[" + i + "]";
            Record member = found.get(id);
            if (member == null) {
                throw RefusedException.invalid(field, "consultancy.refusal.panel-member-unknown");
            }
            if (!member.get(MEMBER.EXPERT) || member.get(MemberColumns.STATUS) != MemberStatus.ACTIVE) {
                throw RefusedException.invalid(field, "consultancy.refusal.panel-member-not-expert",
                        member.get(MEMBER.FULL_NAME));
            }
        }
    }
}
