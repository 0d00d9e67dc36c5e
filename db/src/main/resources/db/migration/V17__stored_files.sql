-- Files a union attaches to what it records (tài liệu, hình ảnh): the documents and photos of an event, the result
-- document of a consultancy task. A row describes one file; its bytes are kept by the storage the platform is
-- configured with (local disk or an S3-compatible store) under storage_key. Each capability links its records to
-- their files with its own table, so a file's owner is a foreign key, not a name.
create table stored_file (
    tenant_id    uuid        not null,
    id           uuid        not null default uuidv7(),
    name         text        not null,
    content_type text        not null,
    size_bytes   bigint      not null,
    sha256       text        not null,
    storage_key  text        not null,
    uploaded_at  timestamptz not null default now(),
    uploaded_by  text        not null,
    constraint stored_file_pkey primary key (tenant_id, id),
    constraint stored_file_tenant_fkey foreign key (tenant_id) references tenant (id),
    constraint stored_file_name_present check (length(btrim(name)) between 1 and 255),
    constraint stored_file_size_positive check (size_bytes > 0),
    constraint stored_file_sha256_hex check (sha256 ~ '^[0-9a-f]{64}$')
);

call enable_tenant_isolation('stored_file');
grant select, insert, delete on stored_file to ${app_role};
