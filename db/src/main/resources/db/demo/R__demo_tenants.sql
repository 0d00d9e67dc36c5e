-- Demo data of the local stack and the tests: three provincial unions, whose Keycloak organizations and users
-- are in deploy/src/main/resources/keycloak/vusta-realm.json. Not part of a production migration path
-- (only when spring.flyway.locations includes classpath:db/demo). Idempotent: Flyway reruns it when it changes.

insert into tenant (id, code, province_code, name, status) values
    ('0195d2a0-0000-7000-8000-000000000031', 'hai-phong', '31', 'Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hải Phòng', 'ACTIVE'),
    ('0195d2a0-0000-7000-8000-000000000038', 'thanh-hoa', '38', 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa', 'ACTIVE'),
    ('0195d2a0-0000-7000-8000-000000000033', 'hung-yen', '33', 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hưng Yên', 'ACTIVE')
on conflict (id) do nothing;
-- The demo's unions have been on the platform since 2016 (the first year of the reporting calendar): they are
-- expected for every period the demo shows (union_tenure, V37).
update union_tenure set joined_at = '2016-01-01 00:00:00+07'
where id in ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0000-7000-8000-000000000033')
  and joined_at > '2016-01-01 00:00:00+07';

-- Row-level security is forced on the owner too: each tenant's rows are written in that tenant's scope.
select begin_tenant_scope('0195d2a0-0000-7000-8000-000000000038');
insert into unit (tenant_id, id, name, abbreviation, kind) values
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8000-000000000001', 'Hội Làm vườn tỉnh Thanh Hóa', 'HLV', 'MEMBER_ASSOCIATION'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8000-000000000002', 'Hội Y học tỉnh Thanh Hóa', 'HYH', 'MEMBER_ASSOCIATION'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8000-000000000003', 'Hội Kỹ sư Xây dựng tỉnh Thanh Hóa', 'HKSXD', 'MEMBER_ASSOCIATION'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8000-000000000004', 'Trung tâm Tư vấn và Chuyển giao công nghệ', 'TTCGCN', 'AFFILIATED_CENTRE')
on conflict do nothing;
-- Its other units, census and members: R__demo_tenants_registry.sql.

select begin_tenant_scope('0195d2a0-0000-7000-8000-000000000031');
insert into unit (tenant_id, id, name, abbreviation, kind) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8000-000000000001', 'Hội Làm vườn thành phố Hải Phòng', 'HLVHP', 'MEMBER_ASSOCIATION'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8000-000000000002', 'Hội Tin học thành phố Hải Phòng', 'HTHHP', 'MEMBER_ASSOCIATION')
on conflict do nothing;
insert into member_census (tenant_id, unit_id, as_of, member_count) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8000-000000000001', '2022-12-31', 5210),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8000-000000000002', '2022-12-31', 1345)
on conflict do nothing;

-- A unit that came to Hải Phòng with the union of the former Hải Dương province (merged on 1 July 2025).
insert into unit (tenant_id, id, name, abbreviation, kind) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8000-000000000003', 'Hội Khoa học Lịch sử tỉnh Hải Dương', 'HKHLSHD', 'MEMBER_ASSOCIATION')
on conflict do nothing;
insert into record_lineage (tenant_id, table_name, record_key, former_tenant_code, former_province_code, merged_at) values
    ('0195d2a0-0000-7000-8000-000000000031', 'unit', '0195d2a0-0031-7000-8000-000000000003', 'hai-duong', '30', '2025-07-01 00:00:00+07')
on conflict do nothing;

select begin_tenant_scope('0195d2a0-0000-7000-8000-000000000033');
insert into unit (tenant_id, id, name, abbreviation, kind) values
    ('0195d2a0-0000-7000-8000-000000000033', '0195d2a0-0033-7000-8000-000000000001', 'Hội Nông học tỉnh Hưng Yên', 'HNHHY', 'MEMBER_ASSOCIATION')
on conflict do nothing;
insert into member_census (tenant_id, unit_id, as_of, member_count) values
    ('0195d2a0-0000-7000-8000-000000000033', '0195d2a0-0033-7000-8000-000000000001', '2024-12-31', 2150)
on conflict do nothing;

-- The audit log remembers the seeding, once per tenant.
select begin_tenant_scope('0195d2a0-0000-7000-8000-000000000038');
insert into audit_event (tenant_id, id, occurred_at, actor, action, object_type, object_id, after) values
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8000-0000000000a1', '2021-06-30 08:00:00+07', 'demo-seed',
     'tenant.seeded', 'tenant', 'thanh-hoa', '{"units": 4}')
on conflict do nothing;
select begin_tenant_scope('0195d2a0-0000-7000-8000-000000000031');
insert into audit_event (tenant_id, id, occurred_at, actor, action, object_type, object_id, after) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8000-0000000000a1', '2022-12-31 08:00:00+07', 'demo-seed',
     'tenant.seeded', 'tenant', 'hai-phong', '{"units": 2, "note": "Hải Phòng demo seed"}')
on conflict do nothing;
select begin_tenant_scope('0195d2a0-0000-7000-8000-000000000033');
insert into audit_event (tenant_id, id, occurred_at, actor, action, object_type, object_id, after) values
    ('0195d2a0-0000-7000-8000-000000000033', '0195d2a0-0033-7000-8000-0000000000a1', '2024-12-31 08:00:00+07', 'demo-seed',
     'tenant.seeded', 'tenant', 'hung-yen', '{"units": 1}')
on conflict do nothing;
