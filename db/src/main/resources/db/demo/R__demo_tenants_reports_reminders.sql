-- The e-mails the demo's 2021 reports would have caused (reminder_mail): the 7-day reminders before the
-- half-year's deadline (05/07/2021) and the national reviewers' notices of the half-year reports' arrival.
-- MADE UP FOR THE DEMO, like the sending dates. Runs after R__demo_tenants_reports (order of description).
-- Ids: 0195d2a0-<tenant>-7000-8060-…. Idempotent.

select begin_tenant_scope('0195d2a0-0000-7000-8000-000000000038');
insert into reminder_mail (tenant_id, id, kind, period_id, report_id, transition_id, days_before, recipient, sent_at)
select '0195d2a0-0000-7000-8000-000000000038', m.id::uuid, m.kind, p.id, m.report_id::uuid, m.transition_id::uuid,
       m.days_before, m.recipient, m.sent_at::timestamptz
from (values
    ('0195d2a0-0038-7000-8060-000000000001', 'DEADLINE', null, null, 7::smallint, 'admin@thanh-hoa.demo.vusta.local', '2021-06-28 08:00+07'),
    ('0195d2a0-0038-7000-8060-000000000002', 'ARRIVED', '0195d2a0-0038-7000-8050-000000000001', '0195d2a0-0038-7000-8051-000000000003',
     null, 'reviewer@demo.vusta.local', '2021-06-28 09:31+07')
) as m (id, kind, report_id, transition_id, days_before, recipient, sent_at)
join reporting_period p on p.year = 2021 and p.kind = 'H1'
on conflict do nothing;

select begin_tenant_scope('0195d2a0-0000-7000-8000-000000000031');
insert into reminder_mail (tenant_id, id, kind, period_id, report_id, transition_id, days_before, recipient, sent_at)
select '0195d2a0-0000-7000-8000-000000000031', m.id::uuid, m.kind, p.id, m.report_id::uuid, m.transition_id::uuid,
       m.days_before, m.recipient, m.sent_at::timestamptz
from (values
    ('0195d2a0-0031-7000-8060-000000000001', 'DEADLINE', null, null, 7::smallint, 'admin@hai-phong.demo.vusta.local', '2021-06-28 08:00+07'),
    ('0195d2a0-0031-7000-8060-000000000002', 'ARRIVED', '0195d2a0-0031-7000-8050-000000000001', '0195d2a0-0031-7000-8051-000000000003',
     null, 'reviewer@demo.vusta.local', '2021-07-02 10:01+07')
) as m (id, kind, report_id, transition_id, days_before, recipient, sent_at)
join reporting_period p on p.year = 2021 and p.kind = 'H1'
on conflict do nothing;
