package vn.vusta.platform.nationalreview;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.vusta.platform.Api;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.deploy.test.TestStack;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The national review at national scale: 34 tenants (the demo's and 31 more, one per province), each with a sent
 * report for every period of 2016–2025 (five a year) carrying every indicator. Prints, per call: cold (the first
 * request for a period no request read before, plans and caches cold for it) and warm (median of 20) timings of
 * the status, the table (with the year earlier) and the aggregate. Target: the table under 1 s cold. Run with
 * {@code ./mvnw -pl platform-api -am verify -Dgroups=benchmark -Dbenchmarks.excluded= -Dtests.output.to.file=false -Dtest=NationalTableBenchmark}.
 */
@Tag("benchmark")
@PlatformApiTest
class NationalTableBenchmark {

    @Test
    void theNationalTableOfAPeriodAtNationalScale() throws Exception {
        long start = System.nanoTime();
        int reports = fill();
        System.out.printf("%nData: 34 tenants, %,d reports with every indicator, made in %.1f s%n", reports,
                (System.nanoTime() - start) / 1e9);
        String token = KeycloakTokens.accessToken("national-reviewer");
        Api.get("/api/v1/national/periods/2016/Q1/status", token);
        for (String period : List.of("2025/H1", "2024/M10", "2023/YEAR")) {
            for (String view : List.of("status", "table", "aggregate", "table/export")) {
                String path = "/api/v1/national/periods/" + period + "/" + view;
                long t = System.nanoTime();
                var first = Api.get(path, token);
                double cold = (System.nanoTime() - t) / 1e6;
                if (first.status() != 200) {
                    throw new IllegalStateException(path + ": " + first.status());
                }
                var warm = new ArrayList<Double>();
                for (int i = 0; i < 20; i++) {
                    long w = System.nanoTime();
                    Api.get(path, token);
                    warm.add((System.nanoTime() - w) / 1e6);
                }
                warm.sort(null);
                System.out.printf("  %-40s cold %6.1f ms, warm median %6.1f ms, p95 %6.1f ms%s%n", period + " " + view, cold,
                        warm.get(10), warm.get(18), view.equals("table") ? " (target < 1000 ms cold)" : "");
            }
        }
    }

    /** The tenants and their reports, written set-based as the owner. */
    private static int fill() throws Exception {
        try (Connection c = DriverManager.getConnection(TestStack.current().postgres().jdbcUrl(),
                LocalCredentials.OWNER_ROLE, LocalCredentials.OWNER_PASSWORD)) {
            var tenants = new ArrayList<UUID>();
            try (var s = c.createStatement();
                 var rs = s.executeQuery("select code from province where code not in (select province_code from tenant where status = 'ACTIVE')")) {
                var codes = new ArrayList<String>();
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
                for (String code : codes) {
                    UUID id = UUID.nameUUIDFromBytes(("benchmark-review-" + code).getBytes(StandardCharsets.UTF_8));
                    try (var insert = c.prepareStatement("insert into tenant (id, code, province_code, name) values (?, ?, ?, ?) on conflict do nothing")) {
                        insert.setObject(1, id);
                        insert.setString(2, "benchmark-review-" + code);
                        insert.setString(3, code);
                        insert.setString(4, "Liên hiệp hội thử tải " + code);
                        insert.execute();
                    }
                }
            }
            try (var s = c.createStatement(); var rs = s.executeQuery("select id from tenant where status = 'ACTIVE'")) {
                while (rs.next()) {
                    tenants.add(rs.getObject(1, UUID.class));
                }
            }
            c.setAutoCommit(false);
            int reports = 0;
            for (UUID tenant : tenants) {
                try (var s = c.prepareStatement("select begin_tenant_scope(?)")) {
                    s.setObject(1, tenant);
                    s.execute();
                }
                try (var s = c.createStatement()) {
                    s.execute("alter table report_value disable trigger report_value_locked");
                    reports += s.executeUpdate("insert into report (tenant_id, period_id, province_code, status, title, approved_on, sent_at, accepted_at) "
                            + "select t.id, p.id, t.province_code, case when a.accepted then 'ACCEPTED' else 'SENT' end, 'Báo cáo', p.ends_on, "
                            + "p.deadline - 2 + a.days, case when a.accepted then p.deadline + 7 end "
                            + "from tenant t cross join reporting_period p "
                            + "cross join lateral (select abs(hashtext(t.id::text || p.id::text)) % 10 < 7 as accepted, "
                            + "abs(hashtext(p.id::text || t.id::text)) % 5 as days) a "
                            + "where t.id = '" + tenant + "' and p.year between 2016 and 2025 on conflict do nothing");
                    s.execute("insert into report_transition (tenant_id, report_id, from_status, to_status, actor, occurred_at) "
                            + "select tenant_id, id, 'APPROVED', 'SENT', 'benchmark', sent_at from report r where tenant_id = '" + tenant + "' "
                            + "and sent_at is not null and not exists (select 1 from report_transition x where x.tenant_id = r.tenant_id and x.report_id = r.id)");
                    s.execute("insert into report_value (tenant_id, report_id, indicator_year, indicator_code, computed_value) "
                            + "select r.tenant_id, r.id, i.year, i.code, (random() * 1000)::int from report r "
                            + "join reporting_period p on p.id = r.period_id join indicator i on i.year = p.year "
                            + "where r.tenant_id = '" + tenant + "' on conflict do nothing");
                    s.execute("alter table report_value enable trigger report_value_locked");
                }
                c.commit();
            }
            c.setAutoCommit(true);
            try (var s = c.createStatement()) {
                s.execute("vacuum analyze report, report_value, report_transition");
            }
            return reports;
        }
    }
}
