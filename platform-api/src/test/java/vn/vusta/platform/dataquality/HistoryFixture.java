package vn.vusta.platform.dataquality;

import vn.vusta.platform.DemoTenants;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.TestStack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/**
 * Hưng Yên's 10-month reports of 2018, 2020, 2022, 2023 and 2024, accepted, written as the owner (no other test reads
 * Hưng Yên's 10-month reports of those years — not 2019, whose board CompletenessTest counts by hand; 2021's is the
 * demo's draft, which is not history): its members (TC05) 1000, 1010, 1020, 1030, 1040 — median 1020, MAD 10 — and
 * 2 conferences (KH01) each year.
 */
final class HistoryFixture {

    static final UUID TENANT = DemoTenants.HUNG_YEN;
    static final Map<Integer, Integer> MEMBERS = Map.of(2018, 1000, 2020, 1010, 2022, 1020, 2023, 1030, 2024, 1040);

    private static boolean written;

    private HistoryFixture() {
    }

    static synchronized void ensure() {
        if (written) {
            return;
        }
        try (Connection c = DriverManager.getConnection(TestStack.current().postgres().jdbcUrl(),
                LocalCredentials.OWNER_ROLE, LocalCredentials.OWNER_PASSWORD)) {
            c.setAutoCommit(false);
            exec(c, "select begin_tenant_scope('" + TENANT + "')");
            for (var year : MEMBERS.entrySet()) {
                String report = report(year.getKey());
                exec(c, "insert into report (tenant_id, id, period_id, province_code, status, title, approved_on, sent_at, accepted_at) "
                        + "select '" + TENANT + "', '" + report + "', p.id, '33', 'ACCEPTED', 'Báo cáo 10 tháng " + year.getKey() + "', "
                        + "'" + year.getKey() + "-10-28', '" + year.getKey() + "-11-02 09:00+07', '" + year.getKey() + "-11-10 09:00+07' "
                        + "from reporting_period p where p.year = " + year.getKey() + " and p.kind = 'M10' on conflict do nothing");
                for (var value : Map.of("TC05", year.getValue(), "KH01", 2).entrySet()) {
                    exec(c, "insert into report_value (tenant_id, report_id, indicator_year, indicator_code, computed_value) values ('"
                            + TENANT + "', '" + report + "', " + year.getKey() + ", '" + value.getKey() + "', " + value.getValue()
                            + ") on conflict do nothing");
                }
            }
            c.commit();
            written = true;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String report(int year) {
        return "0195d2a0-0033-7000-8071-00000000" + year;
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
