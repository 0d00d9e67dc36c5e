-- The demo's periodic reports of 2021 (báo cáo định kỳ): the half-year and 10-month reports of the three seeded
-- unions, at the workflow steps a national reviewer would find in November 2021:
-- - Thanh Hóa, 6 tháng 2021: the Standing Committee approved it on 22/06/2021 (seed); sent and accepted.
--   10 tháng 2021: sent, then returned for revision with the reviewer's comment.
-- - Hải Phòng, 6 tháng 2021 (seed: "Những kết quả hoạt động nổi bật … 6 tháng đầu năm 2021"): accepted.
--   10 tháng 2021: sent, awaiting review.
-- - Hưng Yên, 6 tháng 2021: sent after the deadline (late), accepted. 10 tháng 2021: a draft.
-- The narrative paraphrases the seed articles; DOCUMENT NUMBERS, SENDING DATES, REVIEWERS' COMMENTS AND THE
-- HƯNG YÊN TEXT ARE MADE UP FOR THE DEMO. The figures are computed from the demo records (report_value below).
-- Runs after every other demo file (order of description), so the records the figures come from exist.
-- Thanh Hóa's counted services feed KH07 and KH08 (service_count_kind.indicator_code, set below).
-- Ids: 0195d2a0-<tenant>-7000-8050-… reports, 8051 their transitions. Idempotent.

-- The figures and text of a report past its draft are locked for the application's users (V22, V27), not for the
-- schema owner who writes this file.
-- Thanh Hóa's counted services that the national indicator set asks for: legal advice cases (KH07) and reviews of
-- environmental impact assessments (KH08).
select begin_tenant_scope('0195d2a0-0000-7000-8000-000000000038');
update service_count_kind set indicator_code = 'KH07'
where tenant_id = '0195d2a0-0000-7000-8000-000000000038' and id = '0195d2a0-0038-7000-8043-000000000001';
update service_count_kind set indicator_code = 'KH08'
where tenant_id = '0195d2a0-0000-7000-8000-000000000038' and id = '0195d2a0-0038-7000-8043-000000000004';

select begin_tenant_scope('0195d2a0-0000-7000-8000-000000000038');

insert into report (tenant_id, id, period_id, province_code, status, title, number_symbol, place, issued_on, recipients,
                    signer_title, signer_name, approved_on, sent_at, accepted_at, created_at, updated_at)
select '0195d2a0-0000-7000-8000-000000000038', r.id::uuid, p.id, '38', r.status, r.title, r.number_symbol, 'Thanh Hóa',
       r.issued_on::date, E'- Liên hiệp các Hội KH&KT Việt Nam;\n- Thường trực Tỉnh ủy, UBND tỉnh;\n- Các hội thành viên;\n- Lưu: VT.',
       E'TM. BAN THƯỜNG VỤ\nCHỦ TỊCH', 'Nguyễn Văn Phát', r.approved_on::date, r.sent_at::timestamptz,
       r.accepted_at::timestamptz, r.created_at::timestamptz, coalesce(r.accepted_at, r.sent_at, r.created_at)::timestamptz
from (values
    ('0195d2a0-0038-7000-8050-000000000001', 'H1', 'ACCEPTED', 'Báo cáo kết quả hoạt động 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2021',
     '45/BC-LHH', '2021-06-22', '2021-06-22', '2021-06-28 09:30+07', '2021-07-12 15:00+07', '2021-06-10 08:00+07'),
    ('0195d2a0-0038-7000-8050-000000000002', 'M10', 'RETURNED', 'Báo cáo kết quả hoạt động 10 tháng đầu năm 2021',
     '71/BC-LHH', '2021-10-29', '2021-10-29', '2021-11-03 10:00+07', null, '2021-10-20 08:00+07')
) as r (id, kind, status, title, number_symbol, issued_on, approved_on, sent_at, accepted_at, created_at)
join reporting_period p on p.year = 2021 and p.kind = r.kind
on conflict do nothing;

insert into report_transition (tenant_id, id, report_id, from_status, to_status, actor, occurred_at, comment, meeting_date) values
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8051-000000000001', '0195d2a0-0038-7000-8050-000000000001', 'DRAFT', 'SUBMITTED', 'thanh-hoa-editor', '2021-06-18 16:00+07', null, null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8051-000000000002', '0195d2a0-0038-7000-8050-000000000001', 'SUBMITTED', 'APPROVED', 'thanh-hoa-admin', '2021-06-22 17:00+07', 'Ban Thường vụ thống nhất thông qua báo cáo.', '2021-06-22'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8051-000000000003', '0195d2a0-0038-7000-8050-000000000001', 'APPROVED', 'SENT', 'thanh-hoa-admin', '2021-06-28 09:30+07', null, null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8051-000000000004', '0195d2a0-0038-7000-8050-000000000001', 'SENT', 'ACCEPTED', 'national-reviewer', '2021-07-12 15:00+07', null, null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8051-000000000005', '0195d2a0-0038-7000-8050-000000000002', 'DRAFT', 'SUBMITTED', 'thanh-hoa-editor', '2021-10-25 16:00+07', null, null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8051-000000000006', '0195d2a0-0038-7000-8050-000000000002', 'SUBMITTED', 'APPROVED', 'thanh-hoa-admin', '2021-10-29 17:00+07', null, '2021-10-29'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8051-000000000007', '0195d2a0-0038-7000-8050-000000000002', 'APPROVED', 'SENT', 'thanh-hoa-admin', '2021-11-03 10:00+07', null, null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8051-000000000008', '0195d2a0-0038-7000-8050-000000000002', 'SENT', 'RETURNED', 'national-reviewer', '2021-11-10 14:00+07',
     'Đề nghị bổ sung kết quả thẩm định báo cáo đánh giá tác động môi trường 10 tháng và giải trình số hội viên tăng so với cùng kỳ.', null)
on conflict do nothing;

insert into report_section (tenant_id, report_id, section, body_html) values
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8050-000000000001', 'ORGANISATION',
     '<p>Tính đến tháng 6/2021, Liên hiệp hội có 32 hội thành viên, 06 trung tâm trực thuộc và 05 đơn vị liên kết; tổng số hội viên là 23.628 người, tăng 114 hội viên so với năm 2020.</p>'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8050-000000000001', 'INFORMATION',
     '<p>Phối hợp với Báo Thanh Hóa, Đài Phát thanh và Truyền hình tỉnh; tổ chức hội nghị cộng tác viên, tham gia các hội thảo, tập huấn.</p>'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8050-000000000001', 'CONSULTANCY',
     '<p>Năm 2021 Liên hiệp hội được Chủ tịch UBND tỉnh giao <strong>10 nhiệm vụ</strong> tư vấn, phản biện; đến hết tháng 6/2021 đã phản biện thành công <strong>04 nhiệm vụ</strong>.</p>'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8050-000000000001', 'SCIENCE_TECHNOLOGY',
     '<p>Cơ quan Liên hiệp hội và các hội thành viên tiếp tục thực hiện các đề tài, dự án cấp tỉnh, cấp ngành và cấp cơ sở; tham gia góp ý các cơ chế chính sách, chương trình phát triển kinh tế.</p>'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8050-000000000001', 'CONTESTS_AWARDS',
     '<p>Là Cơ quan thường trực Ban Tổ chức Hội thi Sáng tạo kỹ thuật tỉnh, Giải thưởng Sáng tạo KH&amp;CN Việt Nam; đẩy mạnh tuyên truyền, phổ biến các hội thi, cuộc thi.</p>'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8050-000000000001', 'DIFFICULTIES',
     '<p>Dịch bệnh Covid-19 ảnh hưởng đến việc tổ chức các hội nghị, hội thảo và lớp tập huấn.</p>'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8050-000000000001', 'NEXT_TASKS',
     '<p>Hoàn thành 06 nhiệm vụ tư vấn, phản biện còn lại; góp ý Chương trình hành động thực hiện Nghị quyết 58-NQ/TW của Bộ Chính trị.</p>'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8050-000000000002', 'CONSULTANCY',
     '<p>Tiếp tục thực hiện các nhiệm vụ tư vấn, phản biện do Chủ tịch UBND tỉnh giao năm 2021.</p>')
on conflict do nothing;

select begin_tenant_scope('0195d2a0-0000-7000-8000-000000000031');

insert into report (tenant_id, id, period_id, province_code, status, title, number_symbol, place, issued_on, recipients,
                    signer_title, signer_name, approved_on, sent_at, accepted_at, created_at, updated_at)
select '0195d2a0-0000-7000-8000-000000000031', r.id::uuid, p.id, '31', r.status, r.title, r.number_symbol, 'Hải Phòng',
       r.issued_on::date, E'- Liên hiệp các Hội KH&KT Việt Nam;\n- Thường trực Thành ủy, UBND thành phố;\n- Các hội thành viên;\n- Lưu: VT.',
       E'TM. BAN THƯỜNG VỤ\nCHỦ TỊCH', 'Hoàng Văn Kể', r.approved_on::date, r.sent_at::timestamptz,
       r.accepted_at::timestamptz, r.created_at::timestamptz, coalesce(r.accepted_at, r.sent_at, r.created_at)::timestamptz
from (values
    ('0195d2a0-0031-7000-8050-000000000001', 'H1', 'ACCEPTED', 'Báo cáo kết quả hoạt động 6 tháng đầu năm 2021, phương hướng nhiệm vụ 6 tháng cuối năm 2021',
     '38/BC-LHH', '2021-06-25', '2021-06-25', '2021-07-02 10:00+07', '2021-07-09 09:00+07', '2021-06-15 08:00+07'),
    ('0195d2a0-0031-7000-8050-000000000002', 'M10', 'SENT', 'Báo cáo kết quả hoạt động 10 tháng đầu năm 2021',
     '66/BC-LHH', '2021-10-28', '2021-10-28', '2021-11-04 11:00+07', null, '2021-10-18 08:00+07')
) as r (id, kind, status, title, number_symbol, issued_on, approved_on, sent_at, accepted_at, created_at)
join reporting_period p on p.year = 2021 and p.kind = r.kind
on conflict do nothing;

insert into report_transition (tenant_id, id, report_id, from_status, to_status, actor, occurred_at, comment, meeting_date) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8051-000000000001', '0195d2a0-0031-7000-8050-000000000001', 'DRAFT', 'SUBMITTED', 'hai-phong-editor', '2021-06-21 16:00+07', null, null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8051-000000000002', '0195d2a0-0031-7000-8050-000000000001', 'SUBMITTED', 'APPROVED', 'hai-phong-admin', '2021-06-25 17:00+07', null, '2021-06-25'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8051-000000000003', '0195d2a0-0031-7000-8050-000000000001', 'APPROVED', 'SENT', 'hai-phong-admin', '2021-07-02 10:00+07', null, null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8051-000000000004', '0195d2a0-0031-7000-8050-000000000001', 'SENT', 'ACCEPTED', 'national-reviewer', '2021-07-09 09:00+07', null, null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8051-000000000005', '0195d2a0-0031-7000-8050-000000000002', 'DRAFT', 'SUBMITTED', 'hai-phong-editor', '2021-10-22 16:00+07', null, null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8051-000000000006', '0195d2a0-0031-7000-8050-000000000002', 'SUBMITTED', 'APPROVED', 'hai-phong-admin', '2021-10-28 17:00+07', null, '2021-10-28'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8051-000000000007', '0195d2a0-0031-7000-8050-000000000002', 'APPROVED', 'SENT', 'hai-phong-admin', '2021-11-04 11:00+07', null, null)
on conflict do nothing;

insert into report_section (tenant_id, report_id, section, body_html) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8050-000000000001', 'ORGANISATION',
     '<p>Toàn hệ thống Liên hiệp Hội vừa chung tay chống dịch COVID-19, vừa từng bước đổi mới, nâng cao chất lượng hoạt động; vận động cán bộ, hội viên ủng hộ Quỹ vắc-xin phòng chống COVID-19.</p>'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8050-000000000001', 'INFORMATION',
     '<p>Tổ chức các hội nghị thông tin chuyên đề; phối hợp với Hội Làm vườn thành phố tổ chức <strong>04 hội nghị</strong> tuyên truyền phổ biến kiến thức tại các xã, phường, thu hút gần 400 lượt người tham dự.</p>'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8050-000000000001', 'CONSULTANCY',
     '<p>Tổ chức thành công Hội thảo khoa học “Doanh nhân Nguyễn Sơn Hà – Những đóng góp to lớn của ông và gia đình cho đất nước và thành phố Hải Phòng”; thực hiện nhiệm vụ tư vấn, phản biện năm 2021 của Liên hiệp Hội Việt Nam.</p>'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8050-000000000001', 'CONTESTS_AWARDS',
     '<p>Phát động Hội thi Sáng tạo kỹ thuật thành phố Hải Phòng lần thứ ba, năm 2020 – 2021; giới thiệu <strong>02 công trình</strong> tham gia Sách vàng Sáng tạo Việt Nam năm 2021.</p>'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8050-000000000001', 'EMULATION_COMMENDATION',
     '<p>Tham gia Lễ ký giao ước thi đua năm 2021.</p>'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8050-000000000001', 'DIFFICULTIES',
     '<p>Đại dịch COVID-19 tác động lớn đến kết quả triển khai các chương trình, kế hoạch công tác chuyên môn.</p>')
on conflict do nothing;

select begin_tenant_scope('0195d2a0-0000-7000-8000-000000000033');

insert into report (tenant_id, id, period_id, province_code, status, title, number_symbol, place, issued_on, recipients,
                    signer_title, signer_name, approved_on, sent_at, accepted_at, created_at, updated_at)
select '0195d2a0-0000-7000-8000-000000000033', r.id::uuid, p.id, '33', r.status, r.title, r.number_symbol, 'Hưng Yên',
       r.issued_on::date, E'- Liên hiệp các Hội KH&KT Việt Nam;\n- Thường trực Tỉnh ủy, UBND tỉnh;\n- Lưu: VT.',
       E'TM. BAN THƯỜNG VỤ\nCHỦ TỊCH', 'Nguyễn Khắc Hào', r.approved_on::date, r.sent_at::timestamptz,
       r.accepted_at::timestamptz, r.created_at::timestamptz, coalesce(r.accepted_at, r.sent_at, r.created_at)::timestamptz
from (values
    ('0195d2a0-0033-7000-8050-000000000001', 'H1', 'ACCEPTED', 'Báo cáo kết quả hoạt động 6 tháng đầu năm 2021',
     '29/BC-LHH', '2021-07-06', '2021-07-06', '2021-07-09 08:30+07', '2021-07-20 10:00+07', '2021-06-28 08:00+07'),
    ('0195d2a0-0033-7000-8050-000000000002', 'M10', 'DRAFT', 'Báo cáo kết quả hoạt động 10 tháng đầu năm 2021',
     null, null, null, null, null, '2021-10-26 08:00+07')
) as r (id, kind, status, title, number_symbol, issued_on, approved_on, sent_at, accepted_at, created_at)
join reporting_period p on p.year = 2021 and p.kind = r.kind
on conflict do nothing;

insert into report_transition (tenant_id, id, report_id, from_status, to_status, actor, occurred_at, comment, meeting_date) values
    ('0195d2a0-0000-7000-8000-000000000033', '0195d2a0-0033-7000-8051-000000000001', '0195d2a0-0033-7000-8050-000000000001', 'DRAFT', 'SUBMITTED', 'hung-yen-editor', '2021-07-02 16:00+07', null, null),
    ('0195d2a0-0000-7000-8000-000000000033', '0195d2a0-0033-7000-8051-000000000002', '0195d2a0-0033-7000-8050-000000000001', 'SUBMITTED', 'APPROVED', 'hung-yen-admin', '2021-07-06 17:00+07', null, '2021-07-06'),
    ('0195d2a0-0000-7000-8000-000000000033', '0195d2a0-0033-7000-8051-000000000003', '0195d2a0-0033-7000-8050-000000000001', 'APPROVED', 'SENT', 'hung-yen-admin', '2021-07-09 08:30+07', null, null),
    ('0195d2a0-0000-7000-8000-000000000033', '0195d2a0-0033-7000-8051-000000000004', '0195d2a0-0033-7000-8050-000000000001', 'SENT', 'ACCEPTED', 'national-reviewer', '2021-07-20 10:00+07', null, null)
on conflict do nothing;

insert into report_section (tenant_id, report_id, section, body_html) values
    ('0195d2a0-0000-7000-8000-000000000033', '0195d2a0-0033-7000-8050-000000000001', 'INFORMATION',
     '<p>Duy trì các hoạt động thông tin, phổ biến kiến thức khoa học và công nghệ trong điều kiện phòng, chống dịch Covid-19.</p>'),
    ('0195d2a0-0000-7000-8000-000000000033', '0195d2a0-0033-7000-8050-000000000002', 'ORGANISATION',
     '<p>Dự thảo: củng cố tổ chức, phát triển hội viên trong 10 tháng đầu năm.</p>')
on conflict do nothing;

-- The figures (report_value): computed from the demo records of each union for the report's period.

-- The figures computed from the demo records (as IndicatorComputation computes them; DemoReportFiguresTest checks
-- they still are), at the time each report was last computed before its submission.
select begin_tenant_scope('0195d2a0-0000-7000-8000-000000000038');
insert into report_value (tenant_id, report_id, indicator_year, indicator_code, computed_value, computed_at)
select '0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8050-000000000001', 2021, v.code, v.figure, '2021-06-18 15:00+07'
from (values
    ('TC01', 32), ('TC02', 6), ('TC03', 5), ('TC04', 0), ('TC05', 23628), ('TC06', 114), ('TC07', 0), ('TC08', 1),
    ('TT01', 4), ('TT02', 0), ('TT03', 0), ('TT04', 2), ('TV01', 10), ('TV02', 4), ('KH01', 1), ('KH02', 2),
    ('KH03', 0), ('KH04', 0), ('KH05', 8), ('KH06', 3), ('KH07', 2030), ('KH08', 150), ('GT01', 2), ('GT02', 7),
    ('GT03', 0), ('GT04', 2), ('KT01', 0), ('KT02', 0), ('KT03', 0)
) as v (code, figure)
on conflict (tenant_id, report_id, indicator_code) do update set computed_value = excluded.computed_value, computed_at = excluded.computed_at;
insert into report_value (tenant_id, report_id, indicator_year, indicator_code, computed_value, computed_at)
select '0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8050-000000000002', 2021, v.code, v.figure, '2021-10-25 15:00+07'
from (values
    ('TC01', 32), ('TC02', 6), ('TC03', 5), ('TC04', 0), ('TC05', 23628), ('TC06', 114), ('TC07', 0), ('TC08', 1),
    ('TT01', 4), ('TT02', 0), ('TT03', 0), ('TT04', 4), ('TV01', 10), ('TV02', 7), ('KH01', 1), ('KH02', 2),
    ('KH03', 0), ('KH04', 0), ('KH05', 9), ('KH06', 3), ('KH07', 2730), ('KH08', 150), ('GT01', 2), ('GT02', 7),
    ('GT03', 4), ('GT04', 2), ('KT01', 0), ('KT02', 0), ('KT03', 0)
) as v (code, figure)
on conflict (tenant_id, report_id, indicator_code) do update set computed_value = excluded.computed_value, computed_at = excluded.computed_at;
select begin_tenant_scope('0195d2a0-0000-7000-8000-000000000031');
insert into report_value (tenant_id, report_id, indicator_year, indicator_code, computed_value, computed_at)
select '0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8050-000000000001', 2021, v.code, v.figure, '2021-06-21 15:00+07'
from (values
    ('TC01', 3), ('TC02', 0), ('TC03', 0), ('TC04', 0), ('TC05', 0), ('TC06', 0), ('TC07', 0), ('TC08', 0),
    ('TT01', 4), ('TT02', 390), ('TT03', 2), ('TT04', 1), ('TV01', 2), ('TV02', 0), ('KH01', 0), ('KH02', 1),
    ('KH03', 0), ('KH04', 0), ('KH05', 1), ('KH06', 0), ('KH07', 0), ('KH08', 0), ('GT01', 3), ('GT02', 9),
    ('GT03', 0), ('GT04', 2), ('KT01', 1), ('KT02', 0), ('KT03', 0)
) as v (code, figure)
on conflict (tenant_id, report_id, indicator_code) do update set computed_value = excluded.computed_value, computed_at = excluded.computed_at;
insert into report_value (tenant_id, report_id, indicator_year, indicator_code, computed_value, computed_at)
select '0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8050-000000000002', 2021, v.code, v.figure, '2021-10-22 15:00+07'
from (values
    ('TC01', 3), ('TC02', 0), ('TC03', 0), ('TC04', 0), ('TC05', 0), ('TC06', 0), ('TC07', 0), ('TC08', 0),
    ('TT01', 4), ('TT02', 390), ('TT03', 2), ('TT04', 1), ('TV01', 2), ('TV02', 1), ('KH01', 0), ('KH02', 1),
    ('KH03', 0), ('KH04', 0), ('KH05', 1), ('KH06', 0), ('KH07', 0), ('KH08', 0), ('GT01', 3), ('GT02', 9),
    ('GT03', 0), ('GT04', 2), ('KT01', 1), ('KT02', 0), ('KT03', 0)
) as v (code, figure)
on conflict (tenant_id, report_id, indicator_code) do update set computed_value = excluded.computed_value, computed_at = excluded.computed_at;
select begin_tenant_scope('0195d2a0-0000-7000-8000-000000000033');
insert into report_value (tenant_id, report_id, indicator_year, indicator_code, computed_value, computed_at)
select '0195d2a0-0000-7000-8000-000000000033', '0195d2a0-0033-7000-8050-000000000001', 2021, v.code, v.figure, '2021-07-02 15:00+07'
from (values
    ('TC01', 1), ('TC02', 0), ('TC03', 0), ('TC04', 0), ('TC05', 0), ('TC06', 0), ('TC07', 0), ('TC08', 0),
    ('TT01', 0), ('TT02', 0), ('TT03', 0), ('TT04', 0), ('TV01', 0), ('TV02', 0), ('KH01', 0), ('KH02', 0),
    ('KH03', 0), ('KH04', 0), ('KH05', 0), ('KH06', 0), ('KH07', 0), ('KH08', 0), ('GT01', 0), ('GT02', 0),
    ('GT03', 0), ('GT04', 0), ('KT01', 0), ('KT02', 0), ('KT03', 0)
) as v (code, figure)
on conflict (tenant_id, report_id, indicator_code) do update set computed_value = excluded.computed_value, computed_at = excluded.computed_at;
insert into report_value (tenant_id, report_id, indicator_year, indicator_code, computed_value, computed_at)
select '0195d2a0-0000-7000-8000-000000000033', '0195d2a0-0033-7000-8050-000000000002', 2021, v.code, v.figure, '2021-10-26 09:00+07'
from (values
    ('TC01', 1), ('TC02', 0), ('TC03', 0), ('TC04', 0), ('TC05', 0), ('TC06', 0), ('TC07', 0), ('TC08', 0),
    ('TT01', 0), ('TT02', 0), ('TT03', 0), ('TT04', 0), ('TV01', 0), ('TV02', 0), ('KH01', 0), ('KH02', 0),
    ('KH03', 0), ('KH04', 0), ('KH05', 0), ('KH06', 0), ('KH07', 0), ('KH08', 0), ('GT01', 0), ('GT02', 0),
    ('GT03', 0), ('GT04', 0), ('KT01', 0), ('KT02', 0), ('KT03', 0)
) as v (code, figure)
on conflict (tenant_id, report_id, indicator_code) do update set computed_value = excluded.computed_value, computed_at = excluded.computed_at;

-- Hải Phòng's census in the registry starts at 31/12/2022, so its members at 30/06/2021 compute as none: the union
-- reported the figure its member associations sent (the figure is made up for the demo).
select begin_tenant_scope('0195d2a0-0000-7000-8000-000000000031');
insert into report_value (tenant_id, report_id, indicator_year, indicator_code, computed_value, computed_at, entered_value,
                          reason, entered_at, entered_by) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8050-000000000001', 2021, 'TC05', 0, '2021-06-21 15:00+07', 6480,
     'Số liệu tổng hợp từ báo cáo của các hội thành viên', '2021-06-21 15:30+07', 'hai-phong-editor')
on conflict (tenant_id, report_id, indicator_code) do update set entered_value = excluded.entered_value,
    reason = excluded.reason, entered_at = excluded.entered_at, entered_by = excluded.entered_by;

-- Figures entered by hand (no source computes them).

select begin_tenant_scope('0195d2a0-0000-7000-8000-000000000038');
insert into report_value (tenant_id, report_id, indicator_year, indicator_code, computed_value, entered_value, reason, computed_at, entered_at, entered_by) values
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8050-000000000001', 2021, 'TV03', null, 3, null, null, '2021-06-18 15:00+07', 'thanh-hoa-editor')
on conflict do nothing;

select begin_tenant_scope('0195d2a0-0000-7000-8000-000000000031');
insert into report_value (tenant_id, report_id, indicator_year, indicator_code, computed_value, entered_value, reason, computed_at, entered_at, entered_by) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8050-000000000001', 2021, 'TV03', null, 2, null, null, '2021-06-21 15:00+07', 'hai-phong-editor')
on conflict do nothing;
