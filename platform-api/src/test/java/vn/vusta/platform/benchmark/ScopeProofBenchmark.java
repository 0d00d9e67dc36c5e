package vn.vusta.platform.benchmark;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vusta.platform.DemoTenants;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.TestStack;
import vn.vusta.platform.members.MemberQuery;
import vn.vusta.platform.members.Members;
import vn.vusta.platform.tenancy.AccessScope;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.tenancy.TenantStatus;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the scope proofs (V28) cost the members list: the list's transactions (the proven scope, then the list's
 * statements, through the application's own code) timed with the verifying functions, and in the same run with
 * today's unverified ones put back in their place (the policies stay the same, only the functions' bodies change),
 * in alternating rounds. Prints both medians and their ratio; the target is at most 1,10. A benchmark, not a test.
 * Run it with
 * {@code ./mvnw -pl platform-api -am verify -Dgroups=benchmark -Dbenchmarks.excluded= -Dtests.output.to.file=false -Dtest=ScopeProofBenchmark}
 * ({@code -Dbenchmark.members=} sets the size of the union, 200.000 by default).
 */
@Tag("benchmark")
@PlatformApiTest
class ScopeProofBenchmark {

    private static final int MEMBERS = Integer.getInteger("benchmark.members", 200_000);
    private static final int ROUNDS = 10;
    private static final int PER_ROUND = 50;
    private static final List<String> FUNCTIONS = List.of("current_tenant_id()", "national_scope()", "merge_source_id()",
            "begin_proven_tenant_scope(uuid, text, text)");

    /** Today's functions before V28: the settings as they are, whoever set them. */
    private static final String UNVERIFIED = """
            create or replace function current_tenant_id() returns uuid language sql stable
            as $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;
            create or replace function national_scope() returns boolean language sql stable
            as $$ select coalesce(current_setting('app.scope', true), '') = 'national' $$;
            create or replace function merge_source_id() returns uuid language sql stable
            as $$ select case when current_setting('app.scope', true) = 'merge'
                              then nullif(current_setting('app.merge_source', true), '')::uuid end $$;
            create or replace function begin_proven_tenant_scope(tenant uuid, nonce text, proof text) returns void
                language plpgsql volatile
            as $$
            begin
                perform set_config('app.tenant_id', tenant::text, true);
                perform set_config('app.scope', 'tenant', true);
            end
            $$;
            """;

    private static final Map<String, MemberQuery> LISTS = new LinkedHashMap<>();

    static {
        LISTS.put("the list, first page", MemberQuery.everyone());
        LISTS.put("the list searched by name (\"nguyen van nam\")",
                new MemberQuery("nguyen van nam", null, null, null, null, null, null));
    }

    @Autowired
    Members members;

    @Test
    void theListWithVerifiedScopesAgainstUnverified() throws Exception {
        fillThanhHoa();
        Tenant thanhHoa = new Tenant(DemoTenants.THANH_HOA, "thanh-hoa", "38", DemoTenants.THANH_HOA_NAME, TenantStatus.ACTIVE);
        Map<String, String> verified = definitions();
        try {
            System.out.printf("%nScope proofs (V28): the members list of a union of %,d members, %d rounds of %d per mode%n",
                    MEMBERS, ROUNDS, PER_ROUND);
            for (var list : LISTS.entrySet()) {
                var unverifiedTimes = new ArrayList<Long>();
                var verifiedTimes = new ArrayList<Long>();
                for (int round = 0; round < ROUNDS; round++) {
                    install(UNVERIFIED);
                    run(thanhHoa, list.getValue(), PER_ROUND / 5);
                    unverifiedTimes.addAll(run(thanhHoa, list.getValue(), PER_ROUND));
                    install(String.join(";\n", verified.values()));
                    run(thanhHoa, list.getValue(), PER_ROUND / 5);
                    verifiedTimes.addAll(run(thanhHoa, list.getValue(), PER_ROUND));
                }
                double before = median(unverifiedTimes);
                double after = median(verifiedTimes);
                System.out.printf("  %s: unverified %.3f ms, verified %.3f ms (median of %d), ratio %.3f%n",
                        list.getKey(), before, after, verifiedTimes.size(), after / before);
            }
        } finally {
            install(String.join(";\n", verified.values()));
        }
    }

    private List<Long> run(Tenant tenant, MemberQuery query, int times) {
        var micros = new ArrayList<Long>();
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            int seen = ScopedValue.where(AccessScope.CURRENT, new AccessScope.TenantAccess(tenant))
                    .call(() -> members.search(query, 0, 20).items().size());
            micros.add((System.nanoTime() - start) / 1_000);
            if (seen == 0) {
                throw new IllegalStateException("The list was empty: the scope did not hold");
            }
        }
        return micros;
    }

    private static double median(List<Long> micros) {
        var sorted = micros.stream().sorted().toList();
        return sorted.get(sorted.size() / 2) / 1000.0;
    }

    /** The functions as V28 made them, to put back. */
    private static Map<String, String> definitions() throws SQLException {
        var definitions = new LinkedHashMap<String, String>();
        try (Connection c = owner()) {
            for (String function : FUNCTIONS) {
                try (var s = c.prepareStatement("select pg_get_functiondef(?::regprocedure)")) {
                    s.setString(1, function);
                    try (var rs = s.executeQuery()) {
                        rs.next();
                        definitions.put(function, rs.getString(1));
                    }
                }
            }
        }
        return definitions;
    }

    private static void install(String sql) throws SQLException {
        try (Connection c = owner(); var s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void fillThanhHoa() throws SQLException {
        try (Connection c = owner()) {
            c.setAutoCommit(false);
            try (var s = c.prepareStatement("select begin_tenant_scope(?)")) {
                s.setObject(1, DemoTenants.THANH_HOA);
                s.execute();
            }
            try (var s = c.prepareStatement(MemberSearchBenchmark.GENERATE_MEMBERS)) {
                s.setObject(1, DemoTenants.THANH_HOA);
                s.setInt(2, MEMBERS);
                s.execute();
            }
            c.commit();
            c.setAutoCommit(true);
            try (var s = c.createStatement()) {
                s.execute("vacuum analyze member, member_name_token, name_word");
            }
        }
    }

    private static Connection owner() throws SQLException {
        return DriverManager.getConnection(TestStack.current().postgres().jdbcUrl(),
                LocalCredentials.OWNER_ROLE, LocalCredentials.OWNER_PASSWORD);
    }
}
