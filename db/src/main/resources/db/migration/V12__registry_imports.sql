-- A spreadsheet of units or members a user uploaded (nhập dữ liệu từ tệp), kept between the preview and the
-- confirmation so the user does not send it twice. Its content holds personal data: it is dropped when the import
-- is confirmed (the name, checksum and counts stay, as the audit log's event does), and an upload left
-- unconfirmed is deleted after a day.
create table registry_import (
    tenant_id       uuid        not null,
    id              uuid        not null default uuidv7(),
    kind            text        not null,
    file_name       text        not null,
    file_sha256     text        not null,
    content         bytea,
    uploaded_by     text        not null,
    uploaded_at     timestamptz not null default now(),
    confirmed_by    text,
    confirmed_at    timestamptz,
    created_count   integer,
    updated_count   integer,
    unchanged_count integer,
    skipped_count   integer,
    constraint registry_import_pkey primary key (tenant_id, id),
    constraint registry_import_tenant_fkey foreign key (tenant_id) references tenant (id),
    constraint registry_import_kind_known check (kind in ('MEMBERS', 'UNITS')),
    constraint registry_import_sha256_format check (file_sha256 ~ '^[0-9a-f]{64}$'),
    -- Pending: the content, no outcome. Confirmed: the outcome, no content.
    constraint registry_import_state check (
        (confirmed_at is null and content is not null and confirmed_by is null and created_count is null)
        or (confirmed_at is not null and content is null and confirmed_by is not null and created_count is not null
            and updated_count is not null and unchanged_count is not null and skipped_count is not null))
);

-- "This file was imported on …": the same file found by its checksum.
create index registry_import_by_checksum on registry_import (tenant_id, file_sha256);

call enable_tenant_isolation('registry_import');
grant select, insert, update, delete on registry_import to ${app_role};
