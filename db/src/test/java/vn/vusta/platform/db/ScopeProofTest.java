package vn.vusta.platform.db;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vusta.platform.deploy.test.RealServices;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vusta.platform.db.MigratedDatabase.HAI_PHONG;
import static vn.vusta.platform.db.MigratedDatabase.THANH_HOA;

/**
 * The database does not take the application's word (V28): as the application's role, in plain SQL, as an injected
 * statement would, nothing opens a tenant or the national scope but a proof made with the scope key, and a proof
 * opens only what it names.
 */
@RealServices(keycloak = false)
class ScopeProofTest {

    @BeforeAll
    static void migrate() {
        MigratedDatabase.migrate();
    }

    @Test
    void settingTheScopeByHandReadsNothing() throws SQLException {
        try (Connection c = MigratedDatabase.asApplication()) {
            c.setAutoCommit(false);
            c.createStatement().execute("select set_config('app.tenant_id', '" + HAI_PHONG + "', true), set_config('app.scope', 'tenant', true)");
            assertThat(count(c, "select count(*) from unit")).as("another tenant, set by hand").isZero();
            assertThat(count(c, "select count(*) from member")).isZero();
            c.rollback();
            c.createStatement().execute("select set_config('app.scope', 'national', true)");
            assertThat(count(c, "select count(*) from unit")).as("the national scope, set by hand").isZero();
            c.rollback();
        }
    }

    @Test
    void theOwnersScopesWithoutProofAreNotTheApplications() throws SQLException {
        try (Connection c = MigratedDatabase.asApplication()) {
            c.setAutoCommit(false);
            assertThatThrownBy(() -> c.createStatement().execute("select begin_tenant_scope('" + HAI_PHONG + "')"))
                    .hasMessageContaining("permission denied");
            c.rollback();
            assertThatThrownBy(() -> c.createStatement().execute("select begin_national_scope()"))
                    .hasMessageContaining("permission denied");
            c.rollback();
        }
        try (Connection c = MigratedDatabase.asAdministration()) {
            c.setAutoCommit(false);
            assertThatThrownBy(() -> c.createStatement().execute("select begin_tenant_scope('" + HAI_PHONG + "')"))
                    .hasMessageContaining("permission denied");
            c.rollback();
        }
    }

    @Test
    void onlyAProofMadeWithTheKeyForThatScopeOpensIt() throws SQLException {
        try (Connection c = MigratedDatabase.asApplication()) {
            c.setAutoCommit(false);
            String[] thanhHoa = MigratedDatabase.proof("tenant|" + THANH_HOA);
            assertThatThrownBy(() -> MigratedDatabase.call(c, "select begin_proven_tenant_scope(?::uuid, ?, ?)",
                    HAI_PHONG.toString(), thanhHoa[0], thanhHoa[1])).as("Thanh Hóa's proof for Hải Phòng")
                    .hasMessageContaining("scope proof refused");
            c.rollback();
            assertThatThrownBy(() -> MigratedDatabase.call(c, "select begin_proven_national_scope(?, ?)", thanhHoa[0], thanhHoa[1]))
                    .as("a tenant's proof for the national scope").hasMessageContaining("scope proof refused");
            c.rollback();
            String[] otherKey = MigratedDatabase.proof("tenant|" + HAI_PHONG, "a-key-that-is-not-the-configured-one-0123", Instant.now());
            assertThatThrownBy(() -> MigratedDatabase.call(c, "select begin_proven_tenant_scope(?::uuid, ?, ?)",
                    HAI_PHONG.toString(), otherKey[0], otherKey[1])).hasMessageContaining("scope proof refused");
            c.rollback();
            String[] stale = MigratedDatabase.proof("tenant|" + HAI_PHONG, vn.vusta.platform.deploy.LocalCredentials.SCOPE_KEY,
                    Instant.now().minus(Duration.ofMinutes(10)));
            assertThatThrownBy(() -> MigratedDatabase.call(c, "select begin_proven_tenant_scope(?::uuid, ?, ?)",
                    HAI_PHONG.toString(), stale[0], stale[1])).as("a proof seen ten minutes ago").hasMessageContaining("scope proof refused");
            c.rollback();
            assertThatThrownBy(() -> MigratedDatabase.call(c, "select begin_proven_tenant_scope(?::uuid, ?, ?)",
                    HAI_PHONG.toString(), thanhHoa[0], "00")).hasMessageContaining("scope proof refused");
            c.rollback();

            MigratedDatabase.beginTenantScope(c, THANH_HOA);
            assertThat(count(c, "select count(*) from unit")).isPositive();
            assertThat(count(c, "select count(*) from unit where tenant_id <> '" + THANH_HOA + "'")).isZero();
            c.rollback();
            MigratedDatabase.beginNationalScope(c);
            assertThat(count(c, "select count(distinct tenant_id) from unit")).isGreaterThanOrEqualTo(3);
            c.rollback();
        }
    }

    @Test
    void aProvenScopeChangedByHandReadsNothing() throws SQLException {
        try (Connection c = MigratedDatabase.asApplication()) {
            c.setAutoCommit(false);
            MigratedDatabase.beginTenantScope(c, THANH_HOA);
            c.createStatement().execute("select set_config('app.tenant_id', '" + HAI_PHONG + "', true)");
            assertThat(count(c, "select count(*) from unit")).as("the tenant changed after the proof").isZero();
            c.rollback();
            MigratedDatabase.beginTenantScope(c, THANH_HOA);
            c.createStatement().execute("select set_config('app.scope', 'national', true)");
            assertThat(count(c, "select count(*) from unit")).as("the scope changed after the proof").isZero();
            c.rollback();
        }
    }

    @Test
    void theSettingsOfOneTransactionOpenNoOther() throws SQLException {
        try (Connection c = MigratedDatabase.asApplication()) {
            c.setAutoCommit(false);
            MigratedDatabase.beginNationalScope(c);
            String copied;
            try (var rs = c.createStatement().executeQuery("select 'select set_config(''app.scope'', ''' || current_setting('app.scope')"
                    + " || ''', true), set_config(''app.tenant_id'', '''', true), set_config(''app.merge_source'', '''', true),"
                    + " set_config(''app.scope_seal'', ''' || current_setting('app.scope_seal') || ''', true)'")) {
                rs.next();
                copied = rs.getString(1);
            }
            c.commit();
            c.createStatement().execute(copied);
            assertThat(count(c, "select count(*) from unit")).as("a national transaction's settings, copied into the next").isZero();
            c.rollback();
        }
    }

    @Test
    void theKeyIsTheOwnersAlone() throws SQLException {
        for (var role : new String[] {"application", "administration"}) {
            try (Connection c = role.equals("application") ? MigratedDatabase.asApplication() : MigratedDatabase.asAdministration()) {
                assertThatThrownBy(() -> c.createStatement().executeQuery("select key from scope_secret.scope_key"))
                        .as(role).hasMessageContaining("permission denied");
                assertThatThrownBy(() -> c.createStatement().executeQuery("select scope_secret.sign('tenant')"))
                        .as(role).hasMessageContaining("permission denied");
            }
        }
    }

    @Test
    void erasureRewritesTheAuditOfTheErasedMemberOnlyAndWithItsProof() throws SQLException {
        try (Connection c = MigratedDatabase.asApplication()) {
            c.setAutoCommit(false);
            MigratedDatabase.beginTenantScope(c, THANH_HOA);
            UUID erased = UUID.fromString(single(c, "insert into member (tenant_id, full_name) values ('" + THANH_HOA
                    + "', 'Lê Văn Xoá') returning id::text"));
            UUID kept = UUID.fromString(single(c, "insert into member (tenant_id, full_name) values ('" + THANH_HOA
                    + "', 'Lê Văn Giữ') returning id::text"));
            for (UUID member : new UUID[] {erased, kept}) {
                c.createStatement().execute("insert into audit_event (tenant_id, actor, action, object_type, object_id, after) values ('"
                        + THANH_HOA + "', 'test', 'member.created', 'member', '" + member + "', '{\"full_name\": \"x\"}')");
            }
            c.commit();

            MigratedDatabase.beginTenantScope(c, THANH_HOA);
            c.createStatement().execute("select set_config('app.erasing', '" + kept + "', true)");
            assertThatThrownBy(() -> rewrite(c, kept)).as("the erasure announced by hand")
                    .hasMessageContaining("append-only");
            c.rollback();

            MigratedDatabase.beginTenantScope(c, THANH_HOA);
            assertThatThrownBy(() -> MigratedDatabase.beginErasure(c, THANH_HOA, kept)).as("a member who is not erased")
                    .hasMessageContaining("is not erased");
            c.rollback();

            MigratedDatabase.beginTenantScope(c, THANH_HOA);
            c.createStatement().execute("update member set status = 'ERASED', erased_at = now(), full_name = '—' where id = '" + erased + "'");
            String[] forKept = MigratedDatabase.proof("erasure|" + THANH_HOA + "|" + kept);
            assertThatThrownBy(() -> MigratedDatabase.call(c, "select begin_erasure(?, ?, ?)", erased.toString(), forKept[0], forKept[1]))
                    .as("another member's proof").hasMessageContaining("scope proof refused");
            c.rollback();

            MigratedDatabase.beginTenantScope(c, THANH_HOA);
            c.createStatement().execute("update member set status = 'ERASED', erased_at = now(), full_name = '—' where id = '" + erased + "'");
            MigratedDatabase.beginErasure(c, THANH_HOA, erased);
            assertThat(rewrite(c, erased)).as("the erased member's entries").isEqualTo(1);
            assertThatThrownBy(() -> rewrite(c, kept)).as("anyone else's").hasMessageContaining("append-only");
            c.rollback();

            MigratedDatabase.beginTenantScope(c, THANH_HOA);
            c.createStatement().execute("update member set status = 'ERASED', erased_at = now(), full_name = '—' where id = '" + erased + "'");
            MigratedDatabase.beginErasure(c, THANH_HOA, erased);
            String seal = single(c, "select current_setting('app.erasure_seal')");
            c.commit();
            MigratedDatabase.beginTenantScope(c, THANH_HOA);
            c.createStatement().execute("select set_config('app.erasing', '" + erased + "', true), set_config('app.erasure_seal', '" + seal + "', true)");
            assertThatThrownBy(() -> rewrite(c, erased)).as("an erasure's settings, copied into a later transaction")
                    .hasMessageContaining("append-only");
            c.rollback();

            MigratedDatabase.beginTenantScope(c, THANH_HOA);
            c.createStatement().execute("delete from member where id in ('" + erased + "', '" + kept + "')");
            c.commit();
        }
    }

    private static int rewrite(Connection c, UUID member) throws SQLException {
        return c.createStatement().executeUpdate("update audit_event set before = '{\"rewritten\": true}', after = '{\"rewritten\": true}'"
                + " where object_type = 'member' and object_id = '" + member + "'");
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
