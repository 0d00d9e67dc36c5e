package vn.vusta.platform.db;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vusta.platform.deploy.test.RealServices;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vusta.platform.db.MigratedDatabase.HAI_PHONG;
import static vn.vusta.platform.db.MigratedDatabase.THANH_HOA;

/**
 * What PostgreSQL itself lets the application's role do, with plain SQL: nothing without a tenant, nothing of
 * another tenant, and reading only in the national scope. Runs over every tenant-owned table there is.
 */
@RealServices(keycloak = false)
class RowLevelSecurityTest {

    private static List<String> tables;

    @BeforeAll
    static void migrate() throws SQLException {
        MigratedDatabase.migrate();
        try (Connection c = MigratedDatabase.asOwner()) {
            tables = MigratedDatabase.tenantTables(c);
        }
    }

    @Test
    void demoDataHasRowsOfTheOtherTenantInEveryTenantTable() throws SQLException {
        // The isolation tests here and the API's isolation harness aim at Hải Phòng's rows: they prove something
        // only where Hải Phòng has rows, so every tenant table needs some in the demo data.
        try (Connection c = MigratedDatabase.asApplication()) {
            c.setAutoCommit(false);
            beginTenantScope(c, HAI_PHONG);
            for (String table : tables) {
                assertThat(count(c, "select count(*) from " + table)).as("%s rows of Hải Phòng", table).isPositive();
            }
            c.rollback();
        }
    }

    @Test
    void withNoTenantSetEveryTenantTableIsEmpty() throws SQLException {
        try (Connection c = MigratedDatabase.asApplication()) {
            for (String table : tables) {
                assertThat(count(c, "select count(*) from " + table)).as(table).isZero();
            }
        }
    }

    @Test
    void aTenantReadsNoRowOfAnotherTenant() throws SQLException {
        try (Connection c = MigratedDatabase.asApplication()) {
            c.setAutoCommit(false);
            beginTenantScope(c, THANH_HOA);
            for (String table : tables) {
                assertThat(count(c, "select count(*) from " + table + " where tenant_id = '" + HAI_PHONG + "'")).as(table).isZero();
                assertThat(count(c, "select count(*) from " + table + " where tenant_id <> '" + THANH_HOA + "'")).as(table).isZero();
            }
            c.rollback();
        }
    }

    @Test
    void aTenantCannotInsertUpdateOrDeleteRowsOfAnotherTenant() throws SQLException {
        long haiPhongUnits = unitsOf(HAI_PHONG);
        try (Connection c = MigratedDatabase.asApplication()) {
            c.setAutoCommit(false);
            beginTenantScope(c, THANH_HOA);
            assertThat(c.createStatement().executeUpdate(
                    "update unit set name = 'Bị sửa' where tenant_id = '" + HAI_PHONG + "'")).isZero();
            assertThat(c.createStatement().executeUpdate(
                    "delete from unit where tenant_id = '" + HAI_PHONG + "'")).isZero();
            assertThat(c.createStatement().executeUpdate(
                    "delete from member_census where tenant_id = '" + HAI_PHONG + "'")).isZero();
            // Moving one's own row into another tenant is refused by WITH CHECK.
            assertThatThrownBy(() -> c.createStatement().executeUpdate(
                    "update unit set tenant_id = '" + HAI_PHONG + "' where tenant_id = '" + THANH_HOA + "'"))
                    .hasMessageContaining("row-level security");
            c.rollback();
            beginTenantScope(c, THANH_HOA);
            assertThatThrownBy(() -> c.createStatement().executeUpdate(
                    "insert into unit (tenant_id, name, kind) values ('" + HAI_PHONG + "', 'Hội cài cắm', 'MEMBER_ASSOCIATION')"))
                    .hasMessageContaining("row-level security");
            c.rollback();
        }
        assertThat(unitsOf(HAI_PHONG)).isEqualTo(haiPhongUnits);
    }

    @Test
    void theTenantSettingEndsWithTheTransaction() throws SQLException {
        try (Connection c = MigratedDatabase.asApplication()) {
            c.setAutoCommit(false);
            beginTenantScope(c, THANH_HOA);
            assertThat(count(c, "select count(*) from unit")).isPositive();
            c.commit();
            // The same pooled connection, next transaction: nothing until a tenant is set again.
            assertThat(count(c, "select count(*) from unit")).isZero();
            c.rollback();
        }
    }

    @Test
    void theNationalScopeReadsEveryTenantAndWritesNothing() throws SQLException {
        try (Connection c = MigratedDatabase.asApplication()) {
            c.setAutoCommit(false);
            MigratedDatabase.beginNationalScope(c);
            assertThat(count(c, "select count(distinct tenant_id) from unit")).isGreaterThanOrEqualTo(3);
            assertThat(c.createStatement().executeUpdate("update unit set name = name || '!'")).isZero();
            assertThat(c.createStatement().executeUpdate("delete from member_census")).isZero();
            assertThatThrownBy(() -> c.createStatement().executeUpdate(
                    "insert into unit (tenant_id, name, kind) values ('" + THANH_HOA + "', 'Hội quốc gia', 'MEMBER_ASSOCIATION')"))
                    .hasMessageContaining("row-level security");
            c.rollback();
        }
    }

    @Test
    void theApplicationRoleCannotChangeTheSchemaOrTheTenants() throws SQLException {
        try (Connection c = MigratedDatabase.asApplication()) {
            assertThatThrownBy(() -> c.createStatement().execute("alter table unit disable row level security"))
                    .hasMessageContaining("must be owner");
            assertThatThrownBy(() -> c.createStatement().execute("update tenant set status = 'ACTIVE'"))
                    .hasMessageContaining("permission denied");
        }
    }

    private static long unitsOf(UUID tenant) throws SQLException {
        try (Connection c = MigratedDatabase.asApplication()) {
            c.setAutoCommit(false);
            beginTenantScope(c, tenant);
            long units = count(c, "select count(*) from unit");
            c.rollback();
            return units;
        }
    }

    private static void beginTenantScope(Connection c, UUID tenant) throws SQLException {
        MigratedDatabase.beginTenantScope(c, tenant);
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
