-- The audit log: every write of the platform, append-only. Who, when, which tenant, what, before and after.

create table audit_event (
    tenant_id   uuid        not null,
    id          uuid        not null default uuidv7(),
    occurred_at timestamptz not null default clock_timestamp(),
    actor       text        not null,
    action      text        not null,
    object_type text        not null,
    object_id   text,
    before      jsonb,
    after       jsonb,
    -- No foreign key to tenant: the record that a tenant existed outlives the tenant.
    constraint audit_event_pkey primary key (tenant_id, id),
    constraint audit_event_action_format check (action ~ '^[a-z][a-z-]*\.[a-z-]+$'),
    constraint audit_event_actor_present check (length(btrim(actor)) > 0)
);

create index audit_event_by_time on audit_event (tenant_id, occurred_at desc);

call enable_tenant_isolation('audit_event');
grant select, insert on audit_event to ${app_role};

-- Append-only for every role, the owner included.
create function refuse_audit_change() returns trigger
    language plpgsql
as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_append_only
    before update or delete on audit_event
    for each row execute function refuse_audit_change();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function refuse_audit_change();
