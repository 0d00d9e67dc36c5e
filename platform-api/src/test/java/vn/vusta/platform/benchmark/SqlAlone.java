package vn.vusta.platform.benchmark;

import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.TestStack;
import vn.vusta.platform.tenancy.ScopeProofs;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

/**
 * A request's SQL without HTTP, Spring or jOOQ: the statements the platform ran for it, recorded as jOOQ sent them
 * (SQL with its bind values), then replayed through plain JDBC, each request as one transaction that begins with the
 * same proven tenant scope the platform's transactions begin with. Replayed as the application's role (row-level
 * security checked) or as a member of it that bypasses row-level security, the same statements: their ratio is what
 * row-level security costs.
 */
final class SqlAlone {

    /** One statement as sent: its SQL with {@code ?} and the bind values in order. */
    record Statement(String sql, List<Object> binds) {
    }

    /** The statements of one request. */
    record Request(List<Statement> statements) {
    }

    enum Role {
        APPLICATION, BYPASSING_RLS
    }

    private final DSLContext db;
    private final ScopeProofs proofs;
    private final UUID tenant;

    SqlAlone(DSLContext db, ScopeProofs proofs, UUID tenant) {
        this.db = db;
        this.proofs = proofs;
        this.tenant = tenant;
    }

    /** The statements the platform runs while {@code request} runs; one request at a time, nothing else running. */
    Request record(Runnable request) {
        var statements = Collections.synchronizedList(new ArrayList<Statement>());
        ExecuteListener listener = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                if (ctx.query() != null) {
                    statements.add(new Statement(ctx.sql(), ctx.query().getBindValues().stream().map(SqlAlone::jdbcValue).toList()));
                }
            }
        };
        Configuration configuration = db.configuration();
        ExecuteListenerProvider[] before = configuration.executeListenerProviders();
        ExecuteListenerProvider[] with = Arrays.copyOf(before, before.length + 1);
        with[before.length] = new DefaultExecuteListenerProvider(listener);
        configuration.set(with);
        try {
            request.run();
        } finally {
            configuration.set(before);
        }
        return new Request(List.copyOf(statements));
    }

    private static Object jdbcValue(Object value) {
        return value instanceof Enum<?> e ? e.name() : value;
    }

    /**
     * The requests replayed as one role, then the other, twice over, each role's faster run kept: a run alone on a
     * shared machine varies by a tenth, more than the difference measured.
     */
    Throughput[] replayBoth(List<Request> requests, int users, int each) throws Exception {
        Throughput app = null;
        Throughput bypass = null;
        for (int run = 0; run < 2; run++) {
            app = faster(app, replay(Role.APPLICATION, requests, users, each));
            bypass = faster(bypass, replay(Role.BYPASSING_RLS, requests, users, each));
        }
        return new Throughput[]{app, bypass};
    }

    private static Throughput faster(Throughput a, Throughput b) {
        return a == null || b.perSecond() > a.perSecond() ? b : a;
    }

    /** Each of {@code users} connections replays {@code each} requests drawn from {@code requests}, all at once. */
    Throughput replay(Role role, List<Request> requests, int users, int each) throws Exception {
        var latencies = Collections.synchronizedList(new ArrayList<Long>());
        var work = new ArrayList<Callable<Void>>();
        for (int user = 0; user < users; user++) {
            int offset = user;
            work.add(() -> {
                try (Connection c = connect(role)) {
                    c.setAutoCommit(false);
                    try (PreparedStatement scope = c.prepareStatement(SCOPE)) {
                        for (int i = 0; i < each; i++) {
                            Request request = requests.get((offset * each + i) % requests.size());
                            long t = System.nanoTime();
                            beginScope(scope);
                            for (Statement statement : request.statements()) {
                                run(c, statement);
                            }
                            c.commit();
                            latencies.add((System.nanoTime() - t) / 1_000);
                        }
                    }
                }
                return null;
            });
        }
        long wall = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(users)) {
            for (var future : pool.invokeAll(work)) {
                future.get();
            }
        }
        double seconds = (System.nanoTime() - wall) / 1e9;
        return new Throughput(latencies.stream().sorted().toList(), latencies.size() / seconds);
    }

    /** PostgreSQL's plan of each statement of the request, as executed by the application's role. */
    String explain(Request request) throws SQLException {
        var plans = new StringBuilder();
        try (Connection c = connect(Role.APPLICATION)) {
            c.setAutoCommit(false);
            try (PreparedStatement scope = c.prepareStatement(SCOPE)) {
                beginScope(scope);
            }
            for (Statement statement : request.statements()) {
                plans.append(statement.sql()).append('\n').append(statement.binds().stream()
                        .map(v -> v instanceof Object[] a ? a.length + " values" : String.valueOf(v)).toList()).append('\n');
                run(c, new Statement("explain (analyze, buffers) " + statement.sql(), statement.binds()),
                        line -> plans.append("    ").append(line).append('\n'));
            }
            c.rollback();
        }
        return plans.toString();
    }

    /** As the platform's transaction manager begins each transaction: the tenant with a fresh proof. */
    private void beginScope(PreparedStatement scope) throws SQLException {
        ScopeProofs.Proof proof = proofs.tenant(tenant);
        scope.setObject(1, tenant);
        scope.setString(2, proof.nonce());
        scope.setString(3, proof.value());
        scope.execute();
    }

    private static final String SCOPE = "select begin_proven_tenant_scope(?, ?, ?)";

    private static void run(Connection c, Statement statement) throws SQLException {
        run(c, statement, line -> {
        });
    }

    private static void run(Connection c, Statement statement, java.util.function.Consumer<String> firstColumn) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(statement.sql())) {
            for (int i = 0; i < statement.binds().size(); i++) {
                Object value = statement.binds().get(i);
                if (value instanceof UUID[] ids) {
                    s.setArray(i + 1, c.createArrayOf("uuid", ids));
                } else if (value instanceof String[] texts) {
                    s.setArray(i + 1, c.createArrayOf("text", texts));
                } else {
                    s.setObject(i + 1, value);
                }
            }
            try (var rows = s.executeQuery()) {
                while (rows.next()) {
                    firstColumn.accept(String.valueOf(rows.getObject(1)));
                }
            }
        }
    }

    private static Connection connect(Role role) throws SQLException {
        String url = TestStack.current().postgres().jdbcUrl();
        // As the application's pool connects (application.yml): no server-side prepared statements, so PostgreSQL
        // plans each statement for its values, as it does for the application.
        var properties = new java.util.Properties();
        properties.setProperty("prepareThreshold", "0");
        if (role == Role.APPLICATION) {
            properties.setProperty("user", LocalCredentials.APP_ROLE);
            properties.setProperty("password", LocalCredentials.APP_PASSWORD);
        } else {
            bypassingRole(url);
            properties.setProperty("user", BYPASSING_ROLE);
            properties.setProperty("password", BYPASSING_PASSWORD);
        }
        return DriverManager.getConnection(url, properties);
    }

    private static final String BYPASSING_ROLE = "vusta_benchmark_bypassrls";
    private static final String BYPASSING_PASSWORD = "local-benchmark-only";

    /**
     * The application's role with row-level security bypassed: a member of it (its privileges, nothing more) with
     * BYPASSRLS, made by the test stack's superuser (trust on loopback). Not the superuser itself, whom privilege
     * checks skip too: the difference measured is row-level security's alone.
     */
    private static synchronized void bypassingRole(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             var s = c.createStatement()) {
            s.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + BYPASSING_ROLE + "') then "
                    + "create role " + BYPASSING_ROLE + " login bypassrls inherit password '" + BYPASSING_PASSWORD + "' in role "
                    + LocalCredentials.APP_ROLE + "; end if; end $$");
        }
    }

    record Throughput(List<Long> sorted, double perSecond) {
    }
}
