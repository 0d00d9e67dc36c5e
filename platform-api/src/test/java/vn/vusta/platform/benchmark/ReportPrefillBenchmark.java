package vn.vusta.platform.benchmark;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.TestStack;
import vn.vusta.platform.indicators.IndicatorComputation;
import vn.vusta.platform.reports.PeriodReport;
import vn.vusta.platform.reports.Report;
import vn.vusta.platform.reports.Reports;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.tenancy.TenantStatus;
import vn.vusta.platform.tenancy.TenantTransactions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Pre-filling a province's report at national scale: one union with ten years of records (90.000 members, 150 units
 * with a quarterly census, 15.000 events, 500 consultancy tasks, 2.000 contest entries, 2.000 commendations, …).
 * Measured: creating a report for a period (all indicators computed and written, the report read back), cold then
 * warm, and refreshing a draft's figures. A benchmark, not a test: it prints its figures. Target: under 500 ms.
 * Run it with {@code ./mvnw -pl platform-api -am verify -Dgroups=benchmark -Dbenchmarks.excluded=
 * -Dtests.output.to.file=false -Dtest=ReportPrefillBenchmark}.
 */
@Tag("benchmark")
@PlatformApiTest
class ReportPrefillBenchmark {

    private static final int REFRESHES = 40;

    /** Ten years of one union's records, generated in the tenant's scope (parameter 1: the tenant). */
    private static final List<String> GENERATE = List.of("""
            insert into unit (tenant_id, id, name, kind, founding_decision_date, status, dissolved_on)
            select ?, uuidv7(), 'Đơn vị ' || i,
                   case when i <= 100 then 'MEMBER_ASSOCIATION' when i <= 120 then 'AFFILIATED_CENTRE'
                        when i <= 140 then 'LINKED_UNIT' else 'COLLECTIVE_MEMBER' end,
                   date '2000-01-01' + i * 40, case when i % 25 = 0 then 'DISSOLVED' else 'ACTIVE' end,
                   case when i % 25 = 0 then date '2020-01-01' + i else null end
            from generate_series(1, 150) as i""", """
            insert into member_census (tenant_id, unit_id, as_of, member_count)
            select u.tenant_id, u.id, (date '2016-04-01' + make_interval(months => 3 * q) - interval '1 day')::date,
                   400 + (q * 7 + abs(hashtext(u.name))) % 400
            from unit u cross join generate_series(0, 39) as q where u.tenant_id = ?""", """
            insert into member (tenant_id, full_name, gender, birth_year, joined_on)
            select ?, 'Hội viên ' || i, case when i % 2 = 0 then 'MALE' else 'FEMALE' end, 1950 + i % 50,
                   date '2000-01-01' + i % 9000
            from generate_series(1, 90000) as i""", """
            insert into event (tenant_id, kind, title, starts_on, ends_on, participant_count)
            select ?, (array['CONFERENCE','SCIENTIFIC_WORKSHOP','ROUND_TABLE','THEMATIC_BRIEFING','TRAINING','TRAINING',
                             'LAUNCH_CEREMONY','EMULATION_PLEDGE_SIGNING','EXECUTIVE_COMMITTEE_MEETING',
                             'STANDING_COMMITTEE_MEETING'])[1 + i % 10],
                   'Sự kiện ' || i, date '2016-01-01' + i % 3650, date '2016-01-01' + i % 3650, 20 + i % 300
            from generate_series(1, 15000) as i""", """
            insert into consultancy_task (tenant_id, plan_year, kind, subject, authority_kind, authority, assignment_number,
                                          assigned_on, due_on, status, started_on, report_submitted_on, accepted_on, assessment)
            select ?, 2016 + i / 50, 'CRITIQUE', 'Nhiệm vụ ' || i, 'PEOPLES_COMMITTEE', 'UBND tỉnh', 'CV ' || i,
                   make_date(2016 + i / 50, 1 + i % 12, 1), make_date(2016 + i / 50, 12, 31),
                   case when i % 3 = 0 then 'ASSIGNED' else 'ACCEPTED' end,
                   case when i % 3 = 0 then null else make_date(2016 + i / 50, 1 + i % 12, 2) end,
                   case when i % 3 = 0 then null else make_date(2016 + i / 50, 1 + i % 12, 3) end,
                   case when i % 3 = 0 then null else make_date(2016 + i / 50, 1 + i % 12, 4) end,
                   case when i % 3 = 0 then null else 'Đạt' end
            from generate_series(0, 499) as i""", """
            insert into publication (tenant_id, title, kind) select ?, 'Bản tin ' || i, 'NEWSLETTER' from generate_series(1, 4) as i""", """
            insert into publication_issue (tenant_id, publication_id, number, published_on, copies)
            select p.tenant_id, p.id, 'Số ' || i, date '2016-01-01' + i * 60, 500
            from publication p cross join generate_series(1, 60) as i where p.tenant_id = ?""", """
            insert into research_project (tenant_id, title, kind, level, lead_researcher, starts_on, ends_on, status, accepted_on, rating)
            select ?, 'Đề tài ' || i, 'TOPIC', 'PROVINCIAL', 'TS. Nguyễn Văn ' || i, date '2016-01-01' + i * 12,
                   date '2017-01-01' + i * 12, case when i % 2 = 0 then 'ACCEPTED' else 'IN_PROGRESS' end,
                   case when i % 2 = 0 then date '2017-01-01' + i * 12 else null end, case when i % 2 = 0 then 'GOOD' else null end
            from generate_series(1, 300) as i""", """
            insert into contest (tenant_id, name, kind) select ?, 'Hội thi sáng tạo', 'TECHNICAL_INNOVATION'""", """
            insert into contest_edition (tenant_id, contest_id, number, start_year, end_year, name, launched_on, launch_notice)
            select c.tenant_id, c.id, i, 2015 + i / 2, 2016 + i / 2, 'Hội thi lần ' || i, make_date(2015 + i / 2, 9, 1), 'Thông báo ' || i
            from contest c cross join generate_series(1, 20) as i where c.tenant_id = ?""", """
            insert into contest_entry (tenant_id, edition_id, title)
            select e.tenant_id, e.id, 'Giải pháp ' || i from contest_edition e cross join generate_series(1, 100) as i
            where e.tenant_id = ?""", """
            insert into contest_prize (tenant_id, edition_id, entry_id, grade, awarded_on)
            select n.tenant_id, n.edition_id, n.id, 'CONSOLATION', make_date(ed.end_year, 11, 20)
            from contest_entry n join contest_edition ed on ed.tenant_id = n.tenant_id and ed.id = n.edition_id
            where n.tenant_id = ? and n.title in ('Giải pháp 1', 'Giải pháp 2', 'Giải pháp 3', 'Giải pháp 4', 'Giải pháp 5',
                  'Giải pháp 6', 'Giải pháp 7', 'Giải pháp 8', 'Giải pháp 9', 'Giải pháp 10')""", """
            insert into commendation_decision (tenant_id, kind, number, decided_on, issuer, year, reason)
            select ?, 'CERTIFICATE', i || '/QĐ', date '2016-01-01' + i * 18, 'Liên hiệp hội',
                   extract(year from date '2016-01-01' + i * 18), 'Thành tích'
            from generate_series(1, 200) as i""", """
            insert into commendation_recipient (tenant_id, decision_id, position, kind, name)
            select d.tenant_id, d.id, i, case when i % 3 = 0 then 'INDIVIDUAL' else 'COLLECTIVE' end, 'Người nhận ' || i
            from commendation_decision d cross join generate_series(1, 10) as i where d.tenant_id = ?""", """
            insert into service_count_kind (tenant_id, name, unit_of_count, indicator_code)
            select ?, 'Dịch vụ ' || i, 'vụ việc', case i when 1 then 'KH07' when 2 then 'KH08' else null end
            from generate_series(1, 5) as i""", """
            insert into service_count (tenant_id, kind_id, unit_id, period_start, period_end, quantity)
            select k.tenant_id, k.id, u.id, make_date(2016 + m / 12, 1 + m % 12, 1),
                   (make_date(2016 + m / 12, 1 + m % 12, 1) + interval '1 month - 1 day')::date, 10 + m
            from service_count_kind k
            join (select tenant_id, id from unit where tenant_id = ? order by name limit 4) u on u.tenant_id = k.tenant_id
            cross join generate_series(0, 119) as m""");

    @Autowired
    Reports reports;
    @Autowired
    IndicatorComputation computation;
    @Autowired
    TenantTransactions transactions;

    @Test
    void preFillingAProvincesReport() throws Exception {
        long loading = System.nanoTime();
        Tenant tenant = load();
        System.out.printf("Loaded one province's ten years of records in %d s%n", (System.nanoTime() - loading) / 1_000_000_000);

        var creations = new ArrayList<Long>();
        UUID draft = null;
        for (int year = 2019; year <= 2025; year++) {
            int shown = year;
            for (PeriodReport period : transactions.inTenant(tenant, () -> reports.ofYear(shown))) {
                long start = System.nanoTime();
                Report created = transactions.inTenant(tenant, () -> reports.create(period.period().id()));
                creations.add(System.nanoTime() - start);
                draft = created.id();
            }
        }
        UUID report = draft;
        var refreshes = new ArrayList<Long>();
        for (int i = 0; i < REFRESHES; i++) {
            long start = System.nanoTime();
            transactions.inTenant(tenant, () -> reports.refresh(report));
            refreshes.add(System.nanoTime() - start);
        }
        var computations = new ArrayList<Long>();
        for (int i = 0; i < REFRESHES; i++) {
            long start = System.nanoTime();
            transactions.inTenant(tenant, () -> computation.compute(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 10, 31)));
            computations.add(System.nanoTime() - start);
        }
        System.out.printf("Pre-filling a report (create: compute every indicator, write, read back): first (cold) %d ms, "
                + "p50 %d ms, p95 %d ms over %d reports%n", creations.getFirst() / 1_000_000, percentile(creations, 50),
                percentile(creations, 95), creations.size());
        System.out.printf("Refreshing a draft's figures: p50 %d ms, p95 %d ms over %d%n", percentile(refreshes, 50),
                percentile(refreshes, 95), refreshes.size());
        System.out.printf("Computing the indicators alone: p50 %d ms, p95 %d ms over %d (target for pre-filling: < 500 ms)%n",
                percentile(computations, 50), percentile(computations, 95), computations.size());
    }

    private static Tenant load() throws Exception {
        UUID id = UUID.randomUUID();
        String code = "benchmark-reports-" + id.toString().substring(0, 6);
        try (Connection c = DriverManager.getConnection(TestStack.current().postgres().jdbcUrl(),
                LocalCredentials.OWNER_ROLE, LocalCredentials.OWNER_PASSWORD)) {
            try (var s = c.prepareStatement("insert into tenant (id, code, province_code, name) values (?, ?, '38', ?)")) {
                s.setObject(1, id);
                s.setString(2, code);
                s.setString(3, "Liên hiệp hội thử tải " + code);
                s.execute();
            }
            c.setAutoCommit(false);
            try (var s = c.prepareStatement("select begin_tenant_scope(?)")) {
                s.setObject(1, id);
                s.execute();
            }
            for (String statement : GENERATE) {
                try (var s = c.prepareStatement(statement)) {
                    s.setObject(1, id);
                    s.execute();
                }
            }
            c.commit();
            c.setAutoCommit(true);
            try (var s = c.createStatement()) {
                s.execute("analyze");
            }
        }
        return new Tenant(id, code, "38", "Liên hiệp hội thử tải " + code, TenantStatus.ACTIVE);
    }

    private static long percentile(List<Long> nanos, int percentile) {
        var sorted = nanos.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1)) / 1_000_000;
    }
}
