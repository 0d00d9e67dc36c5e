package vn.vusta.platform.db;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.RealServices;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vusta.platform.db.MigratedDatabase.HAI_PHONG;
import static vn.vusta.platform.db.MigratedDatabase.THANH_HOA;

/**
 * The merge's scope (V13): announced by begin_tenant_merge, it lets tenant-admin's role read the source while every
 * write stays confined to the target; nobody else gets it, and only for a province that merged into the target's.
 */
@RealServices(keycloak = false)
class MergeScopeTest {

    /** A union of Hải Dương, which became part of Hải Phòng on 1 July 2025. */
    private static final UUID HAI_DUONG = UUID.fromString("0195d2a0-0000-7000-8000-0000000000d0");

    @BeforeAll
    static void aUnionOfHaiDuongWithAUnit() throws SQLException {
        MigratedDatabase.migrate();
        try (Connection c = MigratedDatabase.asOwner()) {
            c.setAutoCommit(false);
            c.createStatement().execute("insert into tenant (id, code, province_code, name) values ('" + HAI_DUONG
                    + "', 'hai-duong-scope', '30', 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hải Dương')");
            c.createStatement().execute("select begin_tenant_scope('" + HAI_DUONG + "')");
            c.createStatement().execute("insert into unit (tenant_id, name, kind) values ('" + HAI_DUONG
                    + "', 'Hội Kỹ sư tỉnh Hải Dương', 'MEMBER_ASSOCIATION')");
            c.commit();
        }
    }

    @AfterAll
    static void removeIt() throws SQLException {
        try (Connection c = MigratedDatabase.asOwner()) {
            c.setAutoCommit(false);
            c.createStatement().execute("select begin_tenant_scope('" + HAI_DUONG + "')");
            c.createStatement().execute("delete from unit where tenant_id = '" + HAI_DUONG + "'");
            c.createStatement().execute("delete from tenant where id = '" + HAI_DUONG + "'");
            c.commit();
        }
    }

    @Test
    void tenantAdminReadsTheSourceAndWritesOnlyTheTarget() throws SQLException {
        try (Connection c = MigratedDatabase.asAdministration()) {
            c.setAutoCommit(false);
            beginMerge(c, HAI_DUONG, HAI_PHONG);
            assertThat(count(c, "select count(*) from unit where tenant_id = '" + HAI_DUONG + "'")).isEqualTo(1);
            assertThat(count(c, "select count(*) from unit where tenant_id = '" + HAI_PHONG + "'")).isPositive();
            assertThat(count(c, "select count(*) from unit where tenant_id not in ('" + HAI_DUONG + "', '" + HAI_PHONG + "')"))
                    .as("a third tenant").isZero();
            assertThat(c.createStatement().executeUpdate("delete from unit where tenant_id = '" + HAI_DUONG + "'"))
                    .as("the source is read, not changed").isZero();
            assertThat(c.createStatement().executeUpdate("insert into unit (tenant_id, name, kind) select '" + HAI_PHONG
                    + "', name || ' (Hải Dương)', kind from unit where tenant_id = '" + HAI_DUONG + "'"))
                    .as("copied into the target").isEqualTo(1);
            assertThatThrownBy(() -> c.createStatement().executeUpdate("insert into unit (tenant_id, name, kind) values ('"
                    + HAI_DUONG + "', 'Hội mới', 'MEMBER_ASSOCIATION')")).hasMessageContaining("row-level security");
            c.rollback();

            beginMerge(c, HAI_DUONG, HAI_PHONG);
            MigratedDatabase.beginTenantScope(c, HAI_PHONG);
            assertThat(count(c, "select count(*) from unit where tenant_id = '" + HAI_DUONG + "'"))
                    .as("begin_tenant_scope ends the merge").isZero();
            c.rollback();
            assertThat(count(c, "select count(*) from unit")).as("and so does the end of the transaction").isZero();
        }
    }

    @Test
    void onlyAProvinceThatMergedIntoTheTargetsIsAnnounced() throws SQLException {
        try (Connection c = MigratedDatabase.asAdministration()) {
            c.setAutoCommit(false);
            assertThatThrownBy(() -> beginMerge(c, THANH_HOA, HAI_PHONG)).hasMessageContaining("cannot be merged");
            c.rollback();
            assertThatThrownBy(() -> beginMerge(c, HAI_PHONG, HAI_PHONG)).hasMessageContaining("cannot be merged");
            c.rollback();
        }
    }

    @Test
    void theApplicationsRoleCannotAnnounceAMergeNorReadThroughOne() throws SQLException {
        try (Connection c = MigratedDatabase.asApplication()) {
            c.setAutoCommit(false);
            assertThatThrownBy(() -> beginMerge(c, HAI_DUONG, HAI_PHONG)).hasMessageContaining("permission denied");
            c.rollback();
            // Even with the settings made by hand, the policy is tenant-admin's only.
            c.createStatement().execute("select set_config('app.tenant_id', '" + HAI_PHONG + "', true), "
                    + "set_config('app.merge_source', '" + HAI_DUONG + "', true), set_config('app.scope', 'merge', true)");
            assertThat(count(c, "select count(*) from unit where tenant_id = '" + HAI_DUONG + "'")).isZero();
            c.rollback();
        }
    }

    @Test
    void tenantAdminsRoleReachesTheMergeScopeOnlyThroughBeginTenantMergeWithItsProof() throws SQLException {
        try (Connection c = MigratedDatabase.asAdministration()) {
            c.setAutoCommit(false);
            c.createStatement().execute("select set_config('app.tenant_id', '" + HAI_PHONG + "', true), "
                    + "set_config('app.merge_source', '" + HAI_DUONG + "', true), set_config('app.scope', 'merge', true)");
            assertThat(count(c, "select count(*) from unit where tenant_id = '" + HAI_DUONG + "'")).as("set by hand").isZero();
            assertThat(count(c, "select count(*) from unit")).isZero();
            c.rollback();

            MigratedDatabase.beginTenantScope(c, HAI_PHONG);
            c.createStatement().execute("select set_config('app.merge_source', '" + HAI_DUONG + "', true), set_config('app.scope', 'merge', true)");
            assertThat(count(c, "select count(*) from unit where tenant_id = '" + HAI_DUONG + "'"))
                    .as("a proven tenant scope turned into a merge by hand").isZero();
            c.rollback();

            String[] otherPair = MigratedDatabase.proof("merge|" + THANH_HOA + "|" + HAI_PHONG);
            assertThatThrownBy(() -> MigratedDatabase.call(c, "select begin_tenant_merge(?::uuid, ?::uuid, ?, ?)",
                    HAI_DUONG.toString(), HAI_PHONG.toString(), otherPair[0], otherPair[1]))
                    .as("another pair's proof").hasMessageContaining("scope proof refused");
            c.rollback();
            assertThatThrownBy(() -> MigratedDatabase.call(c, "select begin_tenant_merge(?::uuid, ?::uuid, ?, ?)",
                    HAI_DUONG.toString(), HAI_PHONG.toString(), "1.abc", "00")).hasMessageContaining("scope proof refused");
            c.rollback();
        }
    }

    @Test
    void everyTenantTableButTheAuditLogLetsAMergeReadItsSource() throws SQLException {
        try (Connection c = MigratedDatabase.asOwner()) {
            List<String> tables = MigratedDatabase.tenantTables(c);
            for (String table : tables) {
                long policies = count(c, "select count(*) from pg_policies where schemaname = 'public' and tablename = '"
                        + table + "' and policyname = 'merge_read' and cmd = 'SELECT' and roles = '{" + LocalCredentials.ADMIN_ROLE
                        + "}' and qual like '%tenant_id = ( SELECT merge_source_id()%'");
                assertThat(policies).as(table).isEqualTo(table.equals("audit_event") ? 0 : 1);
            }
        }
    }

    private static void beginMerge(Connection c, UUID source, UUID target) throws SQLException {
        MigratedDatabase.beginTenantMerge(c, source, target);
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
