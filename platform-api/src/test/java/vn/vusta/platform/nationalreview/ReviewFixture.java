package vn.vusta.platform.nationalreview;

import vn.vusta.platform.DemoTenants;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.TestStack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Reports of half-year 2019 (deadline 05/07/2019) and 2018 for the national review's tests, written as the owner:
 * two more active unions, Hà Nội and Hồ Chí Minh, and Hải Dương's union, merged into Hải Phòng's on 01/07/2025
 * (after both deadlines, so it is expected for 2019). With the three demo unions (no 2019 reports), 6 reports are
 * expected for 2019 H1:
 * <ul>
 * <li>Hà Nội: sent 03/07/2019 (on time), accepted. TC05 computed 1000; KH01 computed 4, entered 6; TV03 entered 5.
 * <li>Hồ Chí Minh: sent 10/07/2019 (late), awaiting review. TC05 computed 2000; KH01 computed 3.
 * <li>Hải Dương (merged): sent 01/07/2019 (on time), returned for revision, sent again 08/07/2019 and accepted.
 *     TC05 computed 500.
 * <li>Hải Phòng, Thanh Hóa, Hưng Yên: nothing.
 * </ul>
 * Sent: 3 of 6 (50,0 %); on time: 2 of 6 (33,3 %). Table totals (SENT and ACCEPTED): TC05 3500, KH01 9, TV03 5;
 * of the accepted only: TC05 1500, KH01 6, TV03 5. 2018 H1: Hà Nội TC05 900 (accepted), Hải Dương TC05 450
 * (accepted); previous total 1350.
 */
final class ReviewFixture {

    static final UUID HA_NOI = UUID.fromString("0195d2a0-0001-7000-8060-000000000001");
    static final UUID HO_CHI_MINH = UUID.fromString("0195d2a0-0079-7000-8060-000000000001");
    static final UUID HAI_DUONG = UUID.fromString("0195d2a0-0030-7000-8060-000000000001");
    static final UUID HA_NOI_REPORT = UUID.fromString("0195d2a0-0001-7000-8061-000000000001");

    private ReviewFixture() {
    }

    private static boolean written;

    static synchronized void ensure() {
        if (written) {
            return;
        }
        try (Connection c = DriverManager.getConnection(TestStack.current().postgres().jdbcUrl(),
                LocalCredentials.OWNER_ROLE, LocalCredentials.OWNER_PASSWORD)) {
            c.setAutoCommit(false);
            // On the platform since 2018 (their tenure starts when the row was created, V37).
            exec(c, "insert into tenant (id, code, province_code, name, created_at) values "
                    + "('" + HA_NOI + "', 'review-ha-noi', '01', 'Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hà Nội', '2018-01-01 00:00+07'), "
                    + "('" + HO_CHI_MINH + "', 'review-ho-chi-minh', '79', 'Liên hiệp các Hội Khoa học và Kỹ thuật Thành phố Hồ Chí Minh', '2018-01-01 00:00+07'), "
                    + "('" + HAI_DUONG + "', 'review-hai-duong', '30', 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hải Dương', '2018-01-01 00:00+07') "
                    + "on conflict do nothing");
            exec(c, "update tenant set status = 'MERGED', merged_into = '" + DemoTenants.HAI_PHONG + "' where id = '" + HAI_DUONG + "'");
            exec(c, "insert into tenant_merge (id, source_code, target_code, merged_by, merged_at, counts, conflicts) values "
                    + "('0195d2a0-0030-7000-8060-000000000009', 'review-hai-duong', 'hai-phong', 'platform-admin', "
                    + "'2025-07-01 08:00+07', '{}', '[]') on conflict do nothing");
            exec(c, "update union_tenure set left_at = '2025-07-01 08:00+07' where id = '" + HAI_DUONG + "'");
            report(c, HA_NOI, "8061-000000000001", "01", 2019, "ACCEPTED", "2019-07-03 09:00+07", "2019-07-12 09:00+07");
            report(c, HO_CHI_MINH, "8061-000000000002", "79", 2019, "SENT", "2019-07-10 09:00+07", null);
            report(c, HAI_DUONG, "8061-000000000003", "30", 2019, "ACCEPTED", "2019-07-01 09:00+07", "2019-07-15 09:00+07");
            report(c, HA_NOI, "8061-000000000011", "01", 2018, "ACCEPTED", "2018-07-02 09:00+07", "2018-07-12 09:00+07");
            report(c, HAI_DUONG, "8061-000000000013", "30", 2018, "ACCEPTED", "2018-07-02 09:00+07", "2018-07-12 09:00+07");
            // Hải Dương's 2019 report was returned once and sent again: its first sending counts.
            scope(c, HAI_DUONG);
            exec(c, "insert into report_transition (tenant_id, id, report_id, from_status, to_status, actor, occurred_at, comment) values "
                    + "('" + HAI_DUONG + "', '0195d2a0-0030-7000-8062-000000000101', '" + id(HAI_DUONG, "8061-000000000003") + "', "
                    + "'SENT', 'RETURNED', 'national-reviewer', '2019-07-05 09:00+07', 'Bổ sung số liệu.'), "
                    + "('" + HAI_DUONG + "', '0195d2a0-0030-7000-8062-000000000102', '" + id(HAI_DUONG, "8061-000000000003") + "', "
                    + "'APPROVED', 'SENT', 'hai-duong-admin', '2019-07-08 09:00+07', null) on conflict do nothing");
            value(c, HA_NOI, "8061-000000000001", 2019, "TC05", "1000", null, null);
            value(c, HA_NOI, "8061-000000000001", 2019, "KH01", "4", "6", "Bổ sung 02 hội nghị do hội thành viên tổ chức");
            value(c, HA_NOI, "8061-000000000001", 2019, "TV03", null, "5", null);
            value(c, HO_CHI_MINH, "8061-000000000002", 2019, "TC05", "2000", null, null);
            value(c, HO_CHI_MINH, "8061-000000000002", 2019, "KH01", "3", null, null);
            value(c, HAI_DUONG, "8061-000000000003", 2019, "TC05", "500", null, null);
            value(c, HA_NOI, "8061-000000000011", 2018, "TC05", "900", null, null);
            value(c, HAI_DUONG, "8061-000000000013", 2018, "TC05", "450", null, null);
            c.commit();
            written = true;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static UUID id(UUID tenant, String suffix) {
        return UUID.fromString(tenant.toString().substring(0, 19) + suffix);
    }

    private static void report(Connection c, UUID tenant, String suffix, String province, int year, String status,
                               String sentAt, String acceptedAt) throws SQLException {
        scope(c, tenant);
        UUID report = id(tenant, suffix);
        exec(c, "insert into report (tenant_id, id, period_id, province_code, status, title, approved_on, sent_at, accepted_at) "
                + "select '" + tenant + "', '" + report + "', p.id, '" + province + "', '" + status + "', 'Báo cáo 6 tháng " + year + "', "
                + "'" + year + "-06-28', '" + sentAt + "', " + (acceptedAt == null ? "null" : "'" + acceptedAt + "'")
                + " from reporting_period p where p.year = " + year + " and p.kind = 'H1' on conflict do nothing");
        exec(c, "insert into report_transition (tenant_id, id, report_id, from_status, to_status, actor, occurred_at) values "
                + "('" + tenant + "', '" + id(tenant, suffix.replace("8061", "8062")) + "', '" + report + "', 'APPROVED', 'SENT', "
                + "'fixture', '" + sentAt + "') on conflict do nothing");
    }

    private static void value(Connection c, UUID tenant, String suffix, int year, String code, String computed, String entered,
                              String reason) throws SQLException {
        scope(c, tenant);
        exec(c, "insert into report_value (tenant_id, report_id, indicator_year, indicator_code, computed_value, entered_value, "
                + "reason, entered_at) values ('" + tenant + "', '" + id(tenant, suffix) + "', " + year + ", '" + code + "', "
                + computed + ", " + entered + ", " + (reason == null ? "null" : "'" + reason + "'") + ", "
                + (entered == null ? "null" : "now()") + ") on conflict do nothing");
    }

    private static void scope(Connection c, UUID tenant) throws SQLException {
        exec(c, "select begin_tenant_scope('" + tenant + "')");
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
