package vn.vusta.platform.benchmark;

import vn.vusta.platform.DemoTenants;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.TestStack;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * National-scale data for the benchmarks of the national figures (issue 6): 34 active unions (the three demo ones
 * among them), 3.000.000 members, units with a census at the end of each year, 500.000 events, consultancy tasks and
 * ten years of reports (every period of the calendar, every indicator valued, mostly accepted). Written set-based as
 * the owner, one transaction per union in its scope (row-level security is forced on the owner too), then vacuumed
 * and analysed as autovacuum would. Sizes from system properties for a quick run: {@code benchmark.tenants},
 * {@code benchmark.members}, {@code benchmark.events} (totals over every union).
 * <p>
 * The generated members' names are not indexed for search (the name-word trigger is off while they are written):
 * the national figures count members, they do not search them. Reports carry no workflow history.
 */
public final class NationalScaleData {

    /** The ten years of reports and events. */
    public static final int FIRST_YEAR = 2016;
    public static final int LAST_YEAR = 2025;

    public record Scale(int tenants, int members, int events) {

        /** The scale, or what the system properties say. */
        public static Scale national() {
            return new Scale(Integer.getInteger("benchmark.tenants", 34), Integer.getInteger("benchmark.members", 3_000_000),
                    Integer.getInteger("benchmark.events", 500_000));
        }
    }

    /** The unions the data was written for, the demo ones first. */
    public record Generated(List<UUID> tenants, double seconds) {
    }

    private static final int UNITS_PER_TENANT = 100;
    private static final int TASKS_PER_YEAR = 20;

    private NationalScaleData() {
    }

    public static Generated generate(Scale scale) throws SQLException, InterruptedException {
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(TestStack.current().postgres().jdbcUrl(),
                LocalCredentials.OWNER_ROLE, LocalCredentials.OWNER_PASSWORD)) {
            List<UUID> tenants = tenants(c, scale.tenants());
            c.setAutoCommit(false);
            for (int i = 0; i < tenants.size(); i++) {
                UUID tenant = tenants.get(i);
                // The remainder to the first unions, so the totals are exact.
                int members = scale.members() / tenants.size() + (i < scale.members() % tenants.size() ? 1 : 0);
                int events = scale.events() / tenants.size() + (i < scale.events() % tenants.size() ? 1 : 0);
                execute(c, "select begin_tenant_scope(?)", tenant);
                execute(c, UNITS, tenant, UNITS_PER_TENANT);
                execute(c, CENSUS, members, UNITS_PER_TENANT, tenant);
                execute(c, "alter table member disable trigger member_names_inserted");
                execute(c, MEMBERS, tenant, "", members);
                execute(c, "alter table member enable trigger member_names_inserted");
                execute(c, EVENTS, tenant, events);
                execute(c, TASKS, tenant, FIRST_YEAR, LAST_YEAR, TASKS_PER_YEAR);
                // Values are written while the reports are drafts; the workflow's end then locks them.
                execute(c, REPORTS, tenant, FIRST_YEAR, LAST_YEAR);
                execute(c, REPORT_VALUES, FIRST_YEAR, LAST_YEAR);
                execute(c, REPORT_OUTCOMES, FIRST_YEAR, LAST_YEAR);
                c.commit();
            }
            c.setAutoCommit(true);
            for (int attempt = 0; attempt < 10 && !allVisible(c); attempt++) {
                try (var s = c.createStatement()) {
                    s.execute("vacuum analyze unit, member_census, member, event, consultancy_task, report, report_value");
                }
                Thread.sleep(1_000);
            }
            return new Generated(tenants, (System.nanoTime() - start) / 1e9);
        }
    }

    /**
     * {@code count} members of one union as the national data has them (namesakes born the same year, no e-mail or
     * phone; 600 distinct name-and-year pairs), each name ending with {@code suffix}, indexed for search: a sample of
     * the national data for tests that must stay quick. In the caller's transaction and tenant scope.
     */
    public static void members(Connection c, UUID tenant, int count, String suffix) throws SQLException {
        execute(c, "select begin_tenant_scope(?)", tenant);
        execute(c, MEMBERS, tenant, suffix, count);
    }

    /** The demo unions and as many more as needed, each for a province of its own. */
    private static List<UUID> tenants(Connection c, int count) throws SQLException {
        var tenants = new ArrayList<>(List.of(DemoTenants.THANH_HOA, DemoTenants.HAI_PHONG, DemoTenants.HUNG_YEN));
        var provinces = new ArrayList<String>();
        try (var s = c.createStatement(); var rs = s.executeQuery(
                "select code from province where code not in (select province_code from tenant) order by code")) {
            while (rs.next()) {
                provinces.add(rs.getString(1));
            }
        }
        for (int i = 0; tenants.size() < count; i++) {
            UUID id = UUID.nameUUIDFromBytes(("national-scale-" + i).getBytes(StandardCharsets.UTF_8));
            execute(c, "insert into tenant (id, code, province_code, name) values (?, ?, ?, ?) on conflict do nothing",
                    id, "national-scale-" + i, provinces.get(i % provinces.size()), "Liên hiệp hội thử tải " + i);
            tenants.add(id);
        }
        return tenants.subList(0, count);
    }

    private static boolean allVisible(Connection c) throws SQLException {
        try (var s = c.createStatement(); var rs = s.executeQuery("select bool_and(relallvisible >= 0.95 * relpages) from pg_class "
                + "where relname in ('member', 'event', 'member_census', 'report_value')")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static void execute(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.execute();
        }
    }

    private static final String UNITS = """
            insert into unit (tenant_id, name, kind, status)
            select ?, 'Đơn vị thử tải ' || n,
                   (array['MEMBER_ASSOCIATION', 'MEMBER_ASSOCIATION', 'AFFILIATED_CENTRE', 'LINKED_UNIT', 'COLLECTIVE_MEMBER'])[1 + n % 5],
                   'ACTIVE'
            from generate_series(1, ?) n
            on conflict do nothing
            """;

    /** Each unit's members at the end of each year, growing to its share of the union's members in the last year. */
    private static final String CENSUS = """
            insert into member_census (tenant_id, unit_id, as_of, member_count)
            select u.tenant_id, u.id, make_date(y, 12, 31), round(?::numeric / ? * (0.75 + 0.25 * (y - %1$d) / (%2$d - %1$d + 0.0)))::int
            from unit u, generate_series(%1$d, %2$d) y
            where u.tenant_id = ? and u.name like 'Đơn vị thử tải %%'
            on conflict do nothing
            """.formatted(FIRST_YEAR, LAST_YEAR);

    private static final String MEMBERS = """
            insert into member (tenant_id, full_name, gender, birth_year, degree, joined_on, status, expert)
            select ?, (array['Nguyễn','Trần','Lê','Phạm','Hoàng','Vũ','Đặng','Bùi'])[1 + n % 8] || ' '
                      || (array['Văn','Thị','Hữu','Minh','Đức','Ngọc'])[1 + n % 6] || ' '
                      || (array['An','Bình','Chi','Dũng','Hà','Hải','Lan','Nam','Sơn','Trang','Tuấn','Yến'])[1 + n % 12] || ?,
                   case when n % 2 = 0 then 'MALE' else 'FEMALE' end, 1950 + n % 50,
                   (array['TS','THS','CN','KS'])[1 + n % 4], make_date(2000 + n % 26, 1 + n % 12, 1),
                   case when n % 20 = 0 then 'INACTIVE' else 'ACTIVE' end, n % 10 = 0
            from generate_series(1, ?) n
            """;

    /** Events spread over the years and their days, of every kind, most with their attendances counted. */
    private static final String EVENTS = """
            insert into event (tenant_id, kind, title, starts_on, ends_on, participant_count)
            select t, k, 'Sự kiện thử tải ' || n, d, d, case when n %% 10 = 0 then null else 20 + n %% 280 end
            from (select ?::uuid t, n,
                         (array['CONFERENCE','SCIENTIFIC_WORKSHOP','ROUND_TABLE','THEMATIC_BRIEFING','TRAINING','TRAINING',
                                'LAUNCH_CEREMONY','EMULATION_PLEDGE_SIGNING','EXECUTIVE_COMMITTEE_MEETING',
                                'STANDING_COMMITTEE_MEETING'])[1 + n %% 10] k,
                         make_date(%1$d + ((n / 10) * 7) %% %2$d, 1, 1) + (n * 104729) %% 365 d
                  from generate_series(1, ?) n) e
            """.formatted(FIRST_YEAR, LAST_YEAR - FIRST_YEAR + 1);

    /** Each year's plan: tasks assigned through the first half, most accepted within four months. */
    private static final String TASKS = """
            insert into consultancy_task (tenant_id, plan_year, kind, subject, authority_kind, authority, assignment_number,
                                          assigned_on, due_on, status, started_on, report_submitted_on, accepted_on, assessment)
            select t, y, (array['CONSULTANCY','CRITIQUE','SOCIAL_ASSESSMENT'])[1 + n % 3], 'Nhiệm vụ thử tải ' || n,
                   'PEOPLES_COMMITTEE', 'UBND tỉnh', n || '/UBND-VX', a, a + 120,
                   case when done then 'ACCEPTED' else 'ASSIGNED' end,
                   case when done then a + 10 end, case when done then a + 60 end, case when done then a + 100 end,
                   case when done then 'Đạt yêu cầu' end
            from (select ?::uuid t, y, n, make_date(y, 1, 1) + (n * 37) % 180 a, n % 10 < 7 done
                  from generate_series(?::int, ?::int) y, generate_series(1, ?) n) p
            """;

    private static final String REPORTS = """
            insert into report (tenant_id, period_id, province_code, title)
            select t.id, p.id, t.province_code, 'Báo cáo thử tải ' || p.kind || ' năm ' || p.year
            from tenant t, reporting_period p
            where t.id = ? and p.year between ? and ?
            on conflict do nothing
            """;

    /** Every indicator of each draft: computed where the platform computes it, entered by hand where not. */
    private static final String REPORT_VALUES = """
            insert into report_value (tenant_id, report_id, indicator_year, indicator_code, computed_value, computed_at,
                                      entered_value, entered_at, entered_by)
            select r.tenant_id, r.id, i.year, i.code,
                   case when i.source is not null then v end, case when i.source is not null then now() end,
                   case when i.source is null then v end, case when i.source is null then now() end,
                   case when i.source is null then 'national-scale' end
            from report r
            join reporting_period p on p.id = r.period_id
            join indicator i on i.year = p.year,
            lateral (select (abs(hashtext(r.id::text || i.code)) % 1000)::numeric v) value
            where r.status = 'DRAFT' and r.title like 'Báo cáo thử tải %' and p.year between ? and ?
            on conflict do nothing
            """;

    /** Nine in ten reports accepted; the rest sent, returned or still drafts. Sent a few days before the deadline. */
    private static final String REPORT_OUTCOMES = """
            update report r
            set status = o.status,
                approved_on = case when o.status in ('SENT', 'ACCEPTED', 'RETURNED') then o.deadline - 10 end,
                sent_at = case when o.status in ('SENT', 'ACCEPTED', 'RETURNED') then (o.deadline - 3)::timestamptz end,
                accepted_at = case when o.status = 'ACCEPTED' then (o.deadline + 5)::timestamptz end
            from (select x.tenant_id, x.id, p.deadline,
                         case abs(hashtext(x.id::text)) % 20 when 0 then 'SENT' when 1 then 'RETURNED' when 2 then 'DRAFT'
                              else 'ACCEPTED' end status
                  from report x
                  join reporting_period p on p.id = x.period_id
                  where x.status = 'DRAFT' and x.title like 'Báo cáo thử tải %' and p.year between ? and ?) o
            where r.tenant_id = o.tenant_id and r.id = o.id
            """;

}
