-- The registry's first tables: the units of a provincial union and the member census they report.

-- A unit of the union: member association (hội thành viên), affiliated centre (trung tâm trực thuộc),
-- linked unit (đơn vị liên kết) or collective member (hội viên tập thể).
create table unit (
    tenant_id    uuid        not null,
    id           uuid        not null default uuidv7(),
    name         text        not null,
    abbreviation text,
    kind         text        not null,
    created_at   timestamptz not null default now(),
    constraint unit_pkey primary key (tenant_id, id),
    constraint unit_name_key unique (tenant_id, name),
    constraint unit_tenant_fkey foreign key (tenant_id) references tenant (id),
    constraint unit_name_present check (length(btrim(name)) > 0),
    constraint unit_kind_known check (kind in ('MEMBER_ASSOCIATION', 'AFFILIATED_CENTRE', 'LINKED_UNIT', 'COLLECTIVE_MEMBER'))
);

-- The number of individual members (hội viên) a unit reports as of a date.
create table member_census (
    tenant_id    uuid    not null,
    unit_id      uuid    not null,
    as_of        date    not null,
    member_count integer not null,
    constraint member_census_pkey primary key (tenant_id, unit_id, as_of),
    constraint member_census_unit_fkey foreign key (tenant_id, unit_id) references unit (tenant_id, id) on delete cascade,
    constraint member_census_count_not_negative check (member_count >= 0)
);

call enable_tenant_isolation('unit');
call enable_tenant_isolation('member_census');
grant select, insert, update, delete on unit, member_census to ${app_role};
