-- The demo consultancy, critique and social assessment (tư vấn, phản biện và giám định xã hội). Thanh Hóa 2021 as
-- its report of 22/06/2021 gives it: the Chairman of UBND tỉnh assigned 10 tasks, 04 were done (accepted) by
-- 30/06/2021; the rest of the year is made up. Hải Phòng: the 2021 task of the national union (VUSTA) the seed
-- names, and critiques for the city. SUBJECTS, DOCUMENT NUMBERS, DATES, ASSESSMENTS AND EXPERTS ARE MADE UP FOR THE
-- DEMO, in the areas the seeds name (agriculture, planning, environment).
--
-- Flyway runs repeatable migrations in order of description, so this file runs before R__demo_tenants_registry.sql
-- and R__demo_tenants_files.sql: it uses only the units of R__demo_tenants.sql, and brings its own experts and the
-- rows of its files (bytes: demo/bao-cao.pdf, put in the storage at startup). Ids: 0195d2a0-<tenant>-7000-8020-…
-- tasks, 8021 their history, 8022 files, 8029 experts. Idempotent.

select begin_tenant_scope('0195d2a0-0000-7000-8000-000000000038');

insert into member (tenant_id, id, full_name, gender, birth_year, academic_title, degree, specialty, workplace, status,
                    expert, processing_consent_on) values
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8029-000000000001', 'Lê Đình Thuận', 'MALE', 1968, null, 'TS', 'Khoa học đất', 'Viện Nông nghiệp Thanh Hóa', 'ACTIVE', true, '2024-01-15'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8029-000000000002', 'Nguyễn Thị Bích Ngọc', 'FEMALE', 1972, 'PGS', 'TS', 'Quy hoạch đô thị', 'Trường Đại học Hồng Đức', 'ACTIVE', true, '2024-01-15'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8029-000000000003', 'Trịnh Văn Hải', 'MALE', 1975, null, 'TS', 'Kỹ thuật môi trường', 'Trường Đại học Hồng Đức', 'ACTIVE', true, '2024-01-15'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8029-000000000004', 'Hoàng Thị Mai', 'FEMALE', 1983, null, 'THS', 'Lâm sinh', 'Chi cục Kiểm lâm tỉnh Thanh Hóa', 'ACTIVE', true, '2024-01-15'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8029-000000000005', 'Đỗ Quang Vinh', 'MALE', 1965, null, 'TS', 'Kinh tế nông nghiệp', 'Trường Đại học Hồng Đức', 'ACTIVE', true, '2024-01-15'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8029-000000000006', 'Lê Minh Châu', 'MALE', 1970, null, 'KS', 'Thủy lợi', 'Công ty TNHH MTV Sông Chu', 'ACTIVE', true, '2024-01-15')
on conflict (tenant_id, id) do nothing;
insert into member_expertise (tenant_id, member_id, field_code) values
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8029-000000000001', '401'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8029-000000000002', '201'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8029-000000000003', '207'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8029-000000000004', '404'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8029-000000000005', '502'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8029-000000000006', '201')
on conflict do nothing;

-- The plan of 2021. On 30/06/2021: 10 assigned, 4 accepted (01–04), 1 report awaiting acceptance (05), 4 in
-- progress (06, 07, 08, 10), 1 not started (09). By the end of the year: 9 accepted, 1 cancelled.
insert into consultancy_task (tenant_id, id, plan_year, kind, subject, authority_kind, authority, assignment_number,
                              assigned_on, due_on, lead_unit_id, status, started_on, report_submitted_on, accepted_on,
                              cancelled_on, cancel_reason, assessment, assessment_rating) values
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8020-000000000001', 2021, 'CRITIQUE',
     'Phản biện Đề án phát triển nông nghiệp hữu cơ tỉnh Thanh Hóa giai đoạn 2021–2025', 'PEOPLES_COMMITTEE',
     'Chủ tịch UBND tỉnh Thanh Hóa', '412/QĐ-UBND', '2021-01-25', '2021-04-30', '0195d2a0-0038-7000-8000-000000000001',
     'ACCEPTED', '2021-02-08', '2021-04-16', '2021-05-14', null, null,
     'Báo cáo phản biện có chất lượng; nhiều kiến nghị được tiếp thu vào Đề án trước khi trình phê duyệt.', 'GOOD'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8020-000000000002', 2021, 'CRITIQUE',
     'Phản biện Đồ án điều chỉnh Quy hoạch chung đô thị Nghi Sơn đến năm 2040', 'PEOPLES_COMMITTEE',
     'Chủ tịch UBND tỉnh Thanh Hóa', '412/QĐ-UBND', '2021-01-25', '2021-06-15', '0195d2a0-0038-7000-8000-000000000003',
     'ACCEPTED', '2021-02-22', '2021-05-28', '2021-06-18', null, null,
     'Các ý kiến phản biện về hạ tầng kỹ thuật và bảo vệ môi trường khu kinh tế được đánh giá cao, là cơ sở khoa học trước khi trình duyệt.', 'EXCELLENT'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8020-000000000003', 2021, 'CONSULTANCY',
     'Tư vấn Kế hoạch bảo vệ môi trường lưu vực sông Mã giai đoạn 2021–2025', 'PEOPLES_COMMITTEE',
     'Chủ tịch UBND tỉnh Thanh Hóa', '412/QĐ-UBND', '2021-01-25', '2021-04-15', '0195d2a0-0038-7000-8000-000000000004',
     'ACCEPTED', '2021-02-01', '2021-04-02', '2021-04-22', null, null,
     'Đạt yêu cầu; UBND tỉnh giao Sở Tài nguyên và Môi trường nghiên cứu, tiếp thu các đề xuất.', 'SATISFACTORY'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8020-000000000004', 2021, 'CRITIQUE',
     'Phản biện Đề án tái cơ cấu ngành lâm nghiệp tỉnh Thanh Hóa đến năm 2025, định hướng đến năm 2030', 'PEOPLES_COMMITTEE',
     'Chủ tịch UBND tỉnh Thanh Hóa', '412/QĐ-UBND', '2021-01-25', '2021-06-30', null,
     'ACCEPTED', '2021-03-01', '2021-06-04', '2021-06-25', null, null,
     'Báo cáo phản biện được đánh giá cao, là kênh thông tin quan trọng trước khi ban hành Đề án.', 'GOOD'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8020-000000000005', 2021, 'CRITIQUE',
     'Phản biện Quy hoạch vùng nguyên liệu mía đường Lam Sơn giai đoạn 2021–2030', 'PEOPLES_COMMITTEE',
     'Chủ tịch UBND tỉnh Thanh Hóa', '412/QĐ-UBND', '2021-01-25', '2021-07-31', '0195d2a0-0038-7000-8000-000000000001',
     'ACCEPTED', '2021-03-15', '2021-06-28', '2021-07-20', null, null,
     'Các giải pháp về giống và thủy lợi nội đồng được chủ đầu tư tiếp thu.', 'GOOD'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8020-000000000006', 2021, 'SOCIAL_ASSESSMENT',
     'Giám định xã hội Dự án khu xử lý chất thải rắn sinh hoạt tập trung huyện Thạch Thành', 'PEOPLES_COMMITTEE',
     'Chủ tịch UBND tỉnh Thanh Hóa', '1250/UBND-NN', '2021-03-08', '2021-08-31', '0195d2a0-0038-7000-8000-000000000004',
     'ACCEPTED', '2021-04-15', '2021-08-30', '2021-09-24', null, null,
     'Đạt yêu cầu; đề nghị chủ đầu tư bổ sung phương án giám sát nước rỉ rác theo kiến nghị của hội đồng.', 'SATISFACTORY'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8020-000000000007', 2021, 'CRITIQUE',
     'Phản biện Đề án phát triển du lịch sinh thái gắn với bảo tồn Vườn quốc gia Bến En', 'PEOPLES_COMMITTEE',
     'Chủ tịch UBND tỉnh Thanh Hóa', '1250/UBND-NN', '2021-03-08', '2021-09-30', null,
     'ACCEPTED', '2021-06-01', '2021-09-17', '2021-10-15', null, null,
     'Báo cáo phản biện được đánh giá tốt về các giải pháp bảo tồn đa dạng sinh học.', 'GOOD'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8020-000000000008', 2021, 'CONSULTANCY',
     'Tư vấn Chương trình xây dựng nông thôn mới kiểu mẫu tỉnh Thanh Hóa giai đoạn 2021–2025', 'PEOPLES_COMMITTEE',
     'Chủ tịch UBND tỉnh Thanh Hóa', '412/QĐ-UBND', '2021-01-25', '2021-10-31', '0195d2a0-0038-7000-8000-000000000001',
     'ACCEPTED', '2021-05-10', '2021-10-22', '2021-11-12', null, null,
     'Các tiêu chí đề xuất cho vườn mẫu, khu dân cư kiểu mẫu được tiếp thu vào Chương trình.', 'GOOD'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8020-000000000009', 2021, 'CRITIQUE',
     'Phản biện Quy hoạch thủy lợi tỉnh Thanh Hóa thời kỳ 2021–2030, tầm nhìn đến năm 2050', 'PEOPLES_COMMITTEE',
     'Chủ tịch UBND tỉnh Thanh Hóa', '2890/UBND-CN', '2021-04-12', '2021-11-30', '0195d2a0-0038-7000-8000-000000000003',
     'ACCEPTED', '2021-07-05', '2021-11-26', '2021-12-15', null, null,
     'Báo cáo phản biện có chất lượng cao, đề xuất cụ thể về an toàn hồ đập và chống ngập úng đô thị.', 'EXCELLENT'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8020-000000000010', 2021, 'CRITIQUE',
     'Phản biện Đề án chuyển đổi cơ cấu cây trồng trên đất trồng lúa kém hiệu quả giai đoạn 2021–2025', 'PEOPLES_COMMITTEE',
     'Chủ tịch UBND tỉnh Thanh Hóa', '412/QĐ-UBND', '2021-01-25', '2021-09-30', '0195d2a0-0038-7000-8000-000000000001',
     'CANCELLED', '2021-06-15', null, null, '2021-09-10',
     'UBND tỉnh giao Sở Nông nghiệp và Phát triển nông thôn lồng ghép nội dung vào Đề án tái cơ cấu ngành nông nghiệp; không tổ chức phản biện riêng.',
     null, null)
on conflict (tenant_id, id) do nothing;

insert into consultancy_panel_member (tenant_id, task_id, member_id, added_at)
select '0195d2a0-0000-7000-8000-000000000038'::uuid, ('0195d2a0-0038-7000-8020-0000000000' || v.task)::uuid,
       ('0195d2a0-0038-7000-8029-00000000000' || v.expert)::uuid, timestamptz '2021-02-01 09:00:00+07'
from (values ('01', '1'), ('01', '5'), ('02', '2'), ('02', '6'), ('03', '3'), ('03', '1'), ('04', '4'), ('04', '5'),
             ('05', '1'), ('05', '5'), ('06', '3'), ('06', '2'), ('07', '4'), ('07', '3'), ('08', '1'), ('08', '2'),
             ('08', '5'), ('09', '6'), ('09', '2'), ('10', '1'), ('10', '4')) v(task, expert)
on conflict do nothing;

-- The result documents (the reports submitted) and the assigning decision of the plan.
insert into stored_file (tenant_id, id, name, content_type, size_bytes, sha256, storage_key, uploaded_at, uploaded_by)
select '0195d2a0-0000-7000-8000-000000000038'::uuid, ('0195d2a0-0038-7000-8022-0000000000' || v.n)::uuid, v.name,
       'application/pdf', 733, '5b1f119c15552969a62b7d0c330e81ded8fc8ea4155edf63712f95a99ab99a25', 'demo/bao-cao.pdf',
       (v.day + time '08:30') at time zone 'Asia/Ho_Chi_Minh', 'thanh-hoa-editor'
from (values ('01', 'Báo cáo phản biện Đề án nông nghiệp hữu cơ 2021–2025.pdf', date '2021-04-16'),
             ('02', 'Báo cáo phản biện Quy hoạch chung đô thị Nghi Sơn.pdf', date '2021-05-28'),
             ('03', 'Báo cáo tư vấn Kế hoạch bảo vệ môi trường lưu vực sông Mã.pdf', date '2021-04-02'),
             ('04', 'Báo cáo phản biện Đề án tái cơ cấu ngành lâm nghiệp.pdf', date '2021-06-04'),
             ('05', 'Báo cáo phản biện Quy hoạch vùng mía đường Lam Sơn.pdf', date '2021-06-28'),
             ('06', 'Báo cáo giám định xã hội Dự án xử lý chất thải rắn Thạch Thành.pdf', date '2021-08-30'),
             ('07', 'Báo cáo phản biện Đề án du lịch sinh thái Bến En.pdf', date '2021-09-17'),
             ('08', 'Báo cáo tư vấn Chương trình nông thôn mới kiểu mẫu.pdf', date '2021-10-22'),
             ('09', 'Báo cáo phản biện Quy hoạch thủy lợi 2021–2030.pdf', date '2021-11-26'),
             ('20', 'Quyết định 412-QĐ-UBND giao nhiệm vụ tư vấn, phản biện năm 2021.pdf', date '2021-01-26')) v(n, name, day)
on conflict do nothing;
insert into consultancy_task_attachment (tenant_id, task_id, file_id, result)
select '0195d2a0-0000-7000-8000-000000000038'::uuid, ('0195d2a0-0038-7000-8020-0000000000' || v.task)::uuid,
       ('0195d2a0-0038-7000-8022-0000000000' || v.file)::uuid, v.result
from (values ('01', '01', true), ('02', '02', true), ('03', '03', true), ('04', '04', true), ('05', '05', true),
             ('06', '06', true), ('07', '07', true), ('08', '08', true), ('09', '09', true), ('01', '20', false)) v(task, file, result)
on conflict do nothing;

select begin_tenant_scope('0195d2a0-0000-7000-8000-000000000031');

insert into member (tenant_id, id, full_name, gender, birth_year, academic_title, degree, specialty, workplace, status,
                    expert, processing_consent_on) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8029-000000000001', 'Vũ Văn Thịnh', 'MALE', 1962, 'PGS', 'TS', 'Kinh tế phát triển', 'Trường Đại học Hàng hải Việt Nam', 'ACTIVE', true, '2024-01-15'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8029-000000000002', 'Nguyễn Thị Hải Yến', 'FEMALE', 1978, null, 'TS', 'Quy hoạch đô thị', 'Viện Quy hoạch thành phố Hải Phòng', 'ACTIVE', true, '2024-01-15'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8029-000000000003', 'Trần Đức Lộc', 'MALE', 1970, null, 'TS', 'Kinh tế biển', 'Viện Tài nguyên và Môi trường biển', 'ACTIVE', true, '2024-01-15')
on conflict (tenant_id, id) do nothing;
insert into member_expertise (tenant_id, member_id, field_code) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8029-000000000001', '502'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8029-000000000002', '201'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8029-000000000003', '105')
on conflict do nothing;

-- 2021: the national union's task the seed names, and a critique for the city; 2022: a critique on the sea
-- economy; 2026: a draft the Department of Science and Technology asked about, in progress.
insert into consultancy_task (tenant_id, id, plan_year, kind, subject, authority_kind, authority, assignment_number,
                              assigned_on, due_on, lead_unit_id, status, started_on, report_submitted_on, accepted_on,
                              cancelled_on, cancel_reason, assessment, assessment_rating) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8020-000000000001', 2021, 'CONSULTANCY',
     'Đề xuất các giải pháp tiếp tục đẩy mạnh CNH, HĐH Hải Phòng trên cơ sở đánh giá sự đột phá, phát triển của thành phố Hải Phòng trong giai đoạn 2015-2020',
     'NATIONAL_UNION', 'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam', '215/QĐ-LHHVN', '2021-03-02', '2021-11-30', null,
     'ACCEPTED', '2021-03-20', '2021-11-25', '2021-12-22', null, null,
     'Hội đồng nghiệm thu của Liên hiệp Hội Việt Nam đánh giá đạt yêu cầu; các giải pháp được gửi UBND thành phố tham khảo.', 'GOOD'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8020-000000000002', 2021, 'CRITIQUE',
     'Phản biện dự thảo Đề án phát triển nông nghiệp đô thị, sinh thái thành phố Hải Phòng giai đoạn 2021–2025',
     'PEOPLES_COMMITTEE', 'UBND thành phố Hải Phòng', '1863/UBND-NN', '2021-04-05', '2021-07-30',
     '0195d2a0-0031-7000-8000-000000000001',
     'ACCEPTED', '2021-04-20', '2021-07-16', '2021-08-10', null, null,
     'Đạt yêu cầu; Sở Nông nghiệp và Phát triển nông thôn tiếp thu các kiến nghị về mô hình vườn sinh thái.', 'SATISFACTORY'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8020-000000000003', 2022, 'CRITIQUE',
     'Phản biện dự thảo Đề án phát triển kinh tế biển thành phố Hải Phòng đến năm 2030, tầm nhìn đến năm 2045',
     'PEOPLES_COMMITTEE', 'UBND thành phố Hải Phòng', '4120/UBND-KT', '2022-06-20', '2022-10-31', null,
     'ACCEPTED', '2022-07-04', '2022-10-21', '2022-11-18', null, null,
     'Báo cáo phản biện bám sát vấn đề nóng của thành phố, nhiều ý kiến được tiếp thu.', 'GOOD'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8020-000000000004', 2026, 'CRITIQUE',
     'Góp ý, phản biện dự thảo Quy chế xét chọn, tôn vinh trí thức khoa học và công nghệ tiêu biểu thành phố Hải Phòng',
     'DEPARTMENT', 'Sở Khoa học và Công nghệ thành phố Hải Phòng', '92/SKHCN-QLKH', '2026-03-10', '2026-12-15',
     '0195d2a0-0031-7000-8000-000000000002',
     'IN_PROGRESS', '2026-04-01', null, null, null, null, null, null)
on conflict (tenant_id, id) do nothing;

insert into consultancy_panel_member (tenant_id, task_id, member_id, added_at)
select '0195d2a0-0000-7000-8000-000000000031'::uuid, ('0195d2a0-0031-7000-8020-0000000000' || v.task)::uuid,
       ('0195d2a0-0031-7000-8029-00000000000' || v.expert)::uuid, timestamptz '2021-03-15 09:00:00+07'
from (values ('01', '1'), ('01', '2'), ('01', '3'), ('02', '2'), ('03', '1'), ('03', '3'), ('04', '1')) v(task, expert)
on conflict do nothing;

insert into stored_file (tenant_id, id, name, content_type, size_bytes, sha256, storage_key, uploaded_at, uploaded_by)
select '0195d2a0-0000-7000-8000-000000000031'::uuid, ('0195d2a0-0031-7000-8022-0000000000' || v.n)::uuid, v.name,
       'application/pdf', 733, '5b1f119c15552969a62b7d0c330e81ded8fc8ea4155edf63712f95a99ab99a25', 'demo/bao-cao.pdf',
       (v.day + time '08:30') at time zone 'Asia/Ho_Chi_Minh', 'hai-phong-editor'
from (values ('01', 'Báo cáo đề tài Giải pháp đẩy mạnh CNH, HĐH Hải Phòng.pdf', date '2021-11-25'),
             ('02', 'Báo cáo phản biện Đề án nông nghiệp đô thị, sinh thái.pdf', date '2021-07-16'),
             ('03', 'Báo cáo phản biện Đề án phát triển kinh tế biển.pdf', date '2022-10-21'),
             ('20', 'Quyết định 215-QĐ-LHHVN giao nhiệm vụ tư vấn phản biện năm 2021.pdf', date '2021-03-03')) v(n, name, day)
on conflict do nothing;
insert into consultancy_task_attachment (tenant_id, task_id, file_id, result)
select '0195d2a0-0000-7000-8000-000000000031'::uuid, ('0195d2a0-0031-7000-8020-0000000000' || v.task)::uuid,
       ('0195d2a0-0031-7000-8022-0000000000' || v.file)::uuid, v.result
from (values ('01', '01', true), ('02', '02', true), ('03', '03', true), ('01', '20', false)) v(task, file, result)
on conflict do nothing;

-- The history of every demo task, in both tenants, from the days of its steps: recorded by the demo on those days.
-- Run once per tenant scope (row-level security shows each its own tasks).
select begin_tenant_scope('0195d2a0-0000-7000-8000-000000000038');
insert into consultancy_task_transition (tenant_id, id, task_id, from_status, to_status, happened_on, actor, recorded_at, comment)
select t.tenant_id, (left(t.id::text, 19) || '8021-' || right(t.id::text, 10) || '0' || s.n)::uuid, t.id, s.from_status,
       s.to_status, s.happened_on, 'thanh-hoa-editor', (s.happened_on + time '16:00') at time zone 'Asia/Ho_Chi_Minh', s.comment
from consultancy_task t
cross join lateral (values
    (1, null, 'ASSIGNED', t.assigned_on, null),
    (2, 'ASSIGNED', 'IN_PROGRESS', t.started_on, null),
    (3, 'IN_PROGRESS', 'REPORT_SUBMITTED', t.report_submitted_on, null),
    (4, 'REPORT_SUBMITTED', 'ACCEPTED', t.accepted_on, null),
    (5, case when t.report_submitted_on is not null then 'REPORT_SUBMITTED' when t.started_on is not null then 'IN_PROGRESS'
             else 'ASSIGNED' end, 'CANCELLED', t.cancelled_on, t.cancel_reason)
) s(n, from_status, to_status, happened_on, comment)
where t.id::text like '0195d2a0-0038-7000-8020-%' and s.happened_on is not null
on conflict do nothing;

select begin_tenant_scope('0195d2a0-0000-7000-8000-000000000031');
insert into consultancy_task_transition (tenant_id, id, task_id, from_status, to_status, happened_on, actor, recorded_at, comment)
select t.tenant_id, (left(t.id::text, 19) || '8021-' || right(t.id::text, 10) || '0' || s.n)::uuid, t.id, s.from_status,
       s.to_status, s.happened_on, 'hai-phong-editor', (s.happened_on + time '16:00') at time zone 'Asia/Ho_Chi_Minh', s.comment
from consultancy_task t
cross join lateral (values
    (1, null, 'ASSIGNED', t.assigned_on, null),
    (2, 'ASSIGNED', 'IN_PROGRESS', t.started_on, null),
    (3, 'IN_PROGRESS', 'REPORT_SUBMITTED', t.report_submitted_on, null),
    (4, 'REPORT_SUBMITTED', 'ACCEPTED', t.accepted_on, null),
    (5, case when t.report_submitted_on is not null then 'REPORT_SUBMITTED' when t.started_on is not null then 'IN_PROGRESS'
             else 'ASSIGNED' end, 'CANCELLED', t.cancelled_on, t.cancel_reason)
) s(n, from_status, to_status, happened_on, comment)
where t.id::text like '0195d2a0-0031-7000-8020-%' and s.happened_on is not null
on conflict do nothing;
