package vn.vusta.platform.db;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import vn.vusta.platform.deploy.test.RealServices;

import java.sql.Connection;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A report's figures and text are locked once it leaves the draft (V22, V27): the application's role can change
 * them only while the report is a draft or returned, whatever the application asks; the IT administrators' role,
 * which moves whole tenants, copies a locked report as it is. On the demo's reports of Thanh Hóa: the half-year
 * 2021 accepted, the 10 months returned.
 */
@RealServices(keycloak = false)
class ReportLockTest {

    private static final String ACCEPTED = "0195d2a0-0038-7000-8050-000000000001";
    private static final String RETURNED = "0195d2a0-0038-7000-8050-000000000002";

    @BeforeAll
    static void migrate() {
        MigratedDatabase.migrate();
    }

    @Test
    void theApplicationCannotChangeAnAcceptedReportsFiguresOrText() throws SQLException {
        try (Connection c = MigratedDatabase.asApplication()) {
            c.setAutoCommit(false);
            MigratedDatabase.beginTenantScope(c, MigratedDatabase.THANH_HOA);
            assertThatThrownBy(() -> c.createStatement().executeUpdate(
                    "update report_value set entered_value = 1, reason = 'x', entered_at = now() where report_id = '" + ACCEPTED + "'"))
                    .hasMessageContaining("is ACCEPTED and cannot be changed")
                    .isInstanceOfSatisfying(PSQLException.class, e -> {
                        assertThat(e.getSQLState()).isEqualTo("55000");
                        assertThat(e.getServerErrorMessage().getConstraint()).as("what the application translates").isEqualTo("report_locked");
                    });
            c.rollback();
            MigratedDatabase.beginTenantScope(c, MigratedDatabase.THANH_HOA);
            assertThatThrownBy(() -> c.createStatement().executeUpdate(
                    "delete from report_section where report_id = '" + ACCEPTED + "'")).hasMessageContaining("cannot be changed");
            c.rollback();
            MigratedDatabase.beginTenantScope(c, MigratedDatabase.THANH_HOA);
            assertThat(c.createStatement().executeUpdate("update report_section set body_html = '<p>Sửa</p>' where report_id = '"
                    + RETURNED + "'")).as("a returned report is revised").isEqualTo(1);
            c.rollback();
        }
    }

    @Test
    void theAdministratorsRoleCopiesALockedReportAsItIs() throws SQLException {
        try (Connection c = MigratedDatabase.asAdministration()) {
            c.setAutoCommit(false);
            MigratedDatabase.beginTenantScope(c, MigratedDatabase.THANH_HOA);
            assertThat(c.createStatement().executeUpdate("delete from report_value where report_id = '" + ACCEPTED + "'"))
                    .as("removed with its tenant, as a merge removes the source's rows").isPositive();
            c.rollback();
        }
    }
}
