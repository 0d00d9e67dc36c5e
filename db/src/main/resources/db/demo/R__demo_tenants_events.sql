-- The demo events: what the seed articles report of Hải Phòng (2020–2022), Thanh Hóa (first half of 2021) and
-- Hưng Yên (the national review of 15/11/2021), so that each figure they quote can be read off the events list:
--   Hải Phòng, training, 01/01–30/06/2021: 04 knowledge conferences with the Hội Làm vườn, 390 attendances ("gần 400");
--   Hải Phòng, training, 2022, co-organised by the Hội Làm vườn: 11 classes in 11 communes, 1.462 ("trên 1.450");
--   Hải Phòng, training, 2022, "cây ăn quả": the 2 classes in An Dương and Tiên Lãng, 206 ("hơn 200");
--   Thanh Hóa, 01/01–30/06/2021: 02 scientific workshops and 04 training classes.
-- Where an article gives no date, commune or title, the value here is illustrative (said so beside it); the counts,
-- the kinds, the partners and the figures are the articles'. Places of records before 1 July 2025 name the district
-- of the time as free text. Idempotent.
--
-- Flyway runs this before R__demo_tenants_registry.sql (repeatable migrations go by description), so the one member
-- named as a participant here is inserted here, with the units of R__demo_tenants.sql.

select begin_tenant_scope('0195d2a0-0000-7000-8000-000000000031');

-- The lecturer of the Hội Làm vườn's knowledge conferences (made up for the demo, like the registry's members).
insert into member (tenant_id, id, full_name, gender, birth_year, degree, specialty, workplace, joined_on) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8011-000000000001', 'Vũ Văn Tiến', 'MALE', 1972, 'KS',
     'Khoa học cây trồng', 'Hội Làm vườn thành phố Hải Phòng', '2010-05-20')
on conflict do nothing;
insert into member_unit (tenant_id, member_id, unit_id) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8011-000000000001', '0195d2a0-0031-7000-8000-000000000001')
on conflict do nothing;

insert into event (tenant_id, id, kind, title, starts_on, ends_on, mode, place, commune, province_code, organiser_unit_id,
                   organiser_name, participant_count, topics, outcome) values
    -- Not dated by the article: the Standing Committee reviewed the third quarter early in the fourth.
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8010-000000000001', 'STANDING_COMMITTEE_MEETING',
     'Hội nghị Ban Thường vụ đánh giá kết quả hoạt động quý III và triển khai chương trình công tác 3 tháng cuối năm 2020',
     '2020-10-09', '2020-10-09', 'IN_PERSON', null, null, '31', null, null, null,
     array['Dự thảo Báo cáo kết quả hoạt động quý III năm 2020', 'Nhiệm vụ công tác quý IV năm 2020'],
     'TS. Hoàng Văn Kể, Bí thư Đảng đoàn, Chủ tịch Liên hiệp Hội chủ trì; đồng chí Hoàng Minh Ngọc, Phó Chủ tịch kiêm Tổng Thư ký trình bày Dự thảo báo cáo. Các ủy viên Ban Thường vụ góp ý vào Dự thảo Báo cáo kết quả hoạt động quý III và nhiệm vụ công tác đến hết năm 2020.'),
    -- Dates of the first half of 2021 below are illustrative: the article reports the half-year as a whole.
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8010-000000000002', 'THEMATIC_BRIEFING',
     'Hội nghị thông tin chuyên đề “Nước Mỹ trong chuyển tiếp giữa hai chính quyền và liên quan đến Việt Nam”',
     '2021-01-22', '2021-01-22', 'IN_PERSON', null, null, '31', null, null, null,
     array['Nước Mỹ trong chuyển tiếp giữa hai chính quyền', 'Quan hệ Việt Nam – Hoa Kỳ'], null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8010-000000000003', 'EMULATION_PLEDGE_SIGNING',
     'Lễ ký giao ước thi đua năm 2021',
     '2021-02-26', '2021-02-26', 'IN_PERSON', null, null, '31', null, null, null,
     array['Giao ước thi đua năm 2021'], 'Liên hiệp Hội Hải Phòng tham gia ký giao ước thi đua năm 2021.'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8010-000000000004', 'LAUNCH_CEREMONY',
     'Lễ phát động Hội thi Sáng tạo kỹ thuật thành phố Hải Phòng lần thứ ba, năm 2020 – 2021',
     '2021-03-19', '2021-03-19', 'IN_PERSON', null, null, '31', null, null, null,
     array['Hội thi Sáng tạo kỹ thuật thành phố Hải Phòng lần thứ ba, năm 2020 – 2021'],
     'TS. Hoàng Văn Kể phát biểu phát động Hội thi tới các đơn vị, cơ quan, doanh nghiệp trên địa bàn thành phố.'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8010-000000000005', 'THEMATIC_BRIEFING',
     'Hội nghị thông tin chuyên đề “Nghiên cứu và ứng dụng khả năng đặc biệt kết nối Âm – Dương của con người trong các lĩnh vực đời sống xã hội”',
     '2021-04-16', '2021-04-16', 'IN_PERSON', null, null, '31', null, null, null,
     array['Khả năng đặc biệt kết nối Âm – Dương của con người'], null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8010-000000000006', 'SCIENTIFIC_WORKSHOP',
     'Hội thảo khoa học “Doanh nhân Nguyễn Sơn Hà – Những đóng góp to lớn của ông và gia đình cho đất nước và thành phố Hải Phòng”',
     '2021-05-28', '2021-05-28', 'IN_PERSON', null, null, '31', null, null, null,
     array['Doanh nhân Nguyễn Sơn Hà', 'Đóng góp của ông và gia đình cho đất nước và thành phố Hải Phòng'],
     'Tổ chức thành công.'),
    -- The 04 knowledge conferences with the Hội Làm vườn: the article names the districts, not the communes.
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8010-000000000007', 'TRAINING',
     'Hội nghị tuyên truyền phổ biến kiến thức tại huyện Vĩnh Bảo',
     '2021-03-25', '2021-03-25', 'IN_PERSON', 'một xã thuộc huyện Vĩnh Bảo', null, '31', null, null, 95,
     array['Nâng cao nhận thức về bảo vệ môi trường, giảm thiểu thiệt hại do biến đổi khí hậu', 'Hướng dẫn chuyển đổi từ cây lúa sang trồng rau màu'], null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8010-000000000008', 'TRAINING',
     'Hội nghị tuyên truyền phổ biến kiến thức tại huyện An Dương',
     '2021-04-08', '2021-04-08', 'IN_PERSON', 'một xã thuộc huyện An Dương', null, '31', null, null, 98,
     array['Kỹ thuật xử lý và sử dụng phân hữu cơ có hiệu quả', 'Kỹ thuật trồng và chăm sóc cây ổi'], null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8010-000000000009', 'TRAINING',
     'Hội nghị tuyên truyền phổ biến kiến thức tại quận Hải An',
     '2021-05-13', '2021-05-13', 'IN_PERSON', 'một phường thuộc quận Hải An', null, '31', null, null, 100,
     array['Nâng cao nhận thức về bảo vệ môi trường, giảm thiểu thiệt hại do biến đổi khí hậu', 'Kỹ thuật trồng và chăm sóc hoa cúc, hoa hồng'], null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8010-00000000000a', 'TRAINING',
     'Hội nghị tuyên truyền phổ biến kiến thức tại quận Dương Kinh',
     '2021-06-10', '2021-06-10', 'IN_PERSON', 'một phường thuộc quận Dương Kinh', null, '31', null, null, 97,
     array['Kỹ thuật xử lý và sử dụng phân hữu cơ có hiệu quả', 'Kỹ thuật trồng và chăm sóc hoa cúc, hoa hồng'], null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8010-00000000000b', 'EXECUTIVE_COMMITTEE_MEETING',
     'Hội nghị Ban Chấp hành tổng kết công tác năm 2022 và triển khai nhiệm vụ năm 2023',
     '2022-12-27', '2022-12-27', 'IN_PERSON', null, null, '31', null, null, null,
     array['Dự thảo Báo cáo tổng kết công tác năm 2022', 'Nhiệm vụ năm 2023', 'Bầu bổ sung Ủy viên Ban Chấp hành nhiệm kỳ 2019-2024'],
     'Tiến sĩ Bùi Thanh Tùng, Chủ tịch Liên hiệp Hội chủ trì; Tiến sĩ Phạm Hữu Thư, Phó Chủ tịch báo cáo. Dự có đồng chí Hoàng Minh Cường, Phó Chủ tịch UBND thành phố, và đại diện lãnh đạo các Sở, ban, ngành. Các thành viên Ban Chấp hành góp ý vào dự thảo Báo cáo tổng kết công tác năm 2022; bầu bổ sung 2 Ủy viên Ban Chấp hành nhiệm kỳ 2019-2024. Tặng Giấy khen 9 tập thể và 2 cá nhân có thành tích xuất sắc năm 2022.'),
    -- The 11 classes of 2022 with the Hội Làm vườn: "11 xã thuộc các huyện"; the communes (names of the time) and
    -- the dates are illustrative, the attendances add up to 1.462.
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8010-000000000011', 'TRAINING',
     'Lớp tập huấn xây dựng mô hình làm vườn mẫu theo hướng nông nghiệp hữu cơ, tuần hoàn tại xã Tân Liên',
     '2022-03-17', '2022-03-17', 'IN_PERSON', 'huyện Vĩnh Bảo', 'xã Tân Liên', '31', null, null, 128,
     array['Xây dựng mô hình làm vườn mẫu theo hướng nông nghiệp hữu cơ, tuần hoàn'], null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8010-000000000012', 'TRAINING',
     'Lớp tập huấn xây dựng mô hình làm vườn mẫu theo hướng nông nghiệp hữu cơ, tuần hoàn tại xã Cộng Hiền',
     '2022-03-31', '2022-03-31', 'IN_PERSON', 'huyện Vĩnh Bảo', 'xã Cộng Hiền', '31', null, null, 135,
     array['Xây dựng mô hình làm vườn mẫu theo hướng nông nghiệp hữu cơ, tuần hoàn'], null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8010-000000000013', 'TRAINING',
     'Lớp tập huấn xây dựng mô hình làm vườn mẫu theo hướng nông nghiệp hữu cơ, tuần hoàn tại xã Đoàn Lập',
     '2022-04-14', '2022-04-14', 'IN_PERSON', 'huyện Tiên Lãng', 'xã Đoàn Lập', '31', null, null, 131,
     array['Xây dựng mô hình làm vườn mẫu theo hướng nông nghiệp hữu cơ, tuần hoàn'], null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8010-000000000014', 'TRAINING',
     'Lớp tập huấn xây dựng mô hình làm vườn mẫu theo hướng nông nghiệp hữu cơ, tuần hoàn tại xã Quang Phục',
     '2022-05-12', '2022-05-12', 'IN_PERSON', 'huyện Tiên Lãng', 'xã Quang Phục', '31', null, null, 140,
     array['Xây dựng mô hình làm vườn mẫu theo hướng nông nghiệp hữu cơ, tuần hoàn'], null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8010-000000000015', 'TRAINING',
     'Lớp tập huấn xây dựng mô hình làm vườn mẫu theo hướng nông nghiệp hữu cơ, tuần hoàn tại xã Quang Trung',
     '2022-05-26', '2022-05-26', 'IN_PERSON', 'huyện An Lão', 'xã Quang Trung', '31', null, null, 126,
     array['Xây dựng mô hình làm vườn mẫu theo hướng nông nghiệp hữu cơ, tuần hoàn'], null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8010-000000000016', 'TRAINING',
     'Lớp tập huấn xây dựng mô hình làm vườn mẫu theo hướng nông nghiệp hữu cơ, tuần hoàn tại xã An Thắng',
     '2022-06-16', '2022-06-16', 'IN_PERSON', 'huyện An Lão', 'xã An Thắng', '31', null, null, 133,
     array['Xây dựng mô hình làm vườn mẫu theo hướng nông nghiệp hữu cơ, tuần hoàn'], null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8010-000000000017', 'TRAINING',
     'Lớp tập huấn xây dựng mô hình làm vườn mẫu theo hướng nông nghiệp hữu cơ, tuần hoàn tại xã Tú Sơn',
     '2022-07-07', '2022-07-07', 'IN_PERSON', 'huyện Kiến Thụy', 'xã Tú Sơn', '31', null, null, 137,
     array['Xây dựng mô hình làm vườn mẫu theo hướng nông nghiệp hữu cơ, tuần hoàn'], null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8010-000000000018', 'TRAINING',
     'Lớp tập huấn xây dựng mô hình làm vườn mẫu theo hướng nông nghiệp hữu cơ, tuần hoàn tại xã Đại Hợp',
     '2022-07-21', '2022-07-21', 'IN_PERSON', 'huyện Kiến Thụy', 'xã Đại Hợp', '31', null, null, 129,
     array['Xây dựng mô hình làm vườn mẫu theo hướng nông nghiệp hữu cơ, tuần hoàn'], null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8010-000000000019', 'TRAINING',
     'Lớp tập huấn xây dựng mô hình làm vườn mẫu theo hướng nông nghiệp hữu cơ, tuần hoàn tại xã Lại Xuân',
     '2022-09-15', '2022-09-15', 'IN_PERSON', 'huyện Thủy Nguyên', 'xã Lại Xuân', '31', null, null, 134,
     array['Xây dựng mô hình làm vườn mẫu theo hướng nông nghiệp hữu cơ, tuần hoàn'], null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8010-00000000001a', 'TRAINING',
     'Lớp tập huấn xây dựng mô hình làm vườn mẫu theo hướng nông nghiệp hữu cơ, tuần hoàn tại xã Lê Thiện',
     '2022-10-13', '2022-10-13', 'IN_PERSON', 'huyện An Dương', 'xã Lê Thiện', '31', null, null, 138,
     array['Xây dựng mô hình làm vườn mẫu theo hướng nông nghiệp hữu cơ, tuần hoàn'], null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8010-00000000001b', 'TRAINING',
     'Lớp tập huấn xây dựng mô hình làm vườn mẫu theo hướng nông nghiệp hữu cơ, tuần hoàn tại xã An Hòa',
     '2022-11-10', '2022-11-10', 'IN_PERSON', 'huyện Vĩnh Bảo', 'xã An Hòa', '31', null, null, 131,
     array['Xây dựng mô hình làm vườn mẫu theo hướng nông nghiệp hữu cơ, tuần hoàn'], null),
    -- The 2 classes in An Dương and Tiên Lãng ("hơn 200 đại biểu"); dates illustrative.
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8010-000000000021', 'TRAINING',
     'Lớp tập huấn kỹ thuật trồng và chăm sóc một số loại cây ăn quả, hoa tại huyện An Dương',
     '2022-08-18', '2022-08-18', 'IN_PERSON', 'huyện An Dương', null, '31', null, null, 104,
     array['Kỹ thuật trồng và chăm sóc một số loại cây ăn quả, hoa', 'Xử lý, sử dụng phân hữu cơ', 'Nâng cao nhận thức về bảo vệ môi trường'], null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8010-000000000022', 'TRAINING',
     'Lớp tập huấn kỹ thuật trồng và chăm sóc một số loại cây ăn quả, hoa tại huyện Tiên Lãng',
     '2022-08-25', '2022-08-25', 'IN_PERSON', 'huyện Tiên Lãng', null, '31', null, null, 102,
     array['Kỹ thuật trồng và chăm sóc một số loại cây ăn quả, hoa', 'Xử lý, sử dụng phân hữu cơ', 'Nâng cao nhận thức về bảo vệ môi trường'], null)
on conflict do nothing;

-- The Hội Làm vườn co-organised the 04 conferences of 2021 and the 11 classes of 2022.
insert into event_co_organiser (tenant_id, event_id, position, unit_id, partner_name)
select '0195d2a0-0000-7000-8000-000000000031'::uuid, ('0195d2a0-0031-7000-8010-0000000000' || e)::uuid, 0,
       '0195d2a0-0031-7000-8000-000000000001'::uuid, null
from unnest(array['07', '08', '09', '0a', '11', '12', '13', '14', '15', '16', '17', '18', '19', '1a', '1b']) as e
on conflict do nothing;

insert into event_participant (tenant_id, event_id, member_id)
select '0195d2a0-0000-7000-8000-000000000031'::uuid, ('0195d2a0-0031-7000-8010-0000000000' || e)::uuid,
       '0195d2a0-0031-7000-8011-000000000001'::uuid
from unnest(array['07', '08', '09', '0a']) as e
on conflict do nothing;

-- A photo and the draft report of the Standing Committee's meeting. Their bytes are the demo files the application
-- puts in the storage at startup (storage keys demo/<name>, see R__demo_tenants_files.sql, which runs after this).
insert into stored_file (tenant_id, id, name, content_type, size_bytes, sha256, storage_key, uploaded_at, uploaded_by) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8012-000000000001', 'Quang cảnh Hội nghị Ban Thường vụ quý III-2020.png',
     'image/png', 1412, '87b36531a6d9bb39f080fdb794503513491d4d22d0039e4e38c59c61a65fac55', 'demo/hoi-nghi.png',
     '2020-10-09 16:00:00+07', 'hai-phong-editor'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8012-000000000002', 'Dự thảo Báo cáo kết quả hoạt động quý III-2020.pdf',
     'application/pdf', 733, '5b1f119c15552969a62b7d0c330e81ded8fc8ea4155edf63712f95a99ab99a25', 'demo/bao-cao.pdf',
     '2020-10-09 16:05:00+07', 'hai-phong-editor')
on conflict do nothing;
insert into event_attachment (tenant_id, event_id, file_id) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8010-000000000001', '0195d2a0-0031-7000-8012-000000000001'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8010-000000000001', '0195d2a0-0031-7000-8012-000000000002')
on conflict do nothing;

select begin_tenant_scope('0195d2a0-0000-7000-8000-000000000038');
insert into event (tenant_id, id, kind, title, starts_on, ends_on, mode, place, commune, province_code, organiser_unit_id,
                   organiser_name, participant_count, topics, outcome) values
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8010-000000000001', 'STANDING_COMMITTEE_MEETING',
     'Hội nghị Ban Thường vụ đánh giá hoạt động công tác 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2021',
     '2021-06-22', '2021-06-22', 'IN_PERSON', 'Trụ sở Liên hiệp hội, 17 Hạc Thành, phường Ba Đình, thành phố Thanh Hóa', null, '38', null, null, null,
     array['Kết quả công tác 6 tháng đầu năm 2021', 'Nhiệm vụ 6 tháng cuối năm 2021',
           'Chương trình hành động thực hiện Nghị quyết 58-NQ/TW của Bộ Chính trị', 'Công tác tổ chức trong hệ thống Liên hiệp hội'],
     'TS. Nguyễn Văn Phát, Chủ tịch Liên hiệp hội chủ trì. Đến hết tháng 6/2021: 32 hội thành viên, 06 trung tâm trực thuộc, 05 đơn vị liên kết, 23.628 hội viên (tăng 114 so với năm 2020); 02 số Đặc san khoa học; 02 hội thảo và 04 lớp tập huấn; 04 trong 10 nhiệm vụ tư vấn phản biện được giao đã hoàn thành. Ban Thường vụ góp ý Chương trình hành động thực hiện Nghị quyết 58-NQ/TW và thống nhất Báo cáo của Thường trực về công tác tổ chức.'),
    -- The report gives the number of workshops and classes of the half-year only: titles, dates and places of the
    -- six below are illustrative.
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8010-000000000002', 'SCIENTIFIC_WORKSHOP',
     'Hội thảo khoa học góp ý Chương trình hành động thực hiện Nghị quyết 58-NQ/TW của Bộ Chính trị',
     '2021-04-09', '2021-04-09', 'IN_PERSON', null, 'phường Hạc Thành', '38', null, null, null,
     array['Nghị quyết 58-NQ/TW của Bộ Chính trị về xây dựng và phát triển tỉnh Thanh Hóa'], null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8010-000000000003', 'SCIENTIFIC_WORKSHOP',
     'Hội thảo khoa học tập hợp, phát huy đội ngũ trí thức khoa học và công nghệ tỉnh Thanh Hóa',
     '2021-05-20', '2021-05-20', 'IN_PERSON', null, 'phường Hạc Thành', '38', null, null, null,
     array['Tập hợp, đoàn kết trí thức khoa học và công nghệ'], null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8010-000000000004', 'TRAINING',
     'Lớp tập huấn phổ biến kiến thức khoa học, kỹ thuật cho hội viên và người dân tại xã Thọ Xuân',
     '2021-03-11', '2021-03-11', 'IN_PERSON', 'huyện Thọ Xuân', 'xã Thọ Xuân', '38', null, null, null,
     array['Kỹ thuật trồng trọt'], null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8010-000000000005', 'TRAINING',
     'Lớp tập huấn phổ biến kiến thức khoa học, kỹ thuật cho hội viên và người dân tại xã Hoằng Hóa',
     '2021-04-15', '2021-04-15', 'IN_PERSON', 'huyện Hoằng Hóa', 'xã Hoằng Hóa', '38', null, null, null,
     array['Kỹ thuật chăn nuôi'], null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8010-000000000006', 'TRAINING',
     'Lớp tập huấn phổ biến kiến thức khoa học, kỹ thuật cho hội viên tại thị xã Bỉm Sơn',
     '2021-05-13', '2021-05-13', 'IN_PERSON', 'thị xã Bỉm Sơn', 'phường Bỉm Sơn', '38', null, null, null,
     array['Ứng dụng công nghệ thông tin'], null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8010-000000000007', 'TRAINING',
     'Lớp tập huấn phổ biến kiến thức khoa học, kỹ thuật cho hội viên và người dân tại huyện Thạch Thành',
     '2021-06-03', '2021-06-03', 'IN_PERSON', 'huyện Thạch Thành', null, '38', null, null, null,
     array['Kỹ thuật trồng trọt'], null),
    -- "phối hợp với Báo Thanh Hóa, Đài Phát thanh và truyền hình tỉnh, tổ chức hội nghị cộng tác viên"; date illustrative.
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8010-000000000008', 'CONFERENCE',
     'Hội nghị cộng tác viên thông tin, tuyên truyền phổ biến kiến thức năm 2021',
     '2021-03-26', '2021-03-26', 'IN_PERSON', null, 'phường Hạc Thành', '38', null, null, null,
     array['Thông tin, tuyên truyền hoạt động khoa học và công nghệ'], null)
on conflict do nothing;
insert into event_co_organiser (tenant_id, event_id, position, unit_id, partner_name) values
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8010-000000000008', 0, null, 'Báo Thanh Hóa'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8010-000000000008', 1, null, 'Đài Phát thanh và Truyền hình tỉnh Thanh Hóa')
on conflict do nothing;

insert into stored_file (tenant_id, id, name, content_type, size_bytes, sha256, storage_key, uploaded_at, uploaded_by) values
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8012-000000000001', 'Hội nghị Ban Thường vụ ngày 22-6-2021.png',
     'image/png', 1412, '87b36531a6d9bb39f080fdb794503513491d4d22d0039e4e38c59c61a65fac55', 'demo/hoi-nghi.png',
     '2021-06-22 17:00:00+07', 'thanh-hoa-editor')
on conflict do nothing;
insert into event_attachment (tenant_id, event_id, file_id) values
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8010-000000000001', '0195d2a0-0038-7000-8012-000000000001')
on conflict do nothing;

select begin_tenant_scope('0195d2a0-0000-7000-8000-000000000033');
insert into event (tenant_id, id, kind, title, starts_on, ends_on, mode, place, commune, province_code, connection_points,
                   organiser_unit_id, organiser_name, participant_count, topics, outcome) values
    ('0195d2a0-0000-7000-8000-000000000033', '0195d2a0-0033-7000-8010-000000000001', 'CONFERENCE',
     'Hội nghị giao ban Liên hiệp các hội Khoa học và Kỹ thuật các tỉnh, thành phố trực thuộc trung ương năm 2021',
     '2021-11-15', '2021-11-15', 'HYBRID', 'Hà Nội (trực tiếp) và trực tuyến đến các tỉnh, thành phố', null, '01',
     array['Hà Nội (điểm cầu chính)', 'Hưng Yên'], null, 'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam', null,
     array['Báo cáo công tác chỉ đạo, điều phối của Trung ương Liên hiệp Hội Việt Nam',
           'Kết quả hoạt động của các Liên hiệp Hội các tỉnh/thành phố 10 tháng đầu năm 2021',
           'Thành lập các cụm hoạt động của Liên hiệp Hội các tỉnh, thành phố'],
     'TSKH. Phan Xuân Dũng, Bí thư Đảng đoàn, Chủ tịch LHH Việt Nam chủ trì. Tại điểm cầu Hưng Yên, Chủ tịch Liên hiệp hội TS Nguyễn Khắc Hào và toàn thể viên chức cơ quan cùng tham dự.')
on conflict do nothing;
