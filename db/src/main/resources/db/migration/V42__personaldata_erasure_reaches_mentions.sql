-- Retention and erasure (issue 20): a member's erasure also reaches the audit entries of other records that named
-- the member by id and copied the person's name beside it (an event's participants, a seat, a panel, a commendation's
-- recipient). As for the member's own entries (V28), only the transaction that erased the member, with the sealed
-- proof, may rewrite their before/after, and only of entries whose before or after holds the member's id; who, what,
-- when and which record stay as they were. The log stays append-only otherwise.
create or replace function refuse_audit_change() returns trigger
    language plpgsql security definer set search_path = pg_catalog, pg_temp
as $$
declare
    erasing text := nullif(current_setting('app.erasing', true), '');
begin
    if tg_op = 'UPDATE'
       and (new.tenant_id, new.id, new.occurred_at, new.actor, new.action, new.object_type, new.object_id)
           is not distinct from (old.tenant_id, old.id, old.occurred_at, old.actor, old.action, old.object_type, old.object_id)
       and old.tenant_id = public.current_tenant_id() then
        -- A member's erasure: the entries of that member, and those of other records that name the member's id.
        if erasing is not null
           and current_setting('app.erasure_seal', true) = scope_secret.seal('erasure|' || old.tenant_id || '|' || erasing)
           and ((old.object_type = 'member' and old.object_id = erasing)
                or strpos(coalesce(old.before::text, ''), erasing) > 0
                or strpos(coalesce(old.after::text, ''), erasing) > 0) then
            return new;
        end if;
        -- A tenant's deletion: every entry of that tenant.
        if old.tenant_id::text = nullif(current_setting('app.erasing_tenant', true), '')
           and current_setting('app.tenant_erasure_seal', true) = scope_secret.seal('tenant-erasure|' || old.tenant_id) then
            return new;
        end if;
    end if;
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;
