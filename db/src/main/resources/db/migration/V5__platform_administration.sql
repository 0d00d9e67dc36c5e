-- The role of tenant-admin, the IT administrators' application. Like the application's role it owns nothing and
-- cannot bypass row-level security; unlike it, it may change the tenant directory. What it writes in a tenant's
-- tables (the audit log, for now) it writes in that tenant's scope.
grant select, insert, update on tenant to ${admin_role};
grant select on province, former_province to ${admin_role};
grant select, insert on audit_event to ${admin_role};
