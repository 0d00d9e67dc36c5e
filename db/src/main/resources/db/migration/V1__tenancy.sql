-- Tenancy: the tenants (provincial unions) and the row-level security every tenant-owned table uses.
-- Flyway runs as the owner of the schema; the application connects as ${app_role}, which owns nothing and
-- cannot bypass row-level security.

-- A provincial union (Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh/thành phố): one tenant of the platform.
create table tenant (
    id            uuid        not null default uuidv7(),
    code          text        not null,
    province_code text        not null,
    name          text        not null,
    status        text        not null default 'ACTIVE',
    created_at    timestamptz not null default now(),
    constraint tenant_pkey primary key (id),
    constraint tenant_code_key unique (code),
    constraint tenant_code_format check (code ~ '^[a-z][a-z0-9-]{1,62}$'),
    constraint tenant_province_code_format check (province_code ~ '^[0-9]{2}$'),
    constraint tenant_name_present check (length(btrim(name)) > 0),
    constraint tenant_status_known check (status in ('ACTIVE', 'SUSPENDED', 'MERGED'))
);

grant select on tenant to ${app_role};

-- The tenant of the current transaction, or null: policies compare with it, so no tenant means no rows.
create function current_tenant_id() returns uuid
    language sql stable
as $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;

-- True in a transaction of the national union's reviewers, which read every tenant and write none.
create function national_scope() returns boolean
    language sql stable
as $$ select coalesce(current_setting('app.scope', true), '') = 'national' $$;

-- Called by the application as the first statement of each transaction, with the tenant of the authenticated
-- principal. The settings are local to the transaction, so they cannot leak to the next user of a pooled
-- connection.
create function begin_tenant_scope(tenant uuid) returns void
    language plpgsql volatile
as $$
begin
    if tenant is null then
        raise exception 'begin_tenant_scope needs a tenant';
    end if;
    perform set_config('app.tenant_id', tenant::text, true);
    perform set_config('app.scope', 'tenant', true);
end
$$;

create function begin_national_scope() returns void
    language plpgsql volatile
as $$
begin
    perform set_config('app.tenant_id', '', true);
    perform set_config('app.scope', 'national', true);
end
$$;

-- Makes a table tenant-owned: row-level security enabled and forced (the owner too), a policy that confines
-- every command to the current tenant (USING and WITH CHECK), and a read-only policy for the national scope.
-- Every migration that adds a tenant-owned table calls it; a test over pg_catalog fails for a table that
-- does not.
create procedure enable_tenant_isolation(target regclass)
    language plpgsql
as $$
begin
    execute format('alter table %s enable row level security', target);
    execute format('alter table %s force row level security', target);
    execute format('create policy tenant_isolation on %s for all '
                   'using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id())', target);
    execute format('create policy national_read on %s for select using (national_scope())', target);
end
$$;
