-- tenant-admin restores an exported tenant into an empty one: it inserts rows, in that tenant's scope. Every
-- tenant-owned table made from now on grants tenant-admin what deletion (V7) and restoring need through
-- enable_tenant_isolation.
grant insert on unit, member_census to ${admin_role};

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
end
$$;
