package vn.vusta.platform.db;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vusta.platform.deploy.test.RealServices;

import java.sql.Connection;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A signed PDF once archived is never changed (issue 19): the application may add a version, not alter or remove one,
 * and the database refuses a PDF stored under another document's hash.
 */
@RealServices(keycloak = false)
class SignedDocumentsKeptWholeTest {

    @BeforeAll
    static void migrate() {
        MigratedDatabase.migrate();
    }

    @Test
    void theApplicationMayNotChangeOrRemoveAnArchivedPdf() throws SQLException {
        try (Connection c = MigratedDatabase.asApplication()) {
            c.setAutoCommit(false);
            MigratedDatabase.beginTenantScope(c, MigratedDatabase.HAI_PHONG);
            assertThatThrownBy(() -> c.createStatement().executeUpdate("update signed_document set pdf = pdf || '\\x00'::bytea"))
                    .hasMessageContaining("permission denied");
            c.rollback();
            MigratedDatabase.beginTenantScope(c, MigratedDatabase.HAI_PHONG);
            assertThatThrownBy(() -> c.createStatement().executeUpdate("delete from signed_document"))
                    .hasMessageContaining("permission denied");
            c.rollback();
        }
    }

    @Test
    void aPdfIsNotStoredUnderAnotherHash() throws SQLException {
        try (Connection c = MigratedDatabase.asApplication()) {
            c.setAutoCommit(false);
            MigratedDatabase.beginTenantScope(c, MigratedDatabase.HAI_PHONG);
            assertThatThrownBy(() -> c.createStatement().executeUpdate("""
                    insert into signed_document (tenant_id, report_id, version, kind, file_name, pdf, sha256, signatures,
                                                 verified_at, stored_by)
                    select tenant_id, report_id, 99, 'UPLOADED', 'x.pdf', '%PDF-1.7 another'::bytea, sha256, '[]', now(), 'x'
                    from signed_document limit 1"""))
                    .hasMessageContaining("signed_document_hash_matches");
            c.rollback();
        }
    }
}
