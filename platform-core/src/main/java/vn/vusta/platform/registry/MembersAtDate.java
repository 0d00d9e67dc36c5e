package vn.vusta.platform.registry;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.time.LocalDate;

import static vn.vusta.platform.db.jooq.Tables.MEMBER_CENSUS;
import static vn.vusta.platform.db.jooq.Tables.UNIT;

/**
 * The one definition of a union's members (hội viên) at a date, shared by the report's MEMBERS figure and the
 * dashboards (issue 18: the report counted units founded by the day, the dashboard units not dissolved by then): the
 * sum, over the units standing on the day, of each unit's latest census on or before it. Used as
 * {@code from(UNIT).crossJoin(latestCensus(day)).where(standing(day))}, summing {@link #members(Table)}.
 */
public final class MembersAtDate {

    private MembersAtDate() {
    }

    /** The unit stood at the end of the day: founded by then (or its founding is not recorded), not dissolved by then. */
    public static Condition standing(Field<LocalDate> day) {
        return UNIT.FOUNDING_DECISION_DATE.isNull().or(UNIT.FOUNDING_DECISION_DATE.le(day))
                .and(UNIT.DISSOLVED_ON.isNull().or(UNIT.DISSOLVED_ON.gt(day)));
    }

    public static Condition standing(LocalDate day) {
        return standing(DSL.val(day));
    }

    /** The unit's latest census on or before the day, as a lateral table: no row when it has none. */
    public static Table<?> latestCensus(Field<LocalDate> day) {
        var c = MEMBER_CENSUS;
        return DSL.lateral(DSL.select(c.MEMBER_COUNT).from(c)
                .where(c.TENANT_ID.eq(UNIT.TENANT_ID), c.UNIT_ID.eq(UNIT.ID), c.AS_OF.le(day))
                .orderBy(c.AS_OF.desc()).limit(1)).as("latest_census");
    }

    public static Table<?> latestCensus(LocalDate day) {
        return latestCensus(DSL.val(day));
    }

    /** The members of a unit's census read by {@link #latestCensus}. */
    public static Field<Integer> members(Table<?> latestCensus) {
        return latestCensus.field(MEMBER_CENSUS.MEMBER_COUNT);
    }
}
