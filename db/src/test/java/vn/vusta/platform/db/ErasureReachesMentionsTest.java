package vn.vusta.platform.db;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vusta.platform.deploy.test.RealServices;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vusta.platform.db.MigratedDatabase.THANH_HOA;

/**
 * A member's erasure reaches the audit entries of other records that named the member by id (V42): in the erasing
 * transaction, with its proof, an event's entry that lists the member among its participants may be rewritten; an
 * entry that does not name the member may not, nor may any entry outside an erasure.
 */
@RealServices(keycloak = false)
class ErasureReachesMentionsTest {

    @BeforeAll
    static void migrate() {
        MigratedDatabase.migrate();
    }

    @Test
    void theErasureRewritesTheEntriesThatNameTheMemberAndNoOthers() throws SQLException {
        try (Connection c = MigratedDatabase.asApplication()) {
            c.setAutoCommit(false);
            MigratedDatabase.beginTenantScope(c, THANH_HOA);
            UUID erased = UUID.fromString(single(c, "insert into member (tenant_id, full_name) values ('" + THANH_HOA
                    + "', 'Lê Văn Nhắc') returning id::text"));
            String naming = UUID.randomUUID().toString();
            String other = UUID.randomUUID().toString();
            insertEvent(c, naming, "{\"participants\": [{\"memberId\": \"" + erased + "\", \"fullName\": \"Lê Văn Nhắc\"}]}");
            insertEvent(c, other, "{\"participants\": [{\"memberId\": \"" + UUID.randomUUID() + "\", \"fullName\": \"Lê Văn Khác\"}]}");
            c.commit();

            MigratedDatabase.beginTenantScope(c, THANH_HOA);
            assertThatThrownBy(() -> rewrite(c, naming)).as("outside an erasure").hasMessageContaining("append-only");
            c.rollback();

            MigratedDatabase.beginTenantScope(c, THANH_HOA);
            c.createStatement().execute("update member set status = 'ERASED', erased_at = now(), full_name = '—' where id = '" + erased + "'");
            MigratedDatabase.beginErasure(c, THANH_HOA, erased);
            assertThat(rewrite(c, naming)).as("the event's entry that names the member").isEqualTo(1);
            assertThatThrownBy(() -> rewrite(c, other)).as("an entry that does not name the member")
                    .hasMessageContaining("append-only");
            c.rollback();

            MigratedDatabase.beginTenantScope(c, THANH_HOA);
            c.createStatement().execute("update member set status = 'ERASED', erased_at = now(), full_name = '—' where id = '" + erased + "'");
            MigratedDatabase.beginErasure(c, THANH_HOA, erased);
            assertThatThrownBy(() -> c.createStatement().executeUpdate("update audit_event set action = 'event.changed'"
                    + " where object_id = '" + naming + "'")).as("who, what and when stay: the role may not even try")
                    .hasMessageContaining("permission denied");
            c.rollback();

            MigratedDatabase.beginTenantScope(c, THANH_HOA);
            c.createStatement().execute("delete from member where id = '" + erased + "'");
            c.commit();
        }
    }

    private static void insertEvent(Connection c, String eventId, String after) throws SQLException {
        c.createStatement().execute("insert into audit_event (tenant_id, actor, action, object_type, object_id, after) values ('"
                + THANH_HOA + "', 'test', 'event.created', 'event', '" + eventId + "', '" + after + "')");
    }

    private static int rewrite(Connection c, String eventId) throws SQLException {
        return c.createStatement().executeUpdate("update audit_event set before = null, after = '{\"erased\": true}'"
                + " where object_type = 'event' and object_id = '" + eventId + "'");
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
