-- Deleting a tenant (issue 15) keeps its audit log — who did what, when, to which record — but not the personal
-- data its entries hold: their before/after keep only identifiers, statuses, kinds, roles and times. As for a
-- member's erasure (V28), the log stays append-only otherwise: PostgreSQL lets one transaction rewrite the
-- before/after of one tenant's entries, once that tenant is deleted in it, with a proof only the application can
-- make: HMAC(key, "tenant-erasure|<tenant id>|<nonce>") for the transaction's (proven) tenant.

create function begin_tenant_erasure(nonce text, proof text) returns void
    language plpgsql volatile security definer set search_path = pg_catalog, pg_temp
as $$
declare
    erased uuid := public.current_tenant_id();
begin
    if erased is null or scope_secret.verified_scope() <> 'tenant' then
        raise exception 'a tenant erasure needs a tenant scope' using errcode = 'insufficient_privilege';
    end if;
    perform scope_secret.check_proof('tenant-erasure|' || erased, nonce, proof);
    if exists (select 1 from public.tenant t where t.id = erased) then
        raise exception 'tenant % is not deleted', erased using errcode = 'insufficient_privilege';
    end if;
    perform set_config('app.erasing_tenant', erased::text, true);
    perform set_config('app.tenant_erasure_seal', scope_secret.seal('tenant-erasure|' || erased), true);
end
$$;

revoke execute on function begin_tenant_erasure(text, text) from public;
grant execute on function begin_tenant_erasure(text, text) to ${admin_role};

-- What an entry's before/after keeps once its tenant is deleted: the keys that identify records or say their state,
-- never names, contacts, birth years or free text. Anything but a JSON object keeps nothing.
create function audit_details_without_persons(details jsonb) returns jsonb
    language sql immutable parallel safe
as $$
select case when jsonb_typeof(details) = 'object' then
    coalesce((select jsonb_object_agg(e.key, e.value)
              from jsonb_each(details) e
              where e.key ~ '^(id|status|kind|roles|rolesKept|organization|organizations|erased)$'
                 or e.key ~ '(_id|Id|_at|_on)$'), '{}'::jsonb)
end
$$;

create or replace function refuse_audit_change() returns trigger
    language plpgsql security definer set search_path = pg_catalog, pg_temp
as $$
begin
    if tg_op = 'UPDATE'
       and (new.tenant_id, new.id, new.occurred_at, new.actor, new.action, new.object_type, new.object_id)
           is not distinct from (old.tenant_id, old.id, old.occurred_at, old.actor, old.action, old.object_type, old.object_id)
       and old.tenant_id = public.current_tenant_id() then
        -- A member's erasure: the entries of that member.
        if old.object_type = 'member'
           and old.object_id = nullif(current_setting('app.erasing', true), '')
           and current_setting('app.erasure_seal', true) = scope_secret.seal('erasure|' || old.tenant_id || '|' || old.object_id) then
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

grant update (before, after) on audit_event to ${admin_role};

-- A refused or failed tenant operation is audited with its reason; when there is no tenant to log it under (an
-- unknown code, an onboarding refused before any tenant existed), in the national log.
grant insert on national_audit_event to ${admin_role};
