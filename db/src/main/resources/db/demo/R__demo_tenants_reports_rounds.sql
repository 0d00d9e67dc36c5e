-- A report that went back and forth (issue 18): Hải Phòng's first-quarter report of 2021, sent on 02/04/2021,
-- returned on 06/04 with comments on a figure and a section, sent again on 09/04 with the figure and the section
-- changed, and accepted on 15/04. Its two sendings are kept as rounds (report_round), the reviewer's comments on the
-- round returned (report_return_comment), the data-quality rules' outcomes at the last sending (quality_result).
-- MADE UP FOR THE DEMO: the dates, the comments, the text and the figures (Hải Phòng's half-year figures scaled
-- down). Runs after R__demo_tenants_reports (order of description). Ids: 0195d2a0-0031-7000-8050-000000000003
-- the report, 8051-…011 to …018 its transitions. Idempotent.

select begin_tenant_scope('0195d2a0-0000-7000-8000-000000000031');

insert into report (tenant_id, id, period_id, province_code, status, title, number_symbol, place, issued_on, recipients,
                    signer_title, signer_name, approved_on, sent_at, accepted_at, created_at, updated_at)
select '0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8050-000000000003', p.id, '31', 'ACCEPTED',
       'Báo cáo kết quả hoạt động quý I năm 2021', '21/BC-LHH', 'Hải Phòng', date '2021-04-08',
       E'- Liên hiệp các Hội KH&KT Việt Nam;\n- Thường trực Thành ủy, UBND thành phố;\n- Lưu: VT.',
       E'TM. BAN THƯỜNG VỤ\nCHỦ TỊCH', 'Hoàng Văn Kể', date '2021-04-08', timestamptz '2021-04-09 10:00+07',
       timestamptz '2021-04-15 09:00+07', timestamptz '2021-03-22 08:00+07', timestamptz '2021-04-15 09:00+07'
from reporting_period p where p.year = 2021 and p.kind = 'Q1'
on conflict do nothing;

insert into report_transition (tenant_id, id, report_id, from_status, to_status, actor, occurred_at, comment, meeting_date) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8051-000000000011', '0195d2a0-0031-7000-8050-000000000003', 'DRAFT', 'SUBMITTED', 'hai-phong-editor', '2021-03-26 16:00+07', null, null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8051-000000000012', '0195d2a0-0031-7000-8050-000000000003', 'SUBMITTED', 'APPROVED', 'hai-phong-admin', '2021-03-29 17:00+07', null, '2021-03-29'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8051-000000000013', '0195d2a0-0031-7000-8050-000000000003', 'APPROVED', 'SENT', 'hai-phong-admin', '2021-04-02 10:00+07', null, null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8051-000000000014', '0195d2a0-0031-7000-8050-000000000003', 'SENT', 'RETURNED', 'national-reviewer', '2021-04-06 14:00+07',
     'Đề nghị rà soát số nhiệm vụ tư vấn, phản biện và bổ sung khó khăn, vướng mắc của quý.', null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8051-000000000015', '0195d2a0-0031-7000-8050-000000000003', 'RETURNED', 'SUBMITTED', 'hai-phong-editor', '2021-04-07 15:00+07', null, null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8051-000000000016', '0195d2a0-0031-7000-8050-000000000003', 'SUBMITTED', 'APPROVED', 'hai-phong-admin', '2021-04-08 17:00+07', null, '2021-04-08'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8051-000000000017', '0195d2a0-0031-7000-8050-000000000003', 'APPROVED', 'SENT', 'hai-phong-admin', '2021-04-09 10:00+07', null, null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8051-000000000018', '0195d2a0-0031-7000-8050-000000000003', 'SENT', 'ACCEPTED', 'national-reviewer', '2021-04-15 09:00+07', null, null)
on conflict do nothing;

insert into report_section (tenant_id, report_id, section, body_html) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8050-000000000003', 'ORGANISATION',
     '<p>Trong quý I, Liên hiệp hội kiện toàn Ban Thường vụ và kết nạp thêm một hội thành viên.</p>'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8050-000000000003', 'DIFFICULTIES',
     '<p>Kinh phí hoạt động còn hạn hẹp; dịch COVID-19 làm hoãn hai hội thảo khoa học dự kiến tổ chức trong quý.</p>'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8050-000000000003', 'NEXT_TASKS',
     '<p>Tổ chức Hội thi Sáng tạo kỹ thuật thành phố lần thứ XI; triển khai các nhiệm vụ tư vấn, phản biện được giao.</p>')
on conflict do nothing;

insert into report_value (tenant_id, report_id, indicator_year, indicator_code, computed_value, computed_at)
select '0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8050-000000000003', 2021, v.code, v.figure, '2021-03-26 15:00+07'
from (values
    ('TC01', 3), ('TC02', 0), ('TC03', 0), ('TC04', 0), ('TC05', 0), ('TC06', 0), ('TC07', 0), ('TC08', 0),
    ('TT01', 2), ('TT02', 180), ('TT03', 1), ('TT04', 0), ('TV01', 2), ('TV02', 0), ('KH01', 0), ('KH02', 0),
    ('KH03', 0), ('KH04', 0), ('KH05', 0), ('KH06', 0), ('KH07', 0), ('KH08', 0), ('GT01', 1), ('GT02', 4),
    ('GT03', 0), ('GT04', 1), ('KT01', 0), ('KT02', 0), ('KT03', 0)
) as v (code, figure)
on conflict (tenant_id, report_id, indicator_code) do nothing;

-- What each sending carried: the first said 1 consultancy task and no difficulties; the second 2, and the difficulties.
insert into report_round (tenant_id, report_id, round, sent_at, sent_by, figures, sections)
select '0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8050-000000000003', r.round, r.sent_at::timestamptz,
       'hai-phong-admin',
       (select jsonb_object_agg(v.indicator_code,
                                case when v.indicator_code = 'TV01' then r.tv01 else v.computed_value::bigint::text end)
        from report_value v
        where v.tenant_id = '0195d2a0-0000-7000-8000-000000000031' and v.report_id = '0195d2a0-0031-7000-8050-000000000003'),
       jsonb_build_object(
           'ORGANISATION', '<p>Trong quý I, Liên hiệp hội kiện toàn Ban Thường vụ và kết nạp thêm một hội thành viên.</p>',
           'DIFFICULTIES', r.difficulties,
           'NEXT_TASKS', '<p>Tổ chức Hội thi Sáng tạo kỹ thuật thành phố lần thứ XI; triển khai các nhiệm vụ tư vấn, phản biện được giao.</p>')
from (values
    (1::smallint, '2021-04-02 10:00+07', '1', '<p>Kinh phí hoạt động còn hạn hẹp.</p>'),
    (2::smallint, '2021-04-09 10:00+07', '2', '<p>Kinh phí hoạt động còn hạn hẹp; dịch COVID-19 làm hoãn hai hội thảo khoa học dự kiến tổ chức trong quý.</p>')
) as r (round, sent_at, tv01, difficulties)
on conflict do nothing;

insert into report_return_comment (tenant_id, report_id, round, target_kind, target, comment, author, created_at) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8050-000000000003', 1, 'FIGURE', 'TV01',
     'Thành phố giao 2 nhiệm vụ tư vấn, phản biện trong quý I, báo cáo ghi 1.', 'national-reviewer', '2021-04-06 14:00+07'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8050-000000000003', 1, 'SECTION', 'DIFFICULTIES',
     'Nêu rõ các hoạt động bị hoãn do dịch bệnh.', 'national-reviewer', '2021-04-06 14:00+07')
on conflict do nothing;

-- The starter rules at the last sending: no history a year earlier or over past years for the outliers.
insert into quality_result (tenant_id, report_id, rule_id, outcome, value, evaluated_at)
select '0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8050-000000000003', q.id,
       case when q.kind in ('YEAR_ON_YEAR', 'OUTLIER') then 'NOT_EVALUATED' else 'PASSED' end,
       v.computed_value, timestamptz '2021-04-09 10:00+07'
from quality_rule q
left join report_value v on v.tenant_id = '0195d2a0-0000-7000-8000-000000000031'
    and v.report_id = '0195d2a0-0031-7000-8050-000000000003' and v.indicator_code = q.indicator_code
where q.year = 2021
on conflict do nothing;
