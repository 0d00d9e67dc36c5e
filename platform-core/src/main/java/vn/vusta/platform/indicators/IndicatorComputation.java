package vn.vusta.platform.indicators;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.registry.MembersAtDate;
import vn.vusta.platform.tenancy.AccessScope;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.sum;
import static vn.vusta.platform.db.jooq.Tables.COMMENDATION_DECISION;
import static vn.vusta.platform.db.jooq.Tables.COMMENDATION_RECIPIENT;
import static vn.vusta.platform.db.jooq.Tables.CONSULTANCY_TASK;
import static vn.vusta.platform.db.jooq.Tables.CONTEST_EDITION;
import static vn.vusta.platform.db.jooq.Tables.CONTEST_ENTRY;
import static vn.vusta.platform.db.jooq.Tables.CONTEST_NOMINATION;
import static vn.vusta.platform.db.jooq.Tables.CONTEST_PRIZE;
import static vn.vusta.platform.db.jooq.Tables.EVENT;
import static vn.vusta.platform.db.jooq.Tables.MEMBER_CENSUS;
import static vn.vusta.platform.db.jooq.Tables.PUBLICATION_ISSUE;
import static vn.vusta.platform.db.jooq.Tables.RESEARCH_PROJECT;
import static vn.vusta.platform.db.jooq.Tables.SERVICE_COUNT;
import static vn.vusta.platform.db.jooq.Tables.SERVICE_COUNT_KIND;
import static vn.vusta.platform.db.jooq.Tables.UNIT;

/**
 * The catalogue of indicator sources and how each is read from the records of the current tenant for a period
 * [from, to], both days included. Periods count from their first day (cumulative from 1 January for the half-year,
 * 10 months and year); states (units, members, research under way) are read as they stood at the end of the last day.
 * Each query names the tenant first, so that it leads the index lookups.
 * <ul>
 * <li>EVENTS:&lt;kind&gt; — events of the kind starting in the period; PARTICIPANTS:TRAINING, PARTICIPANTS:SCIENTIFIC —
 * the attendances (lượt người) recorded on the trainings, and on the conferences, scientific workshops and round
 * tables, that started in the period.</li>
 * <li>UNITS:&lt;kind&gt; — units of the kind founded by the end (or of unknown founding) and not dissolved by then.</li>
 * <li>MEMBERS — the members (hội viên) as the units report them: for each unit standing at the end, its latest census
 * on or before the end. The registry of named members is not complete enough to count (unions report per member
 * association: Thanh Hóa's 23.628 at 30/06/2021). MEMBERS_CHANGE — against the same count a year before the end.</li>
 * <li>CONSULTANCY_ASSIGNED, CONSULTANCY_COMPLETED — tasks of the year's plan assigned by the end, and accepted by the end,
 * as the consultancy plan counts them ("10 giao, 4 hoàn thành đến 30/06/2021").</li>
 * <li>PUBLICATION_ISSUES — issues published in the period.</li>
 * <li>RESEARCH_ACTIVE — projects started by the end and neither accepted nor stopped by then; RESEARCH_ACCEPTED —
 * projects accepted (nghiệm thu) in the period.</li>
 * <li>CONTEST_EDITIONS — editions launched in the period; CONTEST_ENTRIES — the entries of the editions running in the
 * period's year (its years span it) launched by the end: an edition "2020 – 2021" reports its entries in both years;
 * CONTEST_PRIZES — prizes awarded in the period; NOMINATIONS — entries nominated to a national award in the period (a
 * nomination without its day counts on 31 December of its year).</li>
 * <li>COMMENDED:COLLECTIVE, COMMENDED:INDIVIDUAL — the recipients of the decisions of commendation made in the
 * period.</li>
 * <li>SERVICE_COUNTS — the counts of the kinds feeding the indicator ({@code service_count_kind.indicator_code}) whose
 * periods lie within the report's period (a count straddling its bounds is not split, as the counted services'
 * totals do).</li>
 * </ul>
 */
@Service
public class IndicatorComputation {

    public static final String SERVICE_COUNTS = "SERVICE_COUNTS";

    private static final List<String> SCIENTIFIC_EVENTS = List.of("CONFERENCE", "SCIENTIFIC_WORKSHOP", "ROUND_TABLE");
    private static final List<String> EVENT_KINDS = List.of("CONFERENCE", "SCIENTIFIC_WORKSHOP", "ROUND_TABLE",
            "THEMATIC_BRIEFING", "TRAINING", "LAUNCH_CEREMONY", "EMULATION_PLEDGE_SIGNING", "EXECUTIVE_COMMITTEE_MEETING",
            "STANDING_COMMITTEE_MEETING");
    private static final List<String> UNIT_KINDS = List.of("MEMBER_ASSOCIATION", "AFFILIATED_CENTRE", "LINKED_UNIT",
            "COLLECTIVE_MEMBER");

    private final DSLContext db;

    IndicatorComputation(DSLContext db) {
        this.db = db;
    }

    /** Every source's figure for the current tenant over [from, to]. */
    @Transactional(readOnly = true)
    public ComputedFigures compute(LocalDate from, LocalDate to) {
        UUID tenant = AccessScope.currentTenant().id();
        var figures = new HashMap<String, Long>();
        events(tenant, from, to, figures);
        units(tenant, to, figures);
        members(tenant, to, figures);
        consultancy(tenant, to, figures);
        activities(tenant, from, to, figures);
        return new ComputedFigures(figures, serviceCounts(tenant, from, to));
    }

    private void events(UUID tenant, LocalDate from, LocalDate to, Map<String, Long> figures) {
        var e = EVENT;
        var fields = new ArrayList<Field<?>>();
        for (String kind : EVENT_KINDS) {
            fields.add(count().filterWhere(e.KIND.eq(kind)).as(kind));
        }
        Field<BigDecimal> training = sum(e.PARTICIPANT_COUNT).filterWhere(e.KIND.eq("TRAINING")).as("training");
        Field<BigDecimal> scientific = sum(e.PARTICIPANT_COUNT).filterWhere(e.KIND.in(SCIENTIFIC_EVENTS)).as("scientific");
        fields.add(training);
        fields.add(scientific);
        Record r = db.select(fields).from(e)
                .where(e.TENANT_ID.eq(tenant), e.STARTS_ON.between(from, to))
                .fetchSingle();
        for (String kind : EVENT_KINDS) {
            figures.put("EVENTS:" + kind, r.get(kind, Long.class));
        }
        figures.put("PARTICIPANTS:TRAINING", number(r.get(training)));
        figures.put("PARTICIPANTS:SCIENTIFIC", number(r.get(scientific)));
    }

    private void units(UUID tenant, LocalDate end, Map<String, Long> figures) {
        var fields = new ArrayList<Field<?>>();
        for (String kind : UNIT_KINDS) {
            fields.add(count().filterWhere(UNIT.KIND.eq(kind).and(MembersAtDate.standing(end))).as(kind));
        }
        Record r = db.select(fields).from(UNIT).where(UNIT.TENANT_ID.eq(tenant)).fetchSingle();
        for (String kind : UNIT_KINDS) {
            figures.put("UNITS:" + kind, r.get(kind, Long.class));
        }
    }

    /**
     * The day of the latest member census (điều tra hội viên) of the union on or before the day, which MEMBERS reads:
     * a report says where its members figure comes from, however old it is. Empty when no unit reported any.
     */
    @Transactional(readOnly = true)
    public Optional<LocalDate> censusDate(UUID tenant, LocalDate day) {
        return Optional.ofNullable(db.select(max(MEMBER_CENSUS.AS_OF)).from(MEMBER_CENSUS)
                .where(MEMBER_CENSUS.TENANT_ID.eq(tenant), MEMBER_CENSUS.AS_OF.le(day)).fetchOne(0, LocalDate.class));
    }

    private void members(UUID tenant, LocalDate end, Map<String, Long> figures) {
        long members = membersAt(tenant, end);
        figures.put("MEMBERS", members);
        figures.put("MEMBERS_CHANGE", members - membersAt(tenant, end.minusYears(1)));
    }

    private long membersAt(UUID tenant, LocalDate day) {
        var census = MembersAtDate.latestCensus(day);
        return number(db.select(sum(MembersAtDate.members(census))).from(UNIT).crossJoin(census)
                .where(UNIT.TENANT_ID.eq(tenant), MembersAtDate.standing(day))
                .fetchSingle().value1());
    }

    private void consultancy(UUID tenant, LocalDate end, Map<String, Long> figures) {
        var t = CONSULTANCY_TASK;
        Record r = db.select(count().as("assigned"), count().filterWhere(t.ACCEPTED_ON.le(end)).as("completed"))
                .from(t)
                .where(t.TENANT_ID.eq(tenant), t.PLAN_YEAR.eq((short) end.getYear()), t.ASSIGNED_ON.le(end))
                .fetchSingle();
        figures.put("CONSULTANCY_ASSIGNED", r.get("assigned", Long.class));
        figures.put("CONSULTANCY_COMPLETED", r.get("completed", Long.class));
    }

    /** The counts of the remaining sources, one scalar subquery each, in one round trip. */
    private void activities(UUID tenant, LocalDate from, LocalDate to, Map<String, Long> figures) {
        var p = RESEARCH_PROJECT;
        var ed = CONTEST_EDITION;
        var en = CONTEST_ENTRY;
        var n = CONTEST_NOMINATION;
        short year = (short) to.getYear();
        var sources = new LinkedHashMap<String, Field<Integer>>();
        sources.put("PUBLICATION_ISSUES", DSL.field(DSL.selectCount().from(PUBLICATION_ISSUE)
                .where(PUBLICATION_ISSUE.TENANT_ID.eq(tenant), PUBLICATION_ISSUE.PUBLISHED_ON.between(from, to))));
        sources.put("RESEARCH_ACTIVE", DSL.field(DSL.selectCount().from(p)
                .where(p.TENANT_ID.eq(tenant), p.STARTS_ON.le(to),
                        p.ACCEPTED_ON.isNull().or(p.ACCEPTED_ON.gt(to)), p.STOPPED_ON.isNull().or(p.STOPPED_ON.gt(to)))));
        sources.put("RESEARCH_ACCEPTED", DSL.field(DSL.selectCount().from(p)
                .where(p.TENANT_ID.eq(tenant), p.ACCEPTED_ON.between(from, to))));
        sources.put("CONTEST_EDITIONS", DSL.field(DSL.selectCount().from(ed)
                .where(ed.TENANT_ID.eq(tenant), ed.LAUNCHED_ON.between(from, to))));
        sources.put("CONTEST_ENTRIES", DSL.field(DSL.selectCount().from(en)
                .join(ed).on(ed.TENANT_ID.eq(en.TENANT_ID), ed.ID.eq(en.EDITION_ID))
                .where(en.TENANT_ID.eq(tenant), ed.START_YEAR.le(year), ed.END_YEAR.ge(year), ed.LAUNCHED_ON.le(to))));
        sources.put("CONTEST_PRIZES", DSL.field(DSL.selectCount().from(CONTEST_PRIZE)
                .where(CONTEST_PRIZE.TENANT_ID.eq(tenant), CONTEST_PRIZE.AWARDED_ON.between(from, to))));
        Condition nominated = n.NOMINATED_ON.between(from, to);
        if (to.equals(LocalDate.of(year, 12, 31))) {
            nominated = nominated.or(n.NOMINATED_ON.isNull().and(n.YEAR.eq(year)));
        }
        sources.put("NOMINATIONS", DSL.field(DSL.selectCount().from(n).where(n.TENANT_ID.eq(tenant), nominated)));
        for (String kind : List.of("COLLECTIVE", "INDIVIDUAL")) {
            sources.put("COMMENDED:" + kind, DSL.field(DSL.selectCount().from(COMMENDATION_RECIPIENT)
                    .join(COMMENDATION_DECISION).on(COMMENDATION_DECISION.TENANT_ID.eq(COMMENDATION_RECIPIENT.TENANT_ID),
                            COMMENDATION_DECISION.ID.eq(COMMENDATION_RECIPIENT.DECISION_ID))
                    .where(COMMENDATION_RECIPIENT.TENANT_ID.eq(tenant), COMMENDATION_RECIPIENT.KIND.eq(kind),
                            COMMENDATION_DECISION.DECIDED_ON.between(from, to))));
        }
        Record r = db.select(sources.values()).fetchSingle();
        sources.forEach((source, field) -> figures.put(source, r.get(field).longValue()));
    }

    private Map<String, Long> serviceCounts(UUID tenant, LocalDate from, LocalDate to) {
        var byIndicator = new HashMap<String, Long>();
        Field<BigDecimal> total = sum(SERVICE_COUNT.QUANTITY);
        db.select(SERVICE_COUNT_KIND.INDICATOR_CODE, total)
                .from(SERVICE_COUNT)
                .join(SERVICE_COUNT_KIND).on(SERVICE_COUNT_KIND.TENANT_ID.eq(SERVICE_COUNT.TENANT_ID),
                        SERVICE_COUNT_KIND.ID.eq(SERVICE_COUNT.KIND_ID))
                .where(SERVICE_COUNT.TENANT_ID.eq(tenant), SERVICE_COUNT_KIND.INDICATOR_CODE.isNotNull(),
                        SERVICE_COUNT.PERIOD_START.ge(from), SERVICE_COUNT.PERIOD_END.le(to))
                .groupBy(SERVICE_COUNT_KIND.INDICATOR_CODE)
                .forEach(r -> byIndicator.put(r.value1(), number(r.value2())));
        return byIndicator;
    }

    private static long number(BigDecimal sum) {
        return sum == null ? 0 : sum.longValue();
    }
}
