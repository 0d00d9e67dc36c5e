-- Merging tenants (the 2025 reorganisation: Hải Dương's union into Hải Phòng's, …).

-- A merged tenant points at the tenant it was merged into; it stays, read-only, for history.
alter table tenant add column merged_into uuid;
alter table tenant add constraint tenant_merged_into_fkey foreign key (merged_into) references tenant (id);

-- Which records of a tenant came from which former tenant, so that what was recorded before a merger stays
-- attributed to the former province. record_key is the record's primary key without tenant_id, as text.
create table record_lineage (
    tenant_id            uuid        not null,
    table_name           text        not null,
    record_key           text        not null,
    former_tenant_code   text        not null,
    former_province_code text        not null,
    merged_at            timestamptz not null,
    constraint record_lineage_pkey primary key (tenant_id, table_name, record_key),
    constraint record_lineage_tenant_fkey foreign key (tenant_id) references tenant (id)
);

call enable_tenant_isolation('record_lineage');
grant select on record_lineage to ${app_role};

-- The record of each merge: who, when, and the row counts per table before and after.
create table tenant_merge (
    id          uuid        not null default uuidv7(),
    source_code text        not null,
    target_code text        not null,
    merged_by   text        not null,
    merged_at   timestamptz not null default now(),
    counts      jsonb       not null,
    conflicts   jsonb       not null,
    constraint tenant_merge_pkey primary key (id)
);

grant select, insert on tenant_merge to ${admin_role};
