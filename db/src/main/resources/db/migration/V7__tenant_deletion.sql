-- tenant-admin removes a deleted tenant's data, in that tenant's scope. Every tenant-owned table made from now on
-- grants the same to it through enable_tenant_isolation; the audit log stays append-only for everyone.
grant select, delete on unit, member_census to ${admin_role};
grant delete on tenant to ${admin_role};

create or replace procedure enable_tenant_isolation(target regclass)
    language plpgsql
as $$
begin
    execute format('alter table %s enable row level security', target);
    execute format('alter table %s force row level security', target);
    execute format('create policy tenant_isolation on %s for all '
                   'using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id())', target);
    execute format('create policy national_read on %s for select using (national_scope())', target);
    execute format('grant select, delete on %s to ${admin_role}', target);
end
$$;
