-- Files the demo unions attached (their bytes ship with the application, under storage keys demo/<name>, and are
-- put in the storage at startup: vusta.files.demo-content). Runs after the demo files of the activities, whose
-- records link to these. Idempotent.

select begin_tenant_scope('0195d2a0-0000-7000-8000-000000000031');
insert into stored_file (tenant_id, id, name, content_type, size_bytes, sha256, storage_key, uploaded_at, uploaded_by) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8050-000000000001', 'Hội nghị BTV quý III-2020.png',
     'image/png', 1412, '87b36531a6d9bb39f080fdb794503513491d4d22d0039e4e38c59c61a65fac55', 'demo/hoi-nghi.png',
     '2020-10-02 09:00:00+07', 'hai-phong-editor'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8050-000000000002', 'Dự thảo báo cáo quý III-2020.pdf',
     'application/pdf', 733, '5b1f119c15552969a62b7d0c330e81ded8fc8ea4155edf63712f95a99ab99a25', 'demo/bao-cao.pdf',
     '2020-10-02 09:05:00+07', 'hai-phong-editor')
on conflict do nothing;

select begin_tenant_scope('0195d2a0-0000-7000-8000-000000000038');
insert into stored_file (tenant_id, id, name, content_type, size_bytes, sha256, storage_key, uploaded_at, uploaded_by) values
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8050-000000000001', 'Hội nghị BTV 6 tháng đầu năm 2021.png',
     'image/png', 1412, '87b36531a6d9bb39f080fdb794503513491d4d22d0039e4e38c59c61a65fac55', 'demo/hoi-nghi.png',
     '2021-06-22 16:00:00+07', 'thanh-hoa-editor'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8050-000000000002', 'Báo cáo 6 tháng đầu năm 2021.pdf',
     'application/pdf', 733, '5b1f119c15552969a62b7d0c330e81ded8fc8ea4155edf63712f95a99ab99a25', 'demo/bao-cao.pdf',
     '2021-06-22 16:05:00+07', 'thanh-hoa-editor')
on conflict do nothing;
