-- The database does not take the application's word for whose data a transaction may see (issue 13).
--
-- Until now the scope was three settings (app.scope, app.tenant_id, app.merge_source) that any SQL of the
-- application's role could set by hand with set_config: one injected statement could read every union. Now:
--
-- * The applications and PostgreSQL share a secret key (beforeMigrate: scope_secret.scope_key, readable by the
--   schema owner only). Each transaction of an application begins with begin_proven_tenant_scope(tenant, nonce,
--   proof) or begin_proven_national_scope(nonce, proof), where proof = HMAC-SHA256(key, "tenant|<id>|<nonce>") is
--   computed in Java and the nonce carries the time it was made (accepted for 2 minutes) and fresh randomness.
-- * Those functions (SECURITY DEFINER: they run as the owner, who can read the key) check the proof and seal the
--   settings: app.scope_seal = HMAC(key, scope, tenant, merge source, the backend's pid, the transaction's start).
-- * current_tenant_id(), national_scope() and merge_source_id(), which every policy evaluates once per statement,
--   return a scope only when the seal verifies. Settings made by hand, or copied from another transaction, give
--   none, hence no rows. The cost is one HMAC per policy subquery per statement.
-- * The schema owner (demo data, test fixtures) keeps begin_tenant_scope(uuid) and begin_national_scope(), which
--   seal without a proof; nobody else may execute them.
-- * Erasure (begin_erasure) and the merge (begin_tenant_merge) need their own proofs, and seal what they allow.
create extension if not exists pgcrypto schema extensions;

-- HMAC-SHA256 of a message with the scope key, in hex; null when there is no key, so nothing verifies. PL/pgSQL
-- rather than SQL here and below: a PL/pgSQL function is compiled once per session and keeps its plans, where a
-- SQL function that cannot be inlined is prepared again in every statement that calls it — and the policies call
-- these in every statement. Measured by ScopeProofBenchmark (a union of 200.000 members): with SQL functions a name
-- search took 1,26 times as long as with today's unverified functions; written so, 0,91 (the list as well).
create function scope_secret.sign(message text) returns text
    language plpgsql stable parallel restricted
as $$
declare
    secret bytea;
begin
    select k.key into secret from scope_secret.scope_key k;
    return pg_catalog.encode(extensions.hmac(pg_catalog.convert_to(message, 'UTF8'), secret, 'sha256'), 'hex');
end
$$;

-- The seal of a scope in this transaction of this backend: useless in any other transaction.
create function scope_secret.seal(what text) returns text
    language plpgsql stable parallel restricted
as $$
begin
    return scope_secret.sign(what || '|' || pg_catalog.pg_backend_pid() || '|' || extract(epoch from pg_catalog.now()));
end
$$;

-- The scope of this transaction if its seal verifies, else null.
create function scope_secret.verified_scope() returns text
    language plpgsql stable parallel restricted
as $$
declare
    scope text := pg_catalog.current_setting('app.scope', true);
begin
    if scope is null or scope = '' then
        return null;
    end if;
    if pg_catalog.current_setting('app.scope_seal', true) = scope_secret.seal(
           'scope|' || scope || '|' || coalesce(pg_catalog.current_setting('app.tenant_id', true), '')
           || '|' || coalesce(pg_catalog.current_setting('app.merge_source', true), '')) then
        return scope;
    end if;
    return null;
end
$$;

create function scope_secret.enter(scope text, tenant uuid, source uuid) returns void
    language plpgsql volatile
as $$
declare
    tenant_text text := coalesce(tenant::text, '');
    source_text text := coalesce(source::text, '');
begin
    perform pg_catalog.set_config('app.scope', scope, true);
    perform pg_catalog.set_config('app.tenant_id', tenant_text, true);
    perform pg_catalog.set_config('app.merge_source', source_text, true);
    perform pg_catalog.set_config('app.scope_seal', scope_secret.seal('scope|' || scope || '|' || tenant_text || '|' || source_text), true);
    -- A new scope ends an erasure.
    perform pg_catalog.set_config('app.erasing', '', true);
    perform pg_catalog.set_config('app.erasure_seal', '', true);
end
$$;

-- Refuses a proof that is not HMAC(key, message|nonce), or whose nonce ("<epoch seconds>.<random>") was not made
-- within 2 minutes of now: a proof seen once (in a log) does not open the scope for ever.
create function scope_secret.check_proof(message text, nonce text, proof text) returns void
    language plpgsql stable
as $$
declare
    issued numeric := case when nonce ~ '^[0-9]{1,12}\.[A-Za-z0-9_-]{16,64}$' then split_part(nonce, '.', 1)::numeric end;
begin
    if issued is null or abs(extract(epoch from statement_timestamp()) - issued) > 120
       or proof is distinct from scope_secret.sign(message || '|' || nonce) then
        raise exception 'scope proof refused' using errcode = 'insufficient_privilege';
    end if;
end
$$;

revoke all on all functions in schema scope_secret from public;

-- What the policies read. SECURITY DEFINER to read the key; search_path fixed with pg_temp last, so that no
-- temporary object of the caller stands in for anything they name.
-- A function cannot be both LANGUAGE sql and inlined once it is SECURITY DEFINER, so these are PL/pgSQL too.
create or replace function current_tenant_id() returns uuid
    language plpgsql stable security definer parallel restricted set search_path = pg_catalog, pg_temp
as $$
declare
    scope text := current_setting('app.scope', true);
    tenant text := current_setting('app.tenant_id', true);
    secret bytea;
begin
    if scope is null or scope not in ('tenant', 'merge') or tenant is null or tenant = '' then
        return null;
    end if;
    -- scope_secret.verified_scope() written out: this one is called in every statement, for every table.
    select k.key into secret from scope_secret.scope_key k;
    if current_setting('app.scope_seal', true) = encode(extensions.hmac(convert_to(
           'scope|' || scope || '|' || tenant || '|' || coalesce(current_setting('app.merge_source', true), '')
           || '|' || pg_backend_pid() || '|' || extract(epoch from now()), 'UTF8'), secret, 'sha256'), 'hex') then
        return tenant::uuid;
    end if;
    return null;
end
$$;

create or replace function national_scope() returns boolean
    language plpgsql stable security definer parallel restricted set search_path = pg_catalog, pg_temp
as $$
begin
    -- Checked only when claimed: every statement of a tenant's transaction asks too.
    if current_setting('app.scope', true) = 'national' then
        return coalesce(scope_secret.verified_scope() = 'national', false);
    end if;
    return false;
end
$$;

create or replace function merge_source_id() returns uuid
    language plpgsql stable security definer parallel restricted set search_path = pg_catalog, pg_temp
as $$
begin
    if current_setting('app.scope', true) = 'merge' and scope_secret.verified_scope() = 'merge' then
        return nullif(current_setting('app.merge_source', true), '')::uuid;
    end if;
    return null;
end
$$;

-- The schema owner's scopes, without a proof (the owner holds the key anyway): demo data and test fixtures.
create or replace function begin_tenant_scope(tenant uuid) returns void
    language plpgsql volatile set search_path = pg_catalog, pg_temp
as $$
begin
    if tenant is null then
        raise exception 'begin_tenant_scope needs a tenant';
    end if;
    perform scope_secret.enter('tenant', tenant, null);
end
$$;

create or replace function begin_national_scope() returns void
    language plpgsql volatile set search_path = pg_catalog, pg_temp
as $$
begin
    perform scope_secret.enter('national', null, null);
end
$$;

revoke execute on function begin_tenant_scope(uuid), begin_national_scope() from public;

-- The applications' scopes: proof = HMAC(key, "tenant|<tenant id>|<nonce>") or HMAC(key, "national|<nonce>").
create function begin_proven_tenant_scope(tenant uuid, nonce text, proof text) returns void
    language plpgsql volatile security definer set search_path = pg_catalog, pg_temp
as $$
begin
    if tenant is null then
        raise exception 'begin_proven_tenant_scope needs a tenant';
    end if;
    perform scope_secret.check_proof('tenant|' || tenant, nonce, proof);
    perform scope_secret.enter('tenant', tenant, null);
end
$$;

create function begin_proven_national_scope(nonce text, proof text) returns void
    language plpgsql volatile security definer set search_path = pg_catalog, pg_temp
as $$
begin
    perform scope_secret.check_proof('national', nonce, proof);
    perform scope_secret.enter('national', null, null);
end
$$;

revoke execute on function begin_proven_tenant_scope(uuid, text, text), begin_proven_national_scope(text, text) from public;
grant execute on function begin_proven_tenant_scope(uuid, text, text), begin_proven_national_scope(text, text)
    to ${app_role}, ${admin_role};

-- Erasing a member rewrites the before/after of the member's audit entries, in the transaction that erased them and
-- nowhere else: proof = HMAC(key, "erasure|<tenant id>|<member id>|<nonce>") for the transaction's (proven) tenant,
-- and only once the member is erased.
drop function begin_erasure(text);

create function begin_erasure(object_id text, nonce text, proof text) returns void
    language plpgsql volatile security definer set search_path = pg_catalog, pg_temp
as $$
declare
    tenant uuid := public.current_tenant_id();
begin
    if tenant is null or scope_secret.verified_scope() <> 'tenant' then
        raise exception 'an erasure needs a tenant scope' using errcode = 'insufficient_privilege';
    end if;
    perform scope_secret.check_proof('erasure|' || tenant || '|' || object_id, nonce, proof);
    if object_id !~ '^[0-9a-f-]{36}$' or not exists (select 1 from public.member m
                   where m.tenant_id = tenant and m.id = object_id::uuid and m.status = 'ERASED') then
        raise exception 'member % is not erased', object_id using errcode = 'insufficient_privilege';
    end if;
    perform set_config('app.erasing', object_id, true);
    perform set_config('app.erasure_seal', scope_secret.seal('erasure|' || tenant || '|' || object_id), true);
end
$$;

revoke execute on function begin_erasure(text, text, text) from public;
grant execute on function begin_erasure(text, text, text) to ${app_role};

create or replace function refuse_audit_change() returns trigger
    language plpgsql security definer set search_path = pg_catalog, pg_temp
as $$
begin
    if tg_op = 'UPDATE'
       and old.object_type = 'member'
       and old.object_id = nullif(current_setting('app.erasing', true), '')
       and old.tenant_id = public.current_tenant_id()
       and current_setting('app.erasure_seal', true) = scope_secret.seal('erasure|' || old.tenant_id || '|' || old.object_id)
       and (new.tenant_id, new.id, new.occurred_at, new.actor, new.action, new.object_type, new.object_id)
           is not distinct from (old.tenant_id, old.id, old.occurred_at, old.actor, old.action, old.object_type, old.object_id) then
        return new;
    end if;
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

-- The merge's scope only through begin_tenant_merge, for a pair it accepts, with the application's proof
-- HMAC(key, "merge|<source>|<target>|<nonce>").
drop function begin_tenant_merge(uuid, uuid);

create function begin_tenant_merge(source uuid, target uuid, nonce text, proof text) returns void
    language plpgsql volatile security definer set search_path = pg_catalog, pg_temp
as $$
begin
    perform scope_secret.check_proof('merge|' || source || '|' || target, nonce, proof);
    if not exists (select 1
                   from public.tenant s
                   join public.former_province f on f.code = s.province_code
                   join public.tenant t on t.province_code = f.province_code
                   where s.id = source and t.id = target and s.id <> t.id
                     and s.status <> 'MERGED' and t.status = 'ACTIVE') then
        raise exception 'tenant % cannot be merged into tenant %', source, target
            using errcode = 'insufficient_privilege';
    end if;
    perform scope_secret.enter('merge', target, source);
end
$$;

revoke execute on function begin_tenant_merge(uuid, uuid, text, text) from public;
grant execute on function begin_tenant_merge(uuid, uuid, text, text) to ${admin_role};
