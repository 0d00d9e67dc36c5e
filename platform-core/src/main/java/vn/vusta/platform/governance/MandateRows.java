package vn.vusta.platform.governance;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import vn.vusta.platform.db.jooq.Routines;
import vn.vusta.platform.db.jooq.tables.records.GovernanceMandateRecord;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import static vn.vusta.platform.db.jooq.Tables.GOVERNANCE_BODY;
import static vn.vusta.platform.db.jooq.Tables.GOVERNANCE_MANDATE;
import static vn.vusta.platform.db.jooq.Tables.MEMBER;

/** Mandates read with their body and their holder's name, as every view of the governance shows them. */
final class MandateRows {

    private MandateRows() {
    }

    /**
     * The mandates that meet the condition, held ones first (on the day given), then by position, then Vietnamese
     * order of the holder's given name and the rest of the name.
     */
    static List<Mandate> fetch(DSLContext db, Condition condition, LocalDate day) {
        List<Mandate> mandates = db.select(GOVERNANCE_MANDATE.asterisk(), GOVERNANCE_BODY.KIND,
                        MEMBER.FULL_NAME, MEMBER.ACADEMIC_TITLE, MEMBER.DEGREE)
                .from(GOVERNANCE_MANDATE)
                .join(GOVERNANCE_BODY).on(GOVERNANCE_BODY.TENANT_ID.eq(GOVERNANCE_MANDATE.TENANT_ID)
                        .and(GOVERNANCE_BODY.ID.eq(GOVERNANCE_MANDATE.BODY_ID)))
                .join(MEMBER).on(MEMBER.TENANT_ID.eq(GOVERNANCE_MANDATE.TENANT_ID)
                        .and(MEMBER.ID.eq(GOVERNANCE_MANDATE.MEMBER_ID)))
                .where(condition)
                .orderBy(Routines.givenName(MEMBER.FULL_NAME).collate("vietnamese"),
                        MEMBER.FULL_NAME.collate("vietnamese"), GOVERNANCE_MANDATE.STARTS_ON)
                .fetch(MandateRows::toMandate);
        // A stable sort: the names' order holds within each position.
        return mandates.stream()
                .sorted(Comparator.comparing((Mandate m) -> !m.heldOn(day)).thenComparing(Mandate::position))
                .toList();
    }

    static Mandate toMandate(Record r) {
        GovernanceMandateRecord m = r.into(GOVERNANCE_MANDATE);
        return new Mandate(m.getId(), m.getBodyId(), r.into(GovernanceColumns.KIND).value1(),
                Holder.of(m.getMemberId(), r.get(MEMBER.FULL_NAME), r.get(MEMBER.ACADEMIC_TITLE), r.get(MEMBER.DEGREE)),
                m.into(GovernanceColumns.POSITION).value1(), m.getStartsOn(), m.into(GovernanceColumns.START_KIND).value1(),
                new Decision(m.getStartDecisionNumber(), m.getStartDecisionDate(), m.getStartDecision()),
                m.getEndsOn(), m.into(GovernanceColumns.END_REASON).value1(),
                m.getEndsOn() == null ? null : new Decision(m.getEndDecisionNumber(), m.getEndDecisionDate(), m.getEndDecision()),
                m.getReplacesMandateId());
    }
}
