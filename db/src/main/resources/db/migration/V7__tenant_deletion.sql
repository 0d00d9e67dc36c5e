-- tenant-admin removes a deleted tenant's data, in that tenant's scope (tables made later get the same grant
-- through enable_tenant_isolation, see V8); the audit log stays append-only for everyone.
grant select, delete on unit, member_census to ${admin_role};
grant delete on tenant to ${admin_role};
