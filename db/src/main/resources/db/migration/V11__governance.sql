-- Governance (tổ chức bộ máy) of a provincial union: its terms (nhiệm kỳ), the bodies elected for each term and the
-- seats in them, held by members. A seat is held under a mandate from the day a congress, a supplementary election
-- (bầu bổ sung) or an appointment (chỉ định) gave it to the day it ended (resignation, end of the term, …); each
-- start and end names the decision or meeting that made it. The mandates of a term are its whole history.

-- btree_gist lets an exclusion constraint compare uuids with = beside periods with &&. Trusted: the owner creates it.
create extension if not exists btree_gist schema extensions;

-- A term (nhiệm kỳ 2019–2024), opened by a congress (Đại hội) on starts_on and ended on ends_on, the day the next
-- congress opened the next term (null while it runs). Named after its years; a merger of unions suffixes the name.
create table governance_term (
    tenant_id  uuid        not null,
    id         uuid        not null default uuidv7(),
    name       text        not null,
    start_year smallint    not null,
    end_year   smallint    not null,
    congress   text        not null,
    starts_on  date        not null,
    ends_on    date,
    created_at timestamptz not null default now(),
    constraint governance_term_pkey primary key (tenant_id, id),
    constraint governance_term_name_key unique (tenant_id, name),
    constraint governance_term_tenant_fkey foreign key (tenant_id) references tenant (id),
    constraint governance_term_name_present check (length(btrim(name)) > 0),
    constraint governance_term_congress_present check (length(btrim(congress)) > 0),
    constraint governance_term_years_plausible check (start_year between 1945 and 2200),
    constraint governance_term_years_ordered check (end_year > start_year),
    constraint governance_term_period_ordered check (ends_on > starts_on)
);

-- A body elected for a term: Ban Chấp hành (executive committee), Ban Thường vụ (standing committee), Thường trực
-- (permanent office). seats: how many the congress decided on (null: not fixed).
create table governance_body (
    tenant_id  uuid        not null,
    id         uuid        not null default uuidv7(),
    term_id    uuid        not null,
    kind       text        not null,
    seats      smallint,
    created_at timestamptz not null default now(),
    constraint governance_body_pkey primary key (tenant_id, id),
    constraint governance_body_kind_key unique (tenant_id, term_id, kind),
    constraint governance_body_term_fkey foreign key (tenant_id, term_id) references governance_term (tenant_id, id),
    constraint governance_body_kind_known check (kind in ('EXECUTIVE_COMMITTEE', 'STANDING_COMMITTEE', 'PERMANENT_OFFICE')),
    constraint governance_body_seats_range check (seats between 1 and 500)
);

-- A member's seat in a body, with a position (Chủ tịch, Phó Chủ tịch, Phó Chủ tịch kiêm Tổng Thư ký, Tổng Thư ký,
-- Ủy viên), held from starts_on to ends_on (exclusive: a successor elected that day takes over that day). The
-- decision or meeting of each end is its number (a meeting has none), date and wording. A supplementary election
-- names the ended mandate it fills (replaces_mandate_id).
create table governance_mandate (
    tenant_id             uuid        not null,
    id                    uuid        not null default uuidv7(),
    body_id               uuid        not null,
    member_id             uuid        not null,
    position              text        not null,
    starts_on             date        not null,
    start_kind            text        not null,
    start_decision_number text,
    start_decision_date   date,
    start_decision        text        not null,
    ends_on               date,
    end_reason            text,
    end_decision_number   text,
    end_decision_date     date,
    end_decision          text,
    replaces_mandate_id   uuid,
    created_at            timestamptz not null default now(),
    constraint governance_mandate_pkey primary key (tenant_id, id),
    constraint governance_mandate_body_fkey foreign key (tenant_id, body_id) references governance_body (tenant_id, id),
    -- A member who holds or held a seat stays in the registry (erasure keeps the row, without what identifies them).
    constraint governance_mandate_member_fkey foreign key (tenant_id, member_id) references member (tenant_id, id),
    -- Deferred: a copy of a tenant's rows (merger, archive) may bring the successor before the mandate it replaces.
    constraint governance_mandate_replaces_fkey foreign key (tenant_id, replaces_mandate_id)
        references governance_mandate (tenant_id, id) deferrable initially deferred,
    constraint governance_mandate_replaces_other check (replaces_mandate_id <> id),
    constraint governance_mandate_position_known check (position in
        ('CHAIR', 'VICE_CHAIR_SECRETARY_GENERAL', 'VICE_CHAIR', 'SECRETARY_GENERAL', 'MEMBER')),
    constraint governance_mandate_start_known check (start_kind in ('ELECTED_AT_CONGRESS', 'SUPPLEMENTARY_ELECTION', 'APPOINTED')),
    constraint governance_mandate_end_known check (end_reason in
        ('RESIGNED', 'RETIRED', 'TRANSFERRED', 'POSITION_CHANGED', 'DISMISSED', 'DECEASED', 'TERM_ENDED')),
    constraint governance_mandate_start_decision_present check (length(btrim(start_decision)) > 0),
    constraint governance_mandate_end_complete check (
        (ends_on is null) = (end_reason is null) and (ends_on is null) = (end_decision is null)
        and (ends_on is not null or (end_decision_number is null and end_decision_date is null))),
    constraint governance_mandate_end_decision_present check (length(btrim(end_decision)) > 0),
    constraint governance_mandate_period_ordered check (ends_on > starts_on),
    -- One Chủ tịch of a body at a time; one Tổng Thư ký (alone or as Phó Chủ tịch kiêm Tổng Thư ký) at a time.
    constraint governance_mandate_one_chair exclude using gist
        (tenant_id with =, body_id with =, daterange(starts_on, ends_on) with &&) where (position = 'CHAIR'),
    constraint governance_mandate_one_secretary_general exclude using gist
        (tenant_id with =, body_id with =, daterange(starts_on, ends_on) with &&)
        where (position in ('SECRETARY_GENERAL', 'VICE_CHAIR_SECRETARY_GENERAL')),
    -- A member holds one seat of a body at a time (a change of position ends one mandate and starts another).
    constraint governance_mandate_one_seat_per_member exclude using gist
        (tenant_id with =, body_id with =, member_id with =, daterange(starts_on, ends_on) with &&)
);

create index governance_mandate_by_member on governance_mandate (tenant_id, member_id);

-- A vacated seat is filled once. An index rather than a unique constraint: a merger of unions compares the keys it
-- knows without regard to nulls, and most mandates replace none.
create unique index governance_mandate_replaces_once on governance_mandate (tenant_id, replaces_mandate_id)
    where replaces_mandate_id is not null;

-- A mandate lies within its term: it starts on or after the congress, and a term that ended holds no mandate
-- past its end. A successor fills a seat of the same body that ended by the day it starts.
create function governance_mandate_in_order() returns trigger
    language plpgsql
as $$
declare
    term            governance_term;
    replaced_body   uuid;
    replaced_end    date;
begin
    select t.* into term from governance_term t
    join governance_body b on b.tenant_id = t.tenant_id and b.term_id = t.id
    where b.tenant_id = new.tenant_id and b.id = new.body_id;
    if found then
        if new.starts_on < term.starts_on or (term.ends_on is not null and new.starts_on >= term.ends_on) then
            raise exception 'new row for relation "governance_mandate" violates constraint "governance_mandate_starts_within_term"'
                using errcode = 'check_violation', constraint = 'governance_mandate_starts_within_term';
        end if;
        if term.ends_on is not null and (new.ends_on is null or new.ends_on > term.ends_on) then
            raise exception 'new row for relation "governance_mandate" violates constraint "governance_mandate_ends_within_term"'
                using errcode = 'check_violation', constraint = 'governance_mandate_ends_within_term';
        end if;
    end if;
    if new.replaces_mandate_id is not null then
        select m.body_id, m.ends_on into replaced_body, replaced_end from governance_mandate m
        where m.tenant_id = new.tenant_id and m.id = new.replaces_mandate_id;
        -- Not there yet in a copy of a tenant's rows: the deferred foreign key checks it at commit.
        if found and (replaced_body <> new.body_id or replaced_end is null or replaced_end > new.starts_on) then
            raise exception 'new row for relation "governance_mandate" violates constraint "governance_mandate_replaces_vacated_seat"'
                using errcode = 'check_violation', constraint = 'governance_mandate_replaces_vacated_seat';
        end if;
    end if;
    return new;
end
$$;

create trigger governance_mandate_in_order
    before insert or update on governance_mandate
    for each row execute function governance_mandate_in_order();

-- A term's dates change only so that its mandates still lie within it.
create function governance_term_covers_mandates() returns trigger
    language plpgsql
as $$
begin
    if exists (select 1 from governance_mandate m
               join governance_body b on b.tenant_id = m.tenant_id and b.id = m.body_id
               where b.tenant_id = new.tenant_id and b.term_id = new.id
                 and (m.starts_on < new.starts_on
                      or (new.ends_on is not null and (m.starts_on >= new.ends_on or m.ends_on is null or m.ends_on > new.ends_on)))) then
        raise exception 'new row for relation "governance_term" violates constraint "governance_term_covers_mandates"'
            using errcode = 'check_violation', constraint = 'governance_term_covers_mandates';
    end if;
    return new;
end
$$;

create trigger governance_term_covers_mandates
    before update of starts_on, ends_on on governance_term
    for each row execute function governance_term_covers_mandates();

call enable_tenant_isolation('governance_term');
call enable_tenant_isolation('governance_body');
call enable_tenant_isolation('governance_mandate');
grant select, insert, update, delete on governance_term, governance_body, governance_mandate to ${app_role};
