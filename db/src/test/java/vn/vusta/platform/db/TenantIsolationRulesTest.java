package vn.vusta.platform.db;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.RealServices;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of tenancy, read from pg_catalog for every table there is: a table added by a later migration
 * without them fails here, with no new test code.
 */
@RealServices(keycloak = false)
class TenantIsolationRulesTest {

    @BeforeAll
    static void migrate() {
        MigratedDatabase.migrate();
    }

    @ParameterizedTest
    @ValueSource(strings = {LocalCredentials.APP_ROLE, LocalCredentials.ADMIN_ROLE})
    void applicationRolesOwnNothingAndCannotBypassRowLevelSecurity(String role) throws SQLException {
        try (Connection c = MigratedDatabase.asOwner()) {
            try (var rs = c.createStatement().executeQuery("""
                    select rolsuper, rolbypassrls, rolcreaterole, rolcreatedb from pg_roles where rolname = '%s'"""
                    .formatted(role))) {
                assertThat(rs.next()).as("the role exists").isTrue();
                assertThat(rs.getBoolean("rolsuper")).as("superuser").isFalse();
                assertThat(rs.getBoolean("rolbypassrls")).as("BYPASSRLS").isFalse();
                assertThat(rs.getBoolean("rolcreaterole")).as("CREATEROLE").isFalse();
                assertThat(rs.getBoolean("rolcreatedb")).as("CREATEDB").isFalse();
            }
            assertThat(objectsOwnedBy(c, role)).as("objects owned by " + role).isEmpty();
        }
    }

    @Test
    void everyTenantTableFollowsTheRules() throws SQLException {
        try (Connection c = MigratedDatabase.asOwner()) {
            List<String> tables = MigratedDatabase.tenantTables(c);
            assertThat(tables).as("tenant-owned tables").contains("unit", "member_census");
            assertThat(violations(c)).isEmpty();
        }
    }

    /** The rules are worth something only if a table that breaks them is caught. */
    @Test
    void aTableThatBreaksTheRulesIsCaught() throws SQLException {
        try (Connection c = MigratedDatabase.asOwner()) {
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                s.execute("create table careless (tenant_id uuid not null, id uuid primary key, code text unique, "
                        + "unit_id uuid references careless (id), province_code text references province (code))");
                s.execute("create table half_protected (tenant_id uuid not null, id uuid, primary key (tenant_id, id))");
                s.execute("alter table half_protected enable row level security");
                // Confined, but the tenant worked out again for every row.
                s.execute("create table per_row (tenant_id uuid not null, id uuid, primary key (tenant_id, id))");
                s.execute("alter table per_row enable row level security");
                s.execute("alter table per_row force row level security");
                s.execute("create policy tenant_isolation on per_row using (tenant_id = current_tenant_id()) "
                        + "with check (tenant_id = current_tenant_id())");
                assertThat(violations(c)).containsExactlyInAnyOrder(
                        "careless: row-level security is not enabled",
                        "careless: row-level security is not forced",
                        "careless: no policy confines every command to app.tenant_id, worked out once per statement, with USING and WITH CHECK",
                        "careless: primary key careless_pkey lacks tenant_id",
                        "careless: unique key careless_code_key lacks tenant_id",
                        "careless: foreign key careless_unit_id_fkey lacks tenant_id",
                        "half_protected: row-level security is not forced",
                        "half_protected: no policy confines every command to app.tenant_id, worked out once per statement, with USING and WITH CHECK",
                        "per_row: no policy confines every command to app.tenant_id, worked out once per statement, with USING and WITH CHECK");
            } finally {
                c.rollback();
            }
        }
    }

    static List<String> violations(Connection c) throws SQLException {
        var violations = new ArrayList<String>();
        for (String table : MigratedDatabase.tenantTables(c)) {
            try (var rs = c.createStatement().executeQuery("""
                    select relrowsecurity, relforcerowsecurity from pg_class where oid = 'public.%s'::regclass"""
                    .formatted(table))) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    violations.add(table + ": row-level security is not enabled");
                }
                if (!rs.getBoolean(2)) {
                    violations.add(table + ": row-level security is not forced");
                }
            }
            try (var rs = c.createStatement().executeQuery("""
                    select count(*) from pg_policies
                    where schemaname = 'public' and tablename = '%s' and cmd = 'ALL' and permissive = 'PERMISSIVE'
                      and qual = '(tenant_id = ( SELECT current_tenant_id() AS current_tenant_id))'
                      and with_check = '(tenant_id = ( SELECT current_tenant_id() AS current_tenant_id))'""".formatted(table))) {
                rs.next();
                if (rs.getInt(1) == 0) {
                    violations.add(table + ": no policy confines every command to app.tenant_id, worked out once per statement, "
                            + "with USING and WITH CHECK");
                }
            }
            try (var rs = c.createStatement().executeQuery("""
                    select co.conname, co.contype, (select count(*) from pg_attribute a
                        where a.attrelid = co.conrelid and a.attnum = any (co.conkey) and a.attname = 'tenant_id') as has_tenant
                    from pg_constraint co
                    where co.conrelid = 'public.%s'::regclass and co.contype in ('p', 'u', 'f')
                      -- A reference to shared reference data (provinces, fields of science) has no tenant to carry.
                      and not (co.contype = 'f' and not exists (select 1 from pg_attribute r
                          where r.attrelid = co.confrelid and r.attname = 'tenant_id' and not r.attisdropped))
                    order by co.conname""".formatted(table))) {
                while (rs.next()) {
                    if (rs.getInt("has_tenant") == 0) {
                        String kind = switch (rs.getString("contype")) {
                            case "p" -> "primary key";
                            case "u" -> "unique key";
                            default -> "foreign key";
                        };
                        violations.add(table + ": " + kind + " " + rs.getString("conname") + " lacks tenant_id");
                    }
                }
            }
            // Unique indexes made without a constraint are keys too.
            try (var rs = c.createStatement().executeQuery("""
                    select i.indexrelid::regclass::text as name from pg_index i
                    where i.indrelid = 'public.%s'::regclass and i.indisunique
                      and not exists (select 1 from pg_constraint co where co.conindid = i.indexrelid)
                      and not exists (select 1 from pg_attribute a where a.attrelid = i.indrelid
                                      and a.attnum = any (i.indkey) and a.attname = 'tenant_id')"""
                    .formatted(table))) {
                while (rs.next()) {
                    violations.add(table + ": unique index " + rs.getString("name") + " lacks tenant_id");
                }
            }
        }
        return violations;
    }

    private static List<String> objectsOwnedBy(Connection c, String role) throws SQLException {
        var owned = new ArrayList<String>();
        try (var rs = c.createStatement().executeQuery("""
                select 'relation ' || relname from pg_class where relowner = (select oid from pg_roles where rolname = '%1$s')
                union all select 'function ' || proname from pg_proc where proowner = (select oid from pg_roles where rolname = '%1$s')
                union all select 'schema ' || nspname from pg_namespace where nspowner = (select oid from pg_roles where rolname = '%1$s')
                union all select 'type ' || typname from pg_type where typowner = (select oid from pg_roles where rolname = '%1$s')
                """.formatted(role))) {
            while (rs.next()) {
                owned.add(rs.getString(1));
            }
        }
        return owned;
    }
}
