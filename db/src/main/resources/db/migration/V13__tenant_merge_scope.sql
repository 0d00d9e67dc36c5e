-- Merging a tenant (V9) set-based: one INSERT … SELECT per table copies the source's rows into the target, so the
-- merge's transaction must read the source while it writes the target. Row-level security stays in charge:
-- begin_tenant_merge announces the merge, makes the target the transaction's tenant (every command confined to it,
-- as always) and lets tenant-admin's role, and no other, also read the source. Only a tenant whose province became
-- part of the target's on 1 July 2025 can be announced. begin_tenant_scope (app.scope back to 'tenant') ends it.

-- The source of the merge the current transaction announced, or null.
create function merge_source_id() returns uuid
    language sql stable
as $$ select case when current_setting('app.scope', true) = 'merge'
                  then nullif(current_setting('app.merge_source', true), '')::uuid end $$;

create function begin_tenant_merge(source uuid, target uuid) returns void
    language plpgsql volatile
as $$
begin
    if not exists (select 1
                   from tenant s
                   join former_province f on f.code = s.province_code
                   join tenant t on t.province_code = f.province_code
                   where s.id = source and t.id = target and s.id <> t.id
                     and s.status <> 'MERGED' and t.status = 'ACTIVE') then
        raise exception 'tenant % cannot be merged into tenant %', source, target
            using errcode = 'insufficient_privilege';
    end if;
    perform set_config('app.tenant_id', target::text, true);
    perform set_config('app.merge_source', source::text, true);
    perform set_config('app.scope', 'merge', true);
end
$$;

revoke execute on function begin_tenant_merge(uuid, uuid) from public;
grant execute on function begin_tenant_merge(uuid, uuid) to ${admin_role};

-- V8's isolation, plus the merge's read of the source for every tenant-owned table made from now on. The source is
-- a subquery so that PostgreSQL works it out once per statement, not once per row.
create or replace procedure enable_tenant_isolation(target regclass)
    language plpgsql
as $$
begin
    execute format('alter table %s enable row level security', target);
    execute format('alter table %s force row level security', target);
    execute format('create policy tenant_isolation on %s for all '
                   'using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id())', target);
    execute format('create policy national_read on %s for select using (national_scope())', target);
    execute format('grant select, insert, delete on %s to ${admin_role}', target);
    execute format('create policy merge_read on %s for select to ${admin_role} using (tenant_id = (select merge_source_id()))', target);
end
$$;

-- The tenant-owned tables made so far (found, not listed: later migrations may have added some); the audit log is
-- never merged.
do $$
declare
    tenant_table regclass;
begin
    for tenant_table in
        select c.oid::regclass
        from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') and c.relrowsecurity and c.relname <> 'audit_event'
          and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
          and not exists (select 1 from pg_policy p where p.polrelid = c.oid and p.polname = 'merge_read')
    loop
        execute format('create policy merge_read on %s for select to ${admin_role} using (tenant_id = (select merge_source_id()))',
                       tenant_table);
    end loop;
end
$$;
