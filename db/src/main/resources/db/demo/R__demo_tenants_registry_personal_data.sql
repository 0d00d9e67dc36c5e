-- Personal data (issue 20): the demo members' consents as records — the dates on their records (R__demo_tenants_registry),
-- given before 2026 and so under Decree 13/2023/NĐ-CP, still valid under Law 91/2025/QH15 (Art. 39) — and in Hải
-- Phòng a consent to event contacts and an answered request. MADE UP FOR THE DEMO. Gives the tables rows of Hải
-- Phòng, which the isolation tests need. Runs after the registry (Flyway orders repeatables by description). Idempotent.

do $$
declare
    tenant uuid;
begin
    for tenant in select unnest(array['0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0000-7000-8000-000000000038',
                                      '0195d2a0-0000-7000-8000-000000000033']::uuid[]) loop
        perform begin_tenant_scope(tenant);
        insert into consent (tenant_id, member_id, purpose, given, effective_on, way, evidence, law, recorded_by, recorded_at)
        select m.tenant_id, m.id, p.purpose, true, p.given_on, 'MEMBER_RECORD', null,
               case when p.given_on < date '2026-01-01' then 'DECREE_13_2023' else 'LAW_91_2025' end, 'demo',
               p.given_on::timestamp at time zone 'Asia/Ho_Chi_Minh'
        from member m
        cross join lateral (values ('MEMBERSHIP', m.processing_consent_on),
                                   ('EXPERT_DIRECTORY', m.expert_sharing_consent_on)) as p(purpose, given_on)
        where p.given_on is not null
          and not exists (select from consent c where c.tenant_id = m.tenant_id and c.member_id = m.id
                                                   and c.purpose = p.purpose);
    end loop;
end $$;

select begin_tenant_scope('0195d2a0-0000-7000-8000-000000000031');
insert into consent (tenant_id, id, member_id, purpose, given, effective_on, way, evidence, law, recorded_by, recorded_at)
values ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8060-000000000001',
        '0195d2a0-0031-7000-8001-000000000001', 'EVENT_CONTACTS', true, '2026-02-10', 'WRITTEN',
        'Phiếu cập nhật thông tin hội viên ngày 10/02/2026', 'LAW_91_2025', 'hai-phong-admin',
        timestamptz '2026-02-10 09:00+07')
on conflict do nothing;
insert into data_subject_request (tenant_id, id, member_id, kind, received_on, due_on, details, answered_on, outcome,
                                  answer, recorded_by, recorded_at)
values ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8061-000000000001',
        '0195d2a0-0031-7000-8001-000000000002', 'ACCESS', '2026-03-02', '2026-03-12',
        'Đề nghị cung cấp bản sao thông tin cá nhân liên hiệp hội đang lưu (thư ngày 02/03/2026).', '2026-03-05', 'DONE',
        'Đã gửi hồ sơ dữ liệu cá nhân qua thư điện tử ngày 05/03/2026.', 'hai-phong-admin',
        timestamptz '2026-03-02 10:00+07')
on conflict do nothing;
