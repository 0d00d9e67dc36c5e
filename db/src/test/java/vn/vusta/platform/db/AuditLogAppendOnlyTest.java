package vn.vusta.platform.db;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vusta.platform.deploy.test.RealServices;

import java.sql.Connection;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Nobody changes or removes an audit entry, the schema owner included. */
@RealServices(keycloak = false)
class AuditLogAppendOnlyTest {

    @BeforeAll
    static void migrate() {
        MigratedDatabase.migrate();
    }

    @Test
    void theApplicationMayNotChangeOrRemoveEntries() throws SQLException {
        try (Connection c = MigratedDatabase.asApplication()) {
            c.setAutoCommit(false);
            MigratedDatabase.beginTenantScope(c, MigratedDatabase.THANH_HOA);
            assertThatThrownBy(() -> c.createStatement().executeUpdate("update audit_event set actor = 'someone else'"))
                    .hasMessageContaining("permission denied");
            c.rollback();
            MigratedDatabase.beginTenantScope(c, MigratedDatabase.THANH_HOA);
            assertThatThrownBy(() -> c.createStatement().executeUpdate("delete from audit_event"))
                    .hasMessageContaining("permission denied");
            c.rollback();
        }
    }

    @Test
    void theOwnerMayNotEither() throws SQLException {
        try (Connection c = MigratedDatabase.asOwner()) {
            c.setAutoCommit(false);
            c.createStatement().execute("select begin_tenant_scope('" + MigratedDatabase.THANH_HOA + "')");
            assertThatThrownBy(() -> c.createStatement().executeUpdate("update audit_event set actor = 'someone else'"))
                    .hasMessageContaining("audit_event is append-only: UPDATE refused");
            c.rollback();
            c.createStatement().execute("select begin_tenant_scope('" + MigratedDatabase.THANH_HOA + "')");
            assertThatThrownBy(() -> c.createStatement().executeUpdate("delete from audit_event"))
                    .hasMessageContaining("audit_event is append-only: DELETE refused");
            c.rollback();
            assertThatThrownBy(() -> c.createStatement().execute("truncate audit_event"))
                    .hasMessageContaining("audit_event is append-only: TRUNCATE refused");
            c.rollback();
        }
    }
}
