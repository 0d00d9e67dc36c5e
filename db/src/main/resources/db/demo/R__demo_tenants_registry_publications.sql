-- The demo publications, research projects and counted services, as the seeds quote them: Thanh Hóa's 6-month
-- report of 2021 ("xuất bản thành công 02 số Đặc san khoa học Thanh Hóa"; "hàng chục đề tài, dự án cấp tỉnh, cấp
-- ngành và cấp cơ sở"; "tư vấn pháp luật hơn 2.030 vụ việc … gần 20 đề án, dự án quy hoạch … 21 nhiệm vụ trong
-- lĩnh vực nông, lâm nghiệp … 150 báo cáo đánh giá tác động môi trường"), with what came before and after H1 2021 so
-- that a period's filter shows its figures; and a few records of Hải Phòng. Titles, people and splits between units
-- are made up for the demo. Runs after R__demo_tenants_registry.sql, whose units and members it names (Flyway orders
-- repeatable migrations by description). Idempotent.

select begin_tenant_scope('0195d2a0-0000-7000-8000-000000000038');
insert into publication (tenant_id, id, title, kind, unit_id, licence, notes) values
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8040-000000000001', 'Đặc san khoa học Thanh Hóa',
     'SCIENTIFIC_SPECIAL_ISSUE', null, 'Giấy phép xuất bản số 08/GP-STTTT của Sở Thông tin và Truyền thông Thanh Hóa',
     'Ban Thông tin phổ biến kiến thức biên tập, với các trí thức, nhà khoa học, cộng tác viên'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8040-000000000002', 'Kỷ yếu Hội thảo khoa học "Làng khoa bảng xứ Thanh"',
     'BOOK', '0195d2a0-0038-7000-8000-000000000005', 'Nhà xuất bản Thanh Hóa', null)
on conflict (tenant_id, id) do update set title = excluded.title, kind = excluded.kind, unit_id = excluded.unit_id,
    licence = excluded.licence, notes = excluded.notes;
insert into publication_issue (tenant_id, id, publication_id, number, published_on, copies, title, notes) values
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8041-000000000001', '0195d2a0-0038-7000-8040-000000000001',
     '04/2020', '2020-12-18', 1000, 'Tổng kết hoạt động khoa học và công nghệ năm 2020', null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8041-000000000002', '0195d2a0-0038-7000-8040-000000000001',
     '01/2021', '2021-03-26', 1000, 'Khoa học và công nghệ với phát triển nông nghiệp bền vững', null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8041-000000000003', '0195d2a0-0038-7000-8040-000000000001',
     '02/2021', '2021-06-18', 1200, 'Trí thức khoa học và công nghệ chung tay phòng, chống dịch COVID-19',
     'Số đặc biệt, in thêm 200 bản gửi các hội thành viên'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8041-000000000004', '0195d2a0-0038-7000-8040-000000000001',
     '03/2021', '2021-09-24', 1000, 'Chuyển đổi số trong hoạt động của các hội thành viên', null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8041-000000000005', '0195d2a0-0038-7000-8040-000000000002',
     'Tập 1', '2021-10-15', 300, null, null)
on conflict (tenant_id, id) do update set number = excluded.number, published_on = excluded.published_on,
    copies = excluded.copies, title = excluded.title, notes = excluded.notes;

-- Twelve projects under way in H1 2021 (5 provincial, 3 sector, 4 institutional: two accepted, one stopped in the
-- half-year), and one started later. Leads are members of the registry or, for outside researchers, names.
insert into research_project (tenant_id, id, title, kind, level, lead_unit_id, lead_member_id, lead_researcher,
                              commissioned_by, starts_on, ends_on, budget, status, accepted_on, rating, acceptance_notes,
                              stopped_on, stop_reason) values
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8042-000000000001',
     'Nghiên cứu, đề xuất giải pháp phát triển đội ngũ trí thức khoa học và công nghệ tỉnh Thanh Hóa đến năm 2030',
     'TOPIC', 'PROVINCIAL', null, '0195d2a0-0038-7000-8001-00000000000e', null, 'Sở Khoa học và Công nghệ tỉnh Thanh Hóa',
     '2020-07-01', '2022-06-30', 850000000, 'IN_PROGRESS', null, null, null, null, null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8042-000000000002',
     'Xây dựng mô hình trồng cây dược liệu dưới tán rừng tại huyện Thạch Thành',
     'PROJECT', 'PROVINCIAL', '0195d2a0-0038-7000-8000-000000000025', null, 'ThS. Lê Văn Hòa', 'UBND tỉnh Thanh Hóa',
     '2020-01-01', '2021-12-31', 1200000000, 'IN_PROGRESS', null, null, null, null, null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8042-000000000003',
     'Nâng cao chất lượng tư vấn, phản biện và giám định xã hội của Liên hiệp hội tỉnh Thanh Hóa',
     'TOPIC', 'PROVINCIAL', null, '0195d2a0-0038-7000-8001-00000000001d', null, 'Sở Khoa học và Công nghệ tỉnh Thanh Hóa',
     '2019-09-01', '2021-03-31', 620000000, 'ACCEPTED', '2021-04-20', 'GOOD',
     'Hội đồng khoa học cấp tỉnh nghiệm thu, xếp loại Khá', null, null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8042-000000000004',
     'Sản xuất lúa hữu cơ theo chuỗi giá trị tại huyện Thọ Xuân',
     'PROJECT', 'PROVINCIAL', '0195d2a0-0038-7000-8000-000000000022', null, 'TS. Lê Thị Hạnh', 'UBND tỉnh Thanh Hóa',
     '2021-03-01', '2023-02-28', 1500000000, 'IN_PROGRESS', null, null, null, null, null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8042-000000000005',
     'Đề xuất chính sách thu hút trí thức trẻ về công tác tại các huyện miền núi Thanh Hóa',
     'TOPIC', 'PROVINCIAL', '0195d2a0-0038-7000-8000-000000000027', '0195d2a0-0038-7000-8001-000000000034', null,
     'UBND tỉnh Thanh Hóa', '2020-05-01', '2021-11-30', 540000000, 'STOPPED', null, null, null, '2021-05-20',
     'Chủ nhiệm đề tài chuyển công tác; cơ quan quản lý đồng ý dừng thực hiện'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8042-000000000006',
     'Đánh giá hiệu quả điều trị bệnh phổi tắc nghẽn mạn tính bằng y học cổ truyền',
     'TOPIC', 'MINISTERIAL', '0195d2a0-0038-7000-8000-000000000007', '0195d2a0-0038-7000-8001-000000000003', null,
     'Sở Y tế tỉnh Thanh Hóa', '2020-06-01', '2021-12-31', 300000000, 'IN_PROGRESS', null, null, null, null, null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8042-000000000007',
     'Giải pháp bảo vệ nguồn lợi thủy sản ven biển Thanh Hóa',
     'TOPIC', 'MINISTERIAL', '0195d2a0-0038-7000-8000-000000000010', '0195d2a0-0038-7000-8001-000000000005', null,
     'Sở Nông nghiệp và Phát triển nông thôn tỉnh Thanh Hóa', '2020-01-15', '2021-06-30', 450000000, 'ACCEPTED',
     '2021-06-25', 'EXCELLENT', null, null, null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8042-000000000008',
     'Ứng dụng công nghệ thông tin quản lý hồ sơ bệnh án tại các bệnh viện tuyến huyện',
     'PROJECT', 'MINISTERIAL', '0195d2a0-0038-7000-8000-000000000006', '0195d2a0-0038-7000-8001-00000000000b', null,
     'Sở Y tế tỉnh Thanh Hóa', '2021-02-01', '2022-01-31', 700000000, 'IN_PROGRESS', null, null, null, null, null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8042-000000000009',
     'Khảo sát chất lượng nước sinh hoạt nông thôn huyện Hoằng Hóa',
     'TOPIC', 'INSTITUTIONAL', '0195d2a0-0038-7000-8000-00000000000e', '0195d2a0-0038-7000-8001-000000000007', null,
     'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa', '2021-01-10', '2021-10-31', 80000000, 'IN_PROGRESS',
     null, null, null, null, null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8042-00000000000a',
     'Sưu tầm, biên soạn tư liệu về các làng khoa bảng xứ Thanh',
     'TOPIC', 'INSTITUTIONAL', '0195d2a0-0038-7000-8000-000000000005', '0195d2a0-0038-7000-8001-00000000003e', null,
     'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa', '2020-09-01', '2021-08-31', 60000000, 'IN_PROGRESS',
     null, null, null, null, null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8042-00000000000b',
     'Chuyển giao quy trình nhân giống cây ăn quả có múi sạch bệnh',
     'PROJECT', 'INSTITUTIONAL', '0195d2a0-0038-7000-8000-000000000004', '0195d2a0-0038-7000-8001-000000000025', null,
     'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa', '2021-04-01', '2022-03-31', null, 'REGISTERED',
     null, null, null, null, null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8042-00000000000c',
     'Đặc điểm ngôn ngữ địa phương trong ca dao Thanh Hóa',
     'TOPIC', 'INSTITUTIONAL', '0195d2a0-0038-7000-8000-00000000001b', '0195d2a0-0038-7000-8001-000000000021', null,
     'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa', '2020-03-01', '2021-02-28', 45000000, 'ACCEPTED',
     '2021-03-15', 'PASSED', null, null, null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8042-00000000000d',
     'Ứng dụng chế phẩm sinh học xử lý phụ phẩm nông nghiệp làm phân bón hữu cơ',
     'TOPIC', 'PROVINCIAL', '0195d2a0-0038-7000-8000-000000000021', null, 'TS. Trịnh Văn Mạnh',
     'Sở Khoa học và Công nghệ tỉnh Thanh Hóa', '2021-09-01', '2023-08-31', 900000000, 'IN_PROGRESS',
     null, null, null, null, null)
on conflict (tenant_id, id) do update set title = excluded.title, kind = excluded.kind, level = excluded.level,
    lead_unit_id = excluded.lead_unit_id, lead_member_id = excluded.lead_member_id,
    lead_researcher = excluded.lead_researcher, commissioned_by = excluded.commissioned_by,
    starts_on = excluded.starts_on, ends_on = excluded.ends_on, budget = excluded.budget, status = excluded.status,
    accepted_on = excluded.accepted_on, rating = excluded.rating, acceptance_notes = excluded.acceptance_notes,
    stopped_on = excluded.stopped_on, stop_reason = excluded.stop_reason;

insert into service_count_kind (tenant_id, id, name, unit_of_count, retired_at) values
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8043-000000000001', 'Tư vấn pháp luật', 'vụ việc', null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8043-000000000002', 'Tư vấn đề án, dự án quy hoạch', 'đề án, dự án', null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8043-000000000003', 'Tư vấn phản biện nhiệm vụ nông, lâm nghiệp', 'nhiệm vụ', null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8043-000000000004', 'Thẩm định, phản biện báo cáo đánh giá tác động môi trường', 'báo cáo', null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8043-000000000005', 'Thẩm định thiết kế dự toán xây dựng cơ bản', 'công trình',
     '2021-01-05 08:00:00+07')
on conflict (tenant_id, id) do update set name = excluded.name, unit_of_count = excluded.unit_of_count,
    retired_at = excluded.retired_at;

-- The scanned special issue and the acceptance minutes of a project (their bytes: the demo files of the application).
insert into stored_file (tenant_id, id, name, content_type, size_bytes, sha256, storage_key, uploaded_at, uploaded_by) values
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8045-000000000001', 'Đặc san khoa học Thanh Hóa số 02-2021.pdf',
     'application/pdf', 733, '5b1f119c15552969a62b7d0c330e81ded8fc8ea4155edf63712f95a99ab99a25', 'demo/bao-cao.pdf',
     '2021-06-18 10:00:00+07', 'thanh-hoa-editor'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8045-000000000002', 'Biên bản nghiệm thu 20-04-2021.pdf',
     'application/pdf', 733, '5b1f119c15552969a62b7d0c330e81ded8fc8ea4155edf63712f95a99ab99a25', 'demo/bao-cao.pdf',
     '2021-04-21 10:00:00+07', 'thanh-hoa-editor')
on conflict do nothing;
insert into publication_attachment (tenant_id, publication_id, file_id) values
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8040-000000000001', '0195d2a0-0038-7000-8045-000000000001')
on conflict do nothing;
insert into research_project_attachment (tenant_id, project_id, file_id) values
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8042-000000000003', '0195d2a0-0038-7000-8045-000000000002')
on conflict do nothing;

-- H1 2021: 2.030 legal advice cases (the legal aid centre counted by quarter), 19 planning projects ("gần 20"),
-- 21 agricultural and forestry tasks, 150 environmental impact reports. Then H2 2020 and Q3 2021 around them.
insert into service_count (tenant_id, id, kind_id, unit_id, period_start, period_end, quantity, notes) values
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8044-000000000001', '0195d2a0-0038-7000-8043-000000000001',
     '0195d2a0-0038-7000-8000-000000000024', '2021-01-01', '2021-03-31', 600, 'Tư vấn trực tiếp và qua điện thoại'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8044-000000000002', '0195d2a0-0038-7000-8043-000000000001',
     '0195d2a0-0038-7000-8000-000000000024', '2021-04-01', '2021-06-30', 650, 'Tư vấn trực tiếp và qua điện thoại'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8044-000000000003', '0195d2a0-0038-7000-8043-000000000001',
     '0195d2a0-0038-7000-8000-000000000027', '2021-01-01', '2021-06-30', 480, null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8044-000000000004', '0195d2a0-0038-7000-8043-000000000001',
     null, '2021-01-01', '2021-06-30', 300, 'Cho hàng ngàn lượt người'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8044-000000000005', '0195d2a0-0038-7000-8043-000000000002',
     '0195d2a0-0038-7000-8000-00000000000f', '2021-01-01', '2021-06-30', 11, 'Quy hoạch chung, chi tiết xây dựng đô thị'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8044-000000000006', '0195d2a0-0038-7000-8043-000000000002',
     '0195d2a0-0038-7000-8000-000000000003', '2021-01-01', '2021-06-30', 8, 'Hạ tầng kỹ thuật cụm công nghiệp, khu đô thị mới'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8044-000000000007', '0195d2a0-0038-7000-8043-000000000003',
     '0195d2a0-0038-7000-8000-000000000012', '2021-01-01', '2021-06-30', 9, null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8044-000000000008', '0195d2a0-0038-7000-8043-000000000003',
     '0195d2a0-0038-7000-8000-000000000021', '2021-01-01', '2021-06-30', 12, null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8044-000000000009', '0195d2a0-0038-7000-8043-000000000004',
     '0195d2a0-0038-7000-8000-00000000000e', '2021-01-01', '2021-06-30', 96, null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8044-00000000000a', '0195d2a0-0038-7000-8043-000000000004',
     '0195d2a0-0038-7000-8000-000000000029', '2021-01-01', '2021-06-30', 54, null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8044-00000000000b', '0195d2a0-0038-7000-8043-000000000001',
     '0195d2a0-0038-7000-8000-000000000024', '2020-07-01', '2020-12-31', 1180, null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8044-00000000000c', '0195d2a0-0038-7000-8043-000000000005',
     '0195d2a0-0038-7000-8000-000000000003', '2020-07-01', '2020-12-31', 14, null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8044-00000000000d', '0195d2a0-0038-7000-8043-000000000001',
     '0195d2a0-0038-7000-8000-000000000024', '2021-07-01', '2021-09-30', 700, null)
on conflict (tenant_id, id) do update set kind_id = excluded.kind_id, unit_id = excluded.unit_id,
    period_start = excluded.period_start, period_end = excluded.period_end, quantity = excluded.quantity,
    notes = excluded.notes;

select begin_tenant_scope('0195d2a0-0000-7000-8000-000000000031');
insert into publication (tenant_id, id, title, kind, unit_id, licence, notes) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8040-000000000001', 'Bản tin Liên hiệp Hội Hải Phòng',
     'NEWSLETTER', null, 'Giấy phép xuất bản bản tin số 15/GP-STTTT của Sở Thông tin và Truyền thông Hải Phòng', null)
on conflict (tenant_id, id) do update set title = excluded.title, kind = excluded.kind, unit_id = excluded.unit_id,
    licence = excluded.licence, notes = excluded.notes;
insert into publication_issue (tenant_id, id, publication_id, number, published_on, copies, title, notes) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8041-000000000001', '0195d2a0-0031-7000-8040-000000000001',
     'Số 1/2021', '2021-04-15', 500, 'Hội thi Sáng tạo kỹ thuật thành phố Hải Phòng lần thứ ba, năm 2020 – 2021', null)
on conflict (tenant_id, id) do update set number = excluded.number, published_on = excluded.published_on,
    copies = excluded.copies, title = excluded.title, notes = excluded.notes;
insert into research_project (tenant_id, id, title, kind, level, lead_unit_id, lead_member_id, lead_researcher,
                              commissioned_by, starts_on, ends_on, budget, status, accepted_on, rating, acceptance_notes,
                              stopped_on, stop_reason) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8042-000000000001',
     'Mô hình làm vườn mẫu theo hướng nông nghiệp hữu cơ, tuần hoàn tại huyện Vĩnh Bảo',
     'PROJECT', 'PROVINCIAL', '0195d2a0-0031-7000-8000-000000000001', '0195d2a0-0031-7000-8001-000000000002', null,
     'Sở Khoa học và Công nghệ thành phố Hải Phòng', '2021-03-01', '2022-12-31', 680000000, 'ACCEPTED',
     '2023-01-16', 'GOOD', null, null, null)
on conflict (tenant_id, id) do update set title = excluded.title, kind = excluded.kind, level = excluded.level,
    lead_unit_id = excluded.lead_unit_id, lead_member_id = excluded.lead_member_id,
    lead_researcher = excluded.lead_researcher, commissioned_by = excluded.commissioned_by,
    starts_on = excluded.starts_on, ends_on = excluded.ends_on, budget = excluded.budget, status = excluded.status,
    accepted_on = excluded.accepted_on, rating = excluded.rating, acceptance_notes = excluded.acceptance_notes,
    stopped_on = excluded.stopped_on, stop_reason = excluded.stop_reason;
insert into stored_file (tenant_id, id, name, content_type, size_bytes, sha256, storage_key, uploaded_at, uploaded_by) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8045-000000000001', 'Bản tin số 1-2021.pdf',
     'application/pdf', 733, '5b1f119c15552969a62b7d0c330e81ded8fc8ea4155edf63712f95a99ab99a25', 'demo/bao-cao.pdf',
     '2021-04-15 10:00:00+07', 'hai-phong-editor'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8045-000000000002', 'Mô hình vườn mẫu Vĩnh Bảo.png',
     'image/png', 1412, '87b36531a6d9bb39f080fdb794503513491d4d22d0039e4e38c59c61a65fac55', 'demo/hoi-nghi.png',
     '2022-11-10 10:00:00+07', 'hai-phong-editor')
on conflict do nothing;
insert into publication_attachment (tenant_id, publication_id, file_id) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8040-000000000001', '0195d2a0-0031-7000-8045-000000000001')
on conflict do nothing;
insert into research_project_attachment (tenant_id, project_id, file_id) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8042-000000000001', '0195d2a0-0031-7000-8045-000000000002')
on conflict do nothing;
insert into service_count_kind (tenant_id, id, name, unit_of_count, retired_at) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8043-000000000001', 'Tư vấn kỹ thuật làm vườn cho hộ nông dân', 'lượt hộ', null)
on conflict (tenant_id, id) do update set name = excluded.name, unit_of_count = excluded.unit_of_count,
    retired_at = excluded.retired_at;
insert into service_count (tenant_id, id, kind_id, unit_id, period_start, period_end, quantity, notes) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8044-000000000001', '0195d2a0-0031-7000-8043-000000000001',
     '0195d2a0-0031-7000-8000-000000000001', '2022-01-01', '2022-12-31', 320, 'Tại các xã của huyện An Dương và Tiên Lãng')
on conflict (tenant_id, id) do update set kind_id = excluded.kind_id, unit_id = excluded.unit_id,
    period_start = excluded.period_start, period_end = excluded.period_end, quantity = excluded.quantity,
    notes = excluded.notes;
