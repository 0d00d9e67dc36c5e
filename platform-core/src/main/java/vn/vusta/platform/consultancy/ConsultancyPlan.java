package vn.vusta.platform.consultancy;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record8;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.tenancy.AccessScope;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import static org.jooq.impl.DSL.count;
import static vn.vusta.platform.db.jooq.Tables.CONSULTANCY_TASK;

/**
 * The plan against done (kế hoạch và kết quả) of a year on any day: how many tasks of the year's plan had been
 * assigned by then, and where each stood that day, read from the days of their steps ("10 assigned in 2021, 4 done by
 * 30/06/2021").
 */
@Service
public class ConsultancyPlan {

    private final DSLContext db;

    ConsultancyPlan(DSLContext db) {
        this.db = db;
    }

    /** The plan of the year as it stood at the end of {@code asOf}. */
    @Transactional(readOnly = true)
    public PlanSummary summary(int year, LocalDate asOf) {
        var t = CONSULTANCY_TASK;
        Condition cancelled = reached(t.CANCELLED_ON, asOf);
        Condition open = notReached(t.CANCELLED_ON, asOf);
        Condition done = reached(t.ACCEPTED_ON, asOf);
        Condition reported = reached(t.REPORT_SUBMITTED_ON, asOf).and(notReached(t.ACCEPTED_ON, asOf)).and(open);
        Condition started = reached(t.STARTED_ON, asOf).and(notReached(t.REPORT_SUBMITTED_ON, asOf)).and(open);
        Condition waiting = notReached(t.STARTED_ON, asOf).and(open);
        Condition overdue = t.DUE_ON.lt(asOf).and(notReached(t.REPORT_SUBMITTED_ON, asOf)).and(open);
        Map<TaskKind, PlanFigures> byKind = new EnumMap<>(TaskKind.class);
        for (TaskKind kind : TaskKind.values()) {
            byKind.put(kind, PlanFigures.none());
        }
        db.select(ConsultancyColumns.KIND, count(), count().filterWhere(waiting), count().filterWhere(started),
                        count().filterWhere(reported), count().filterWhere(done), count().filterWhere(cancelled),
                        count().filterWhere(overdue))
                .from(t)
                .where(t.TENANT_ID.eq(AccessScope.currentTenant().id()), t.PLAN_YEAR.eq((short) year), t.ASSIGNED_ON.le(asOf))
                .groupBy(ConsultancyColumns.KIND)
                .forEach(r -> byKind.put(r.value1(), figures(r)));
        PlanFigures total = byKind.values().stream().reduce(PlanFigures.none(), ConsultancyPlan::sum);
        return new PlanSummary(year, asOf, total, byKind);
    }

    /** The step was taken by the end of the day. */
    private static Condition reached(Field<LocalDate> day, LocalDate asOf) {
        return day.le(asOf);
    }

    /** The step was not taken by the end of the day (a step not taken has no day): never null, unlike its negation. */
    private static Condition notReached(Field<LocalDate> day, LocalDate asOf) {
        return day.isNull().or(day.gt(asOf));
    }

    private static PlanFigures figures(Record8<TaskKind, Integer, Integer, Integer, Integer, Integer, Integer, Integer> r) {
        return PlanFigures.of(r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(), r.value8());
    }

    private static PlanFigures sum(PlanFigures a, PlanFigures b) {
        return PlanFigures.of(a.assigned() + b.assigned(), a.notStarted() + b.notStarted(), a.inProgress() + b.inProgress(),
                a.awaitingAcceptance() + b.awaitingAcceptance(), a.done() + b.done(), a.cancelled() + b.cancelled(),
                a.overdue() + b.overdue());
    }
}
