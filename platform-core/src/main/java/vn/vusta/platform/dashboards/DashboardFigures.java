package vn.vusta.platform.dashboards;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Row2;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.events.EventColumns;
import vn.vusta.platform.members.MemberColumns;
import vn.vusta.platform.members.MemberStatus;
import vn.vusta.platform.registry.MembersAtDate;
import vn.vusta.platform.registry.UnitColumns;
import vn.vusta.platform.registry.UnitKind;
import vn.vusta.platform.registry.UnitStatus;
import vn.vusta.platform.reportingcalendar.ReportingCalendar;
import vn.vusta.platform.reportingcalendar.ReportingCalendarColumns;
import vn.vusta.platform.reportingcalendar.ReportingPeriod;
import vn.vusta.platform.reports.ReportColumns;
import vn.vusta.platform.tenancy.AccessScope;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.tenancy.TenantStatus;
import vn.vusta.platform.tenancy.Tenants;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.sum;
import static vn.vusta.platform.db.jooq.Tables.CONSULTANCY_TASK;
import static vn.vusta.platform.db.jooq.Tables.EVENT;
import static vn.vusta.platform.db.jooq.Tables.MEMBER;
import static vn.vusta.platform.db.jooq.Tables.MEMBER_CENSUS;
import static vn.vusta.platform.db.jooq.Tables.REPORT;
import static vn.vusta.platform.db.jooq.Tables.REPORTING_PERIOD;
import static vn.vusta.platform.db.jooq.Tables.TENANT;
import static vn.vusta.platform.db.jooq.Tables.UNIT;

/**
 * The dashboards' figures, computed from the records (never cached here: {@link Dashboards} caches them). Every
 * query groups by tenant, so one union's dashboard and the nation's are the same queries, the nation's without the
 * tenant condition: the national figures are the unions' rows summed. Filters are plain comparisons on indexed
 * columns (leakproof, so row-level security does not keep them from the indexes).
 */
@Service
public class DashboardFigures {

    /** Members over time: the last ten years. */
    static final int YEARS = 10;

    private final DSLContext db;
    private final Tenants tenants;

    DashboardFigures(DSLContext db, Tenants tenants) {
        this.db = db;
        this.tenants = tenants;
    }

    /** The current union's dashboard for a year, computed now. */
    @Transactional(readOnly = true)
    public Dashboard province(int year) {
        Tenant tenant = AccessScope.currentTenant();
        LocalDate asOf = asOf(year);
        List<ReportingPeriod> periods = periods(year);
        TenantFigures figures = byTenant(year, asOf, id -> id.eq(tenant.id()))
                .getOrDefault(tenant.id(), new TenantFigures());
        return new Dashboard(year, asOf, tenant.code(), tenant.name(), figures.keyFigures(), figures.members(year, asOf),
                figures.events(), figures.plan(year, asOf), figures.periods(periods));
    }

    /** Every active union's figures for a year, and their sums, computed now; in the national scope only. */
    @Transactional(readOnly = true)
    public NationalDashboard national(int year) {
        if (!(AccessScope.current().orElse(null) instanceof AccessScope.NationalAccess)) {
            throw new IllegalStateException("The national dashboard is read in the national scope");
        }
        LocalDate asOf = asOf(year);
        List<ReportingPeriod> periods = periods(year);
        Map<UUID, TenantFigures> byTenant = byTenant(year, asOf, id -> DSL.noCondition());
        var total = new TenantFigures();
        var rows = new ArrayList<NationalDashboard.ProvinceRow>();
        for (Tenant tenant : tenants.all()) {
            if (tenant.status() != TenantStatus.ACTIVE) {
                continue;
            }
            TenantFigures figures = byTenant.getOrDefault(tenant.id(), new TenantFigures());
            total.add(figures);
            rows.add(new NationalDashboard.ProvinceRow(tenant.code(), tenant.provinceCode(), tenant.name(),
                    figures.keyFigures(), figures.periods(periods)));
        }
        return new NationalDashboard(year, asOf, TenantFigures.sum(rows.stream().map(NationalDashboard.ProvinceRow::figures).toList()),
                total.members(year, asOf), total.events(), total.plan(year, asOf), periods, rows);
    }

    /** The day a year's figures stand on: its last day, or today while it is under way. */
    static LocalDate asOf(int year) {
        return dayOf(year, VietnamTime.today());
    }

    static LocalDate dayOf(int year, LocalDate today) {
        LocalDate last = LocalDate.of(year, 12, 31);
        return last.isAfter(today) ? today : last;
    }

    private List<ReportingPeriod> periods(int year) {
        var p = REPORTING_PERIOD;
        return db.selectFrom(p).where(p.YEAR.eq((short) year))
                .orderBy(p.ENDS_ON, p.STARTS_ON.desc())
                .fetch(ReportingCalendar::toPeriod);
    }

    private Map<UUID, TenantFigures> byTenant(int year, LocalDate asOf, Function<Field<UUID>, Condition> tenants) {
        Map<UUID, TenantFigures> figures = new HashMap<>();
        Function<UUID, TenantFigures> of = id -> figures.computeIfAbsent(id, x -> new TenantFigures());
        census(year, asOf, tenants, of);
        registry(tenants, of);
        events(year, tenants, of);
        plan(year, asOf, tenants, of);
        reports(year, tenants, of);
        return figures;
    }

    /** Each year's members at the year's day ({@link MembersAtDate}, as the reports count them). */
    private void census(int year, LocalDate asOf, Function<Field<UUID>, Condition> tenants, Function<UUID, TenantFigures> of) {
        @SuppressWarnings("unchecked")
        Row2<Integer, LocalDate>[] rows = new Row2[YEARS];
        for (int i = 0; i < YEARS; i++) {
            int y = year - YEARS + 1 + i;
            rows[i] = DSL.row(i, dayOf(y, asOf));
        }
        var days = DSL.values(rows).as("days", "position", "day");
        Field<Integer> position = days.field("position", Integer.class);
        Field<LocalDate> day = days.field("day", LocalDate.class);
        var latest = MembersAtDate.latestCensus(day);
        db.select(UNIT.TENANT_ID, position, sum(MembersAtDate.members(latest)))
                .from(days).crossJoin(UNIT).crossJoin(latest)
                .where(tenants.apply(UNIT.TENANT_ID), MembersAtDate.standing(day))
                .groupBy(UNIT.TENANT_ID, position)
                .forEach(r -> of.apply(r.value1()).census[r.value2()] = r.value3().longValue());
    }

    /** Today's registry: active members, active units. */
    private void registry(Function<Field<UUID>, Condition> tenants, Function<UUID, TenantFigures> of) {
        db.select(MEMBER.TENANT_ID, count()).from(MEMBER)
                .where(tenants.apply(MEMBER.TENANT_ID), MemberColumns.STATUS.eq(MemberStatus.ACTIVE))
                .groupBy(MEMBER.TENANT_ID)
                .forEach(r -> of.apply(r.value1()).registryMembers = r.value2());
        db.select(UNIT.TENANT_ID, UnitColumns.KIND, count()).from(UNIT)
                .where(tenants.apply(UNIT.TENANT_ID), UnitColumns.STATUS.eq(UnitStatus.ACTIVE))
                .groupBy(UNIT.TENANT_ID, UnitColumns.KIND)
                .forEach(r -> {
                    TenantFigures figures = of.apply(r.value1());
                    figures.units += r.value3();
                    if (r.value2() == UnitKind.MEMBER_ASSOCIATION) {
                        figures.memberAssociations += r.value3();
                    }
                });
    }

    /** The year's events by kind and month of their first day, with their attendances. */
    private void events(int year, Function<Field<UUID>, Condition> tenants, Function<UUID, TenantFigures> of) {
        Field<Integer> month = DSL.month(EVENT.STARTS_ON);
        db.select(EVENT.TENANT_ID, EventColumns.KIND, month, count(), sum(EVENT.PARTICIPANT_COUNT))
                .from(EVENT)
                .where(tenants.apply(EVENT.TENANT_ID),
                        EVENT.STARTS_ON.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .groupBy(EVENT.TENANT_ID, EventColumns.KIND, month)
                .forEach(r -> {
                    TenantFigures figures = of.apply(r.value1());
                    figures.events[r.value2().ordinal()][r.value3() - 1] += r.value4();
                    figures.participants += r.value5() == null ? 0 : r.value5().longValue();
                });
    }

    /** The year's consultancy plan: tasks assigned by the day, and those accepted, by month (earlier days in January). */
    private void plan(int year, LocalDate asOf, Function<Field<UUID>, Condition> tenants, Function<UUID, TenantFigures> of) {
        var t = CONSULTANCY_TASK;
        LocalDate january = LocalDate.of(year, 1, 1);
        db.select(t.TENANT_ID, t.ASSIGNED_ON, t.ACCEPTED_ON).from(t)
                .where(tenants.apply(t.TENANT_ID), t.PLAN_YEAR.eq((short) year), t.ASSIGNED_ON.le(asOf))
                .forEach(r -> {
                    TenantFigures figures = of.apply(r.value1());
                    figures.assignedIn[monthOf(r.value2(), january)]++;
                    if (r.value3() != null && !r.value3().isAfter(asOf)) {
                        figures.doneIn[monthOf(r.value3(), january)]++;
                    }
                });
    }

    private static int monthOf(LocalDate day, LocalDate january) {
        return day.isBefore(january) ? 0 : day.getMonthValue() - 1;
    }

    /**
     * The union's reports for the year's periods: those it writes for its own province (the reports of a province
     * merged into it are the former province's history, not this union's reporting).
     */
    private void reports(int year, Function<Field<UUID>, Condition> tenants, Function<UUID, TenantFigures> of) {
        db.select(REPORT.TENANT_ID, ReportingCalendarColumns.KIND, ReportColumns.STATUS, REPORT.SENT_AT)
                .from(REPORT)
                .join(REPORTING_PERIOD).on(REPORTING_PERIOD.ID.eq(REPORT.PERIOD_ID))
                .join(TENANT).on(TENANT.ID.eq(REPORT.TENANT_ID), TENANT.PROVINCE_CODE.eq(REPORT.PROVINCE_CODE))
                .where(tenants.apply(REPORT.TENANT_ID), REPORTING_PERIOD.YEAR.eq((short) year))
                .forEach(r -> of.apply(r.value1()).reports.put(r.value2(),
                        new TenantFigures.Report(r.value3(), r.value4())));
    }
}
