-- Imports the demo unions made from their spreadsheets, already confirmed (their content is gone, as after any
-- confirmation). Runs after R__demo_tenants_registry.sql. Idempotent.

select begin_tenant_scope('0195d2a0-0000-7000-8000-000000000038');
insert into registry_import (tenant_id, id, kind, file_name, file_sha256, uploaded_by, uploaded_at, confirmed_by,
                             confirmed_at, created_count, updated_count, unchanged_count, skipped_count) values
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8002-000000000001', 'UNITS', 'Danh sách đơn vị 2021.xlsx',
     '3a1f0c6e9d2b4f7a8c5e1d0b9a7f6e5d4c3b2a1908f7e6d5c4b3a29180f7e6d5', 'thanh-hoa-editor', '2021-06-30 09:00:00+07',
     'thanh-hoa-editor', '2021-06-30 09:05:00+07', 43, 0, 0, 0),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8002-000000000002', 'MEMBERS', 'Danh sách hội viên 2021.xlsx',
     '9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c', 'thanh-hoa-editor', '2021-06-30 09:10:00+07',
     'thanh-hoa-editor', '2021-06-30 09:12:00+07', 80, 0, 0, 0)
on conflict do nothing;

select begin_tenant_scope('0195d2a0-0000-7000-8000-000000000031');
insert into registry_import (tenant_id, id, kind, file_name, file_sha256, uploaded_by, uploaded_at, confirmed_by,
                             confirmed_at, created_count, updated_count, unchanged_count, skipped_count) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8002-000000000001', 'MEMBERS', 'Hoi vien Hai Phong 2024.csv',
     'c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3', 'hai-phong-editor', '2024-01-15 10:00:00+07',
     'hai-phong-editor', '2024-01-15 10:03:00+07', 3, 0, 0, 0)
on conflict do nothing;
