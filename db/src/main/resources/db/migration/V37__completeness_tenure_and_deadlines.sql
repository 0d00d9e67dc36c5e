-- Completeness that counts the right unions (issue 18).
--
-- union_tenure: when each union joined the platform and when it left it (merged into another union, or deleted).
-- A union is expected to report for a period only if it was on the platform at the period's deadline, so onboarding
-- or deleting a union today leaves the rates of past periods as they were. One row per tenant, keyed by the tenant's
-- id but without a foreign key: the row outlives a deleted tenant. Kept by a trigger on tenant, so onboarding,
-- restoring from an archive, merging and deleting record it whatever code path does them.
create table union_tenure (
    id            uuid        not null,
    code          text        not null,
    province_code text        not null,
    name          text        not null,
    joined_at     timestamptz not null,
    left_at       timestamptz,
    left_how      text,
    constraint union_tenure_pkey primary key (id),
    constraint union_tenure_left_how_known check (left_how in ('MERGED', 'DELETED')),
    constraint union_tenure_left_together check ((left_at is null) = (left_how is null)),
    constraint union_tenure_ordered check (left_at is null or left_at >= joined_at)
);

grant select on union_tenure to ${app_role};
grant select on union_tenure to ${admin_role};

-- Backfill: a tenant joined when its row was created; a merged one left at its (latest) merger, or now when the
-- merger left no record.
insert into union_tenure (id, code, province_code, name, joined_at, left_at, left_how)
select t.id, t.code, t.province_code, t.name, t.created_at,
       case when t.status = 'MERGED' then greatest(t.created_at, coalesce(
               (select max(m.merged_at) from tenant_merge m where m.source_code = t.code), now())) end,
       case when t.status = 'MERGED' then 'MERGED' end
from tenant t;

create function record_union_tenure() returns trigger
    language plpgsql security definer set search_path = public, pg_temp
as $$
begin
    if tg_op = 'INSERT' then
        -- A tenant restored from its archive comes back: it is on the platform again from now.
        insert into union_tenure (id, code, province_code, name, joined_at)
        values (new.id, new.code, new.province_code, new.name, new.created_at)
        on conflict (id) do update set left_at = null, left_how = null, code = excluded.code,
            province_code = excluded.province_code, name = excluded.name,
            joined_at = least(union_tenure.joined_at, excluded.joined_at);
        if new.status = 'MERGED' then
            update union_tenure set left_at = greatest(joined_at, now()), left_how = 'MERGED' where id = new.id;
        end if;
        return new;
    elsif tg_op = 'UPDATE' then
        update union_tenure set name = new.name, code = new.code where id = new.id;
        if new.status = 'MERGED' and old.status <> 'MERGED' then
            update union_tenure set left_at = greatest(joined_at, now()), left_how = 'MERGED' where id = new.id;
        elsif new.status <> 'MERGED' and old.status = 'MERGED' then
            update union_tenure set left_at = null, left_how = null where id = new.id;
        end if;
        return new;
    else
        update union_tenure set left_at = greatest(joined_at, coalesce(left_at, now())),
            left_how = coalesce(left_how, 'DELETED') where id = old.id;
        return old;
    end if;
end
$$;

create trigger tenant_tenure after insert or update of status, name, code or delete on tenant
    for each row execute function record_union_tenure();

-- The late window of a period: reports sent within grace_days after the deadline still count as on time.
alter table reporting_period
    add column grace_days smallint not null default 0,
    add constraint reporting_period_grace_plausible check (grace_days between 0 and 90);

-- An exception the national union grants to one union for one period: its report is due on due_on instead. National
-- data (no tenant_id: the union is named by its tenure row), audited in the national audit log.
create table deadline_exception (
    id          uuid        not null default uuidv7(),
    period_id   uuid        not null,
    union_id    uuid        not null,
    due_on      date        not null,
    reason      text        not null,
    granted_by  text        not null,
    granted_at  timestamptz not null default now(),
    constraint deadline_exception_pkey primary key (id),
    constraint deadline_exception_key unique (period_id, union_id),
    constraint deadline_exception_period_fkey foreign key (period_id) references reporting_period (id),
    constraint deadline_exception_union_fkey foreign key (union_id) references union_tenure (id),
    constraint deadline_exception_reason_present check (length(btrim(reason)) > 0)
);

grant select, insert, update, delete on deadline_exception to ${app_role};
grant select on deadline_exception to ${admin_role};
