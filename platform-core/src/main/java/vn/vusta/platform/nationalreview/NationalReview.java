package vn.vusta.platform.nationalreview;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.reportingcalendar.Indicator;
import vn.vusta.platform.reportingcalendar.ReportingCalendar;
import vn.vusta.platform.reportingcalendar.ReportingPeriod;
import vn.vusta.platform.reports.ReportColumns;
import vn.vusta.platform.reports.ReportStatus;
import vn.vusta.platform.tenancy.TenantColumns;
import vn.vusta.platform.tenancy.TenantStatus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.FORMER_PROVINCE;
import static vn.vusta.platform.db.jooq.Tables.PROVINCE;
import static vn.vusta.platform.db.jooq.Tables.REPORT;
import static vn.vusta.platform.db.jooq.Tables.REPORT_TRANSITION;
import static vn.vusta.platform.db.jooq.Tables.REPORT_VALUE;
import static vn.vusta.platform.db.jooq.Tables.TENANT;
import static vn.vusta.platform.db.jooq.Tables.TENANT_MERGE;
import static vn.vusta.platform.db.jooq.Tables.UNION_TENURE;

/**
 * The national union's review of a period (read in the national scope, which sees every tenant's reports): who
 * has reported and when, the indicator table by province and cluster with national totals and the year-earlier
 * comparison, and the aggregate of the accepted reports.
 *
 * <p>Expected reports: one per union on the platform at the period's deadline (union_tenure: joined before, not
 * merged or deleted by then), plus one per union that joined later and sent its report all the same. A report is on
 * time when first sent by the end of its due day: the deadline plus the period's late window, or the day of the
 * exception the national union granted to that union. A report is keyed by the province it speaks for (report.province_code): after a merger a
 * former province's reports live on, copied into the new province's tenant, and are shown under it; the copy in
 * the live tenant is preferred over the merged tenant's original.
 */
@Service
public class NationalReview {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Set<ReportStatus> SENT_STATUSES = EnumSet.of(ReportStatus.SENT, ReportStatus.ACCEPTED);

    private final DSLContext db;
    private final ReportingCalendar calendar;
    private final ProvinceClusters clusters;
    private final Deadlines deadlines;

    NationalReview(DSLContext db, ReportingCalendar calendar, ProvinceClusters clusters, Deadlines deadlines) {
        this.db = db;
        this.calendar = calendar;
        this.clusters = clusters;
        this.deadlines = deadlines;
    }

    @Transactional(readOnly = true)
    public Optional<PeriodStatus> status(UUID periodId) {
        return calendar.period(periodId).map(period -> status(period, reviewOf(period)));
    }

    @Transactional(readOnly = true)
    public Optional<NationalTable> table(UUID periodId) {
        return calendar.period(periodId).map(this::table);
    }

    @Transactional(readOnly = true)
    public Optional<NationalAggregate> aggregate(UUID periodId) {
        return calendar.period(periodId).map(this::aggregate);
    }

    /** Expected × sent × on time for every period of a year, per union, per cluster and for the nation. */
    @Transactional(readOnly = true)
    public CompletenessBoard board(int year) {
        List<ReportingPeriod> periods = calendar.periods(year);
        var statuses = new ArrayList<List<ProvinceStatus>>();
        var byCode = new LinkedHashMap<String, ProvinceStatus>();
        for (ReportingPeriod period : periods) {
            List<ProvinceStatus> rows = reviewOf(period).statuses();
            statuses.add(rows);
            rows.forEach(row -> byCode.putIfAbsent(row.province().code(), row));
        }
        var unions = new ArrayList<CompletenessBoard.UnionLine>();
        for (ProvinceStatus first : ordered(byCode.values())) {
            var cells = new ArrayList<CompletenessBoard.Cell>();
            for (List<ProvinceStatus> rows : statuses) {
                cells.add(rows.stream().filter(r -> r.province().code().equals(first.province().code())).findFirst()
                        .map(r -> new CompletenessBoard.Cell(r.status(), r.expected(), r.sent(), r.onTime(), r.late(), r.exception() != null))
                        .orElse(null));
            }
            unions.add(new CompletenessBoard.UnionLine(first.province(), first.clusterId(), cells));
        }
        var clusterLines = new ArrayList<CompletenessBoard.ClusterLine>();
        var known = new ArrayList<Short>();
        for (ProvinceClusters.Cluster cluster : clusters.list()) {
            known.add(cluster.id());
            clusterLines.add(new CompletenessBoard.ClusterLine(cluster.id(), cluster.name(),
                    statuses.stream().map(rows -> count(rows.stream().filter(r -> Objects.equals(r.clusterId(), cluster.id())).toList())).toList()));
        }
        if (statuses.stream().flatMap(List::stream).anyMatch(r -> r.expected() && !known.contains(r.clusterId()))) {
            clusterLines.add(new CompletenessBoard.ClusterLine(null, null,
                    statuses.stream().map(rows -> count(rows.stream().filter(r -> !known.contains(r.clusterId())).toList())).toList()));
        }
        return new CompletenessBoard(year, periods, unions, clusterLines, statuses.stream().map(NationalReview::count).toList());
    }

    private static CompletenessBoard.Count count(List<ProvinceStatus> rows) {
        int expected = 0;
        int sent = 0;
        int onTime = 0;
        for (ProvinceStatus p : rows) {
            if (p.expected()) {
                expected++;
                sent += p.sent() ? 1 : 0;
                onTime += p.onTime() ? 1 : 0;
            }
        }
        return new CompletenessBoard.Count(expected, sent, onTime, rate(sent, expected), rate(onTime, expected));
    }

    private PeriodStatus status(ReportingPeriod period, Review review) {
        var provinces = review.statuses();
        int expected = 0;
        int sent = 0;
        int onTime = 0;
        int late = 0;
        for (ProvinceStatus p : provinces) {
            if (p.expected()) {
                expected++;
                sent += p.sent() ? 1 : 0;
                onTime += p.onTime() ? 1 : 0;
                late += p.late() ? 1 : 0;
            }
        }
        return new PeriodStatus(period, provinces, expected, sent, onTime, late, rate(sent, expected), rate(onTime, expected),
                deadlines.due(period).graceDays());
    }

    private NationalTable table(ReportingPeriod period) {
        Review review = reviewOf(period);
        ReportingPeriod previous = calendar.period(period.year() - 1, period.kind()).orElse(null);
        Review before = previous == null ? null : reviewOf(previous);
        List<Indicator> indicators = calendar.indicators(period.year());
        Map<String, Map<String, BigDecimal>> values = sentValues(review);
        Map<String, Map<String, BigDecimal>> previousValues = before == null ? Map.of() : sentValues(before);

        // Provinces that reported a year earlier but not now keep their row: history stays in the comparison.
        var statuses = new ArrayList<>(review.statuses());
        if (before != null) {
            for (ProvinceStatus earlier : before.statuses()) {
                if (!review.rows().containsKey(earlier.province().code()) && previousValues.containsKey(earlier.province().code())) {
                    statuses.add(new ProvinceStatus(earlier.province(), earlier.clusterId(), earlier.tenantId(), null,
                            ReportProgress.NOT_STARTED, null, false, false, false, false, null, null));
                }
            }
        }
        var byCluster = new LinkedHashMap<Short, List<TableRow>>();
        Map<Short, ProvinceClusters.Cluster> known = new HashMap<>();
        for (ProvinceClusters.Cluster cluster : clusters.list()) {
            known.put(cluster.id(), cluster);
            byCluster.put(cluster.id(), new ArrayList<>());
        }
        for (ProvinceStatus status : ordered(statuses)) {
            String code = status.province().code();
            byCluster.computeIfAbsent(known.containsKey(status.clusterId()) ? status.clusterId() : null, c -> new ArrayList<>())
                    .add(new TableRow(status, values.getOrDefault(code, Map.of()), previousValues.getOrDefault(code, Map.of())));
        }
        var groups = new ArrayList<ClusterRows>();
        byCluster.forEach((id, rows) -> {
            if (!rows.isEmpty()) {
                groups.add(new ClusterRows(id, id == null ? null : known.get(id).name(), rows,
                        sum(rows.stream().map(TableRow::values).toList()),
                        sum(rows.stream().map(TableRow::previous).toList())));
            }
        });
        var accepted = new ArrayList<Map<String, BigDecimal>>();
        for (ProvinceStatus status : review.statuses()) {
            if (status.status() == ReportProgress.ACCEPTED) {
                accepted.add(values.getOrDefault(status.province().code(), Map.of()));
            }
        }
        return new NationalTable(period, previous, indicators, groups, sum(values.values()), sum(accepted),
                sum(previousValues.values()));
    }

    private NationalAggregate aggregate(ReportingPeriod period) {
        Review review = reviewOf(period);
        Map<String, Map<String, BigDecimal>> values = sentValues(review);
        var included = new ArrayList<Province>();
        var missing = new ArrayList<Province>();
        var accepted = new ArrayList<Map<String, BigDecimal>>();
        int expected = 0;
        for (ProvinceStatus status : ordered(review.statuses())) {
            expected += status.expected() ? 1 : 0;
            if (status.status() == ReportProgress.ACCEPTED) {
                included.add(status.province());
                accepted.add(values.getOrDefault(status.province().code(), Map.of()));
            } else if (status.expected()) {
                missing.add(status.province());
            }
        }
        Map<String, BigDecimal> totals = sum(accepted);
        var lines = new ArrayList<NationalAggregate.Line>();
        for (Indicator indicator : calendar.indicators(period.year())) {
            int provinces = (int) accepted.stream().filter(v -> v.containsKey(indicator.code())).count();
            lines.add(new NationalAggregate.Line(indicator, totals.get(indicator.code()), provinces));
        }
        return new NationalAggregate(period, lines, included, missing, expected);
    }

    /** A chosen report of the period, one per province it speaks for. */
    private record Chosen(UUID tenantId, UUID reportId, String provinceCode, ReportStatus status, OffsetDateTime firstSent) {
    }

    /** The rows of a period (by province code) and the reports chosen for them. */
    private record Review(Map<String, ProvinceStatus> rows, Map<String, Chosen> reports) {

        List<ProvinceStatus> statuses() {
            return ordered(rows.values());
        }
    }

    /** A tenant as the review needs it: its status, the tenant it was merged into and when. */
    private record TenantRow(UUID id, String provinceCode, String name, TenantStatus status, UUID mergedInto,
                             OffsetDateTime mergedAt) {
    }

    /** A union's time on the platform (union_tenure): from joining to merging or deletion. */
    private record Tenure(UUID id, String provinceCode, String name, OffsetDateTime joinedAt, OffsetDateTime leftAt) {

        boolean activeAt(OffsetDateTime moment) {
            return joinedAt.isBefore(moment) && (leftAt == null || !leftAt.isBefore(moment));
        }
    }

    private Review reviewOf(ReportingPeriod period) {
        Map<UUID, TenantRow> tenants = tenants();
        Names names = names();
        Map<String, Short> clusterOf = clusters.clusterOfProvince();
        OffsetDateTime deadlineEnds = endOf(period.deadline());
        Deadlines.Due due = deadlines.due(period);
        java.time.LocalDate today = VietnamTime.today();

        // The unions expected to report: those on the platform at the end of the deadline's day. Onboarding or
        // deleting a union later does not change who was expected then.
        var expected = new LinkedHashMap<String, TenantRow>();
        for (Tenure tenure : tenures()) {
            if (tenure.activeAt(deadlineEnds)) {
                TenantRow tenant = tenants.getOrDefault(tenure.id(),
                        new TenantRow(tenure.id(), tenure.provinceCode(), tenure.name(), null, null, null));
                expected.merge(tenure.provinceCode(), tenant, (a, b) -> a.status() == TenantStatus.ACTIVE ? a : b);
            }
        }
        Map<String, Chosen> reports = chosenReports(period.id(), tenants);

        var rows = new HashMap<String, ProvinceStatus>();
        var codes = new TreeSet<String>(expected.keySet());
        codes.addAll(reports.keySet());
        for (String code : codes) {
            Chosen report = reports.get(code);
            boolean onPlatform = expected.containsKey(code);
            TenantRow tenant = onPlatform ? expected.get(code) : tenants.get(report.tenantId());
            TenantRow owner = report == null ? tenant : tenants.get(report.tenantId());
            Province province = names.province(code, tenant, owner, tenants);
            String clusterCode = province.partOf() != null ? province.partOf() : code;
            OffsetDateTime sentAt = report == null ? null : report.firstSent();
            // A union that joined after the deadline and still sent its report counts (expected and sent); a former
            // province's old report, now under the union it was merged into, does not make it expected again.
            boolean isExpected = onPlatform || (sentAt != null && !province.merged());
            UUID unionId = tenant == null ? report.tenantId() : tenant.id();
            Deadlines.Exception exception = due.exceptions().get(unionId);
            java.time.LocalDate dueOn = exception != null ? exception.dueOn() : period.deadline().plusDays(due.graceDays());
            boolean onTime = sentAt != null && sentAt.isBefore(endOf(dueOn));
            boolean late = isExpected && (sentAt == null ? today.isAfter(dueOn) : !onTime);
            rows.put(code, new ProvinceStatus(province, clusterOf.get(clusterCode),
                    report == null ? tenant.id() : report.tenantId(), report == null ? null : report.reportId(),
                    report == null ? ReportProgress.NOT_STARTED : ReportProgress.valueOf(report.status().name()),
                    sentAt, isExpected, sentAt != null, onTime, late, dueOn, exception));
        }
        return new Review(rows, reports);
    }

    private static OffsetDateTime endOf(java.time.LocalDate day) {
        return day.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
    }

    private List<Tenure> tenures() {
        return db.selectFrom(UNION_TENURE).orderBy(UNION_TENURE.PROVINCE_CODE, UNION_TENURE.JOINED_AT)
                .fetch(t -> new Tenure(t.getId(), t.getProvinceCode(), t.getName(), t.getJoinedAt(), t.getLeftAt()));
    }

    /** The period's reports, one per province: a live tenant's copy before a merged tenant's original. */
    private Map<String, Chosen> chosenReports(UUID periodId, Map<UUID, TenantRow> tenants) {
        Field<OffsetDateTime> firstSent = DSL.field(DSL.select(DSL.min(REPORT_TRANSITION.OCCURRED_AT))
                .from(REPORT_TRANSITION)
                .where(REPORT_TRANSITION.TENANT_ID.eq(REPORT.TENANT_ID), REPORT_TRANSITION.REPORT_ID.eq(REPORT.ID),
                        ReportColumns.TO_STATUS.eq(ReportStatus.SENT)));
        var chosen = new HashMap<String, Chosen>();
        db.select(REPORT.TENANT_ID, REPORT.ID, REPORT.PROVINCE_CODE, ReportColumns.STATUS, DSL.coalesce(firstSent, REPORT.SENT_AT))
                .from(REPORT)
                .where(REPORT.PERIOD_ID.eq(periodId))
                .forEach(r -> {
                    var report = new Chosen(r.value1(), r.value2(), r.value3(), r.value4(), r.value5());
                    chosen.merge(report.provinceCode(), report, (a, b) -> merged(tenants, a) ? b : a);
                });
        return chosen;
    }

    private static boolean merged(Map<UUID, TenantRow> tenants, Chosen report) {
        TenantRow tenant = tenants.get(report.tenantId());
        return tenant != null && tenant.status() == TenantStatus.MERGED;
    }

    /** The figures of the chosen reports that were sent (SENT or ACCEPTED), by province code and indicator code. */
    private Map<String, Map<String, BigDecimal>> sentValues(Review review) {
        var reportIds = new ArrayList<UUID>();
        var codeOf = new HashMap<UUID, String>();
        for (Chosen report : review.reports().values()) {
            if (SENT_STATUSES.contains(report.status())) {
                reportIds.add(report.reportId());
                codeOf.put(report.reportId(), report.provinceCode());
            }
        }
        var values = new HashMap<String, Map<String, BigDecimal>>();
        if (reportIds.isEmpty()) {
            return values;
        }
        var tenantIds = review.reports().values().stream().map(Chosen::tenantId).distinct().toList();
        db.select(REPORT_VALUE.REPORT_ID, REPORT_VALUE.INDICATOR_CODE,
                        DSL.coalesce(REPORT_VALUE.ENTERED_VALUE, REPORT_VALUE.COMPUTED_VALUE))
                .from(REPORT_VALUE)
                .where(REPORT_VALUE.TENANT_ID.in(tenantIds), REPORT_VALUE.REPORT_ID.in(reportIds))
                .forEach(r -> {
                    if (r.value3() != null) {
                        values.computeIfAbsent(codeOf.get(r.value1()), c -> new HashMap<>()).put(r.value2(), plain(r.value3()));
                    }
                });
        return values;
    }

    private Map<UUID, TenantRow> tenants() {
        Field<OffsetDateTime> mergedAt = DSL.field(DSL.select(DSL.max(TENANT_MERGE.MERGED_AT)).from(TENANT_MERGE)
                .where(TENANT_MERGE.SOURCE_CODE.eq(TENANT.CODE)));
        var tenants = new LinkedHashMap<UUID, TenantRow>();
        db.select(TENANT.ID, TENANT.PROVINCE_CODE, TENANT.NAME, TenantColumns.STATUS, TENANT.MERGED_INTO, mergedAt)
                .from(TENANT).orderBy(TENANT.PROVINCE_CODE, TENANT.CODE)
                .forEach(r -> tenants.put(r.value1(), new TenantRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6())));
        return tenants;
    }

    /** The names of provinces and former provinces, and which province each former one is part of now. */
    private record Names(Map<String, String> provinces, Map<String, String> formerNames, Map<String, String> formerPartOf) {

        Province province(String code, TenantRow tenant, TenantRow owner, Map<UUID, TenantRow> tenants) {
            String partOf = null;
            TenantRow merged = tenant != null && tenant.status() == TenantStatus.MERGED ? tenant
                    : owner != null && owner.status() == TenantStatus.MERGED && owner.provinceCode().equals(code) ? owner : null;
            if (merged != null && merged.mergedInto() != null && tenants.containsKey(merged.mergedInto())) {
                partOf = tenants.get(merged.mergedInto()).provinceCode();
            } else if (formerPartOf.containsKey(code) && !formerPartOf.get(code).equals(code)) {
                partOf = formerPartOf.get(code);
            }
            if (partOf != null) {
                return new Province(code, formerNames.getOrDefault(code, provinces.getOrDefault(code, code)), partOf,
                        provinces.getOrDefault(partOf, partOf));
            }
            return new Province(code, provinces.getOrDefault(code, formerNames.getOrDefault(code, code)), null, null);
        }
    }

    private Names names() {
        Map<String, String> provinces = db.select(PROVINCE.CODE, PROVINCE.NAME).from(PROVINCE).fetchMap(PROVINCE.CODE, PROVINCE.NAME);
        var formerNames = new HashMap<String, String>();
        var formerPartOf = new HashMap<String, String>();
        db.selectFrom(FORMER_PROVINCE).forEach(r -> {
            formerNames.put(r.getCode(), r.getName());
            formerPartOf.put(r.getCode(), r.getProvinceCode());
        });
        return new Names(provinces, formerNames, formerPartOf);
    }

    /** Provinces by code, each followed by the former provinces shown under it. */
    static List<ProvinceStatus> ordered(Collection<ProvinceStatus> statuses) {
        return statuses.stream()
                .sorted(Comparator.<ProvinceStatus, String>comparing(s -> s.province().merged() ? s.province().partOf() : s.province().code())
                        .thenComparing(s -> s.province().merged())
                        .thenComparing(s -> s.province().code()))
                .toList();
    }

    private static Map<String, BigDecimal> sum(Collection<Map<String, BigDecimal>> rows) {
        var totals = new HashMap<String, BigDecimal>();
        for (Map<String, BigDecimal> row : rows) {
            row.forEach((code, value) -> totals.merge(code, value, BigDecimal::add));
        }
        return totals;
    }

    /** 3500 rather than 3500.00 (numeric(16, 2)), for the pages, the JSON and the spreadsheets alike. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static BigDecimal rate(int part, int whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
