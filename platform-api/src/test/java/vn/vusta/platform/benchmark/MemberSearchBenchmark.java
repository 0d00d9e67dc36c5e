package vn.vusta.platform.benchmark;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.vusta.platform.Api;
import vn.vusta.platform.DemoTenants;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.deploy.test.TestStack;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

/**
 * The members search under load: a tenant of 200.000 members among 34 tenants of that size, 20 users searching at
 * once through the API (names with and without diacritics, typos, filters). A benchmark, not a test: it prints its
 * figures. Target: a search page under 50 ms at the 95th percentile. Sizes can be lowered for a quick run with
 * {@code -Dbenchmark.tenants=} and {@code -Dbenchmark.members=}. Run it with
 * {@code ./mvnw -pl platform-api -am verify -Dgroups=benchmark -Dbenchmarks.excluded= -Dtests.output.to.file=false -Dtest=MemberSearchBenchmark}.
 */
@Tag("benchmark")
@PlatformApiTest
class MemberSearchBenchmark {

    private static final int TENANTS = Integer.getInteger("benchmark.tenants", 34);
    private static final int MEMBERS = Integer.getInteger("benchmark.members", 200_000);
    private static final int USERS = 20;
    private static final int SEARCHES_PER_USER = 100;
    private static final List<String> QUERIES = List.of(
            "q=hoang van ke", "q=Nguyễn Thị Lan", "q=tran van hung", "q=le thi huong", "q=pham minh tuan",
            "q=nguyen van nam&degree=TS", "q=hoang van kee", "q=vu thi thao", "q=do duc anh", "q=bui quang hai",
            "degree=TS&title=PGS", "expert=true&fieldCode=4", "q=trinh dinh luc", "q=mai xuan hung", "");

    @Test
    void searchingAmongLargeTenants() throws Exception {
        long start = System.nanoTime();
        fillTenants();
        System.out.printf("%nData: %d tenants of %,d members (Thanh Hóa among them), made in %.1f s%n", TENANTS, MEMBERS,
                (System.nanoTime() - start) / 1e9);

        String token = KeycloakTokens.accessToken("thanh-hoa-viewer");
        // Warm-up, not measured: the JIT compiles the hot paths, PostgreSQL's caches fill.
        searchAtOnce(token, 10);
        // One user alone: each kind of search by itself.
        for (String query : QUERIES) {
            var alone = new ArrayList<Long>();
            for (int i = 0; i < 20; i++) {
                long t = System.nanoTime();
                Api.get("/api/v1/members?" + encoded(query), token);
                alone.add((System.nanoTime() - t) / 1_000);
            }
            System.out.printf("  alone, median %6.1f ms: %s%n", percentile(alone.stream().sorted().toList(), 50), query);
        }
        CpuTime cpu = CpuTime.now();
        long wall = System.nanoTime();
        List<Long> sorted = searchAtOnce(token, SEARCHES_PER_USER);
        double seconds = (System.nanoTime() - wall) / 1e9;
        CpuTime used = CpuTime.now().since(cpu);
        System.out.printf("Search, %d users at once, %d searches: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, "
                        + "%.0f searches/s (target p95 < 50 ms)%n", USERS, sorted.size(), percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99), sorted.getLast() / 1000.0, sorted.size() / seconds);
        System.out.printf("  CPU time per search: platform-api and its 20 clients %.1f ms, PostgreSQL %.1f ms; load average "
                        + "%s on %d cores%n%n", used.platformApi() * 1000 / sorted.size(),
                used.database() * 1000 / sorted.size(), CpuTime.loadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    /** {@link #USERS} users each searching {@code searches} times, one after the other; the latencies, sorted. */
    private static List<Long> searchAtOnce(String token, int searches) throws Exception {
        var latencies = Collections.synchronizedList(new ArrayList<Long>());
        var users = new ArrayList<Callable<Void>>();
        for (int user = 0; user < USERS; user++) {
            int offset = user;
            users.add(() -> {
                for (int i = 0; i < searches; i++) {
                    String query = QUERIES.get((offset + i) % QUERIES.size());
                    long t = System.nanoTime();
                    var response = Api.get("/api/v1/members?" + encoded(query), token);
                    latencies.add((System.nanoTime() - t) / 1_000);
                    if (response.status() != 200) {
                        throw new IllegalStateException(query + ": " + response.status() + " " + response.body());
                    }
                }
                return null;
            });
        }
        try (var pool = Executors.newFixedThreadPool(USERS)) {
            for (var future : pool.invokeAll(users)) {
                future.get();
            }
        }
        return latencies.stream().sorted().toList();
    }

    /** Thanh Hóa and as many more tenants as needed, each with MEMBERS members, written set-based as the owner. */
    private static void fillTenants() throws SQLException {
        try (Connection c = DriverManager.getConnection(TestStack.current().postgres().jdbcUrl(),
                LocalCredentials.OWNER_ROLE, LocalCredentials.OWNER_PASSWORD)) {
            var tenants = new ArrayList<UUID>();
            tenants.add(DemoTenants.THANH_HOA);
            for (int i = 1; i < TENANTS; i++) {
                UUID id = UUID.nameUUIDFromBytes(("benchmark-tenant-" + i).getBytes(StandardCharsets.UTF_8));
                try (var s = c.prepareStatement("insert into tenant (id, code, province_code, name) values (?, ?, '01', ?) "
                        + "on conflict do nothing")) {
                    s.setObject(1, id);
                    s.setString(2, "benchmark-search-" + i);
                    s.setString(3, "Liên hiệp hội thử tải " + i);
                    s.execute();
                }
                tenants.add(id);
            }
            c.setAutoCommit(false);
            for (UUID tenant : tenants) {
                try (var s = c.prepareStatement("select begin_tenant_scope(?)")) {
                    s.setObject(1, tenant);
                    s.execute();
                }
                try (var s = c.prepareStatement(GENERATE_MEMBERS)) {
                    s.setObject(1, tenant);
                    s.setInt(2, MEMBERS);
                    s.execute();
                }
                c.commit();
            }
            c.setAutoCommit(true);
            try (var s = c.createStatement()) {
                // As autovacuum would after such a load: statistics, and the visibility map index-only scans need.
                s.execute("vacuum analyze member, member_name_token");
            }
        }
    }

    /** Realistic Vietnamese names: family name, middle name and given name drawn from common ones. */
    private static final String GENERATE_MEMBERS = """
            insert into member (tenant_id, full_name, gender, birth_year, academic_title, degree, workplace, email, phone,
                                status, expert)
            select ?, f[1 + (random() * (cardinality(f) - 1))::int] || ' ' || m[1 + (random() * (cardinality(m) - 1))::int]
                      || ' ' || g[1 + (random() * (cardinality(g) - 1))::int],
                   case when random() < 0.5 then 'MALE' else 'FEMALE' end,
                   1945 + (random() * 55)::int,
                   case when random() < 0.02 then 'GS' when random() < 0.06 then 'PGS' end,
                   (array['TSKH','TS','THS','CN','KS','BS','DS'])[1 + (random() * 6)::int],
                   'Cơ quan ' || (random() * 500)::int,
                   'hv' || n || '@benchmark.example.vn',
                   '09' || lpad(n::text, 8, '0'),
                   'ACTIVE', random() < 0.1
            from generate_series(1, ?) n,
                 lateral (select array['Nguyễn','Trần','Lê','Phạm','Hoàng','Huỳnh','Phan','Vũ','Võ','Đặng','Bùi','Đỗ',
                                       'Hồ','Ngô','Dương','Lý','Trịnh','Mai','Đinh','Lưu','Hà','Tạ','Cao','Lương'] f,
                                 array['Văn','Thị','Hữu','Minh','Đức','Quang','Thanh','Ngọc','Xuân','Đình','Công','Thu',
                                       'Kim','Hồng','Anh','Bảo','Gia','Hoài','Tuấn','Việt'] m,
                                 array['An','Anh','Ánh','Bình','Chi','Cường','Dung','Dũng','Đạt','Giang','Hà','Hải',
                                       'Hằng','Hiếu','Hoa','Hùng','Hương','Huy','Khánh','Lan','Linh','Long','Mai','Minh',
                                       'Nam','Ngân','Nhung','Oanh','Phong','Phương','Quân','Sơn','Tâm','Thảo','Thắng',
                                       'Trang','Tuấn','Vinh','Yến','Kể','Lực','Thu','Hiền','Đông','Khoa','Nga'] g
                          where n > 0) names
            """;

    private static double percentile(List<Long> sortedMicros, int percent) {
        int index = Math.min(sortedMicros.size() - 1, (int) Math.ceil(percent / 100.0 * sortedMicros.size()) - 1);
        return sortedMicros.get(index) / 1000.0;
    }

    private static String encoded(String query) {
        var parts = new ArrayList<String>();
        for (String parameter : query.split("&")) {
            int equals = parameter.indexOf('=');
            parts.add(equals < 0 ? parameter
                    : parameter.substring(0, equals + 1) + URLEncoder.encode(parameter.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return String.join("&", parts);
    }
}
