-- The demo unions' contests, awards and commendations, as the seed articles tell them:
--   Hải Phòng, H1 2021: the launch of the Hội thi Sáng tạo kỹ thuật thành phố Hải Phòng lần thứ ba, năm 2020 – 2021;
--     02 works introduced to Sách vàng Sáng tạo Việt Nam 2021; 03 models and products selected for the Cuộc thi Sáng
--     tạo thanh thiếu niên nhi đồng thành phố Hải Phòng năm 2020 – 2021; the notice launching VIFOTEC 2021.
--   Hải Phòng, 27/12/2022: Giấy khen to 9 collectives and 2 individuals for their work in 2022, given at the
--     Executive Committee's meeting; the 4th Hội thi planned for 2023.
--   Thanh Hóa, H1 2021: Hội thi Sáng tạo kỹ thuật Thanh Hóa 2020-2021, the province's round of VIFOTEC 2021, the
--     Cuộc thi Sáng tạo thanh thiếu niên nhi đồng 2021 with the Tỉnh đoàn.
-- The seeds give no titles, authors, judges, scores, prize winners, decision numbers or recipients' names: those here
-- are invented, plausible for a demo, and name no real person. People are named rather than linked to members:
-- this file runs before R__demo_tenants_registry.sql (Flyway orders repeatable migrations by description), so only
-- the units of R__demo_tenants.sql exist when it runs.
-- Ids: 0195d2a0-<tenant>-7000-8030-… contests, 8031 editions, 8032 entries, 8033 judges, 8034 rounds, 8035 prizes,
-- 8036 nominations, 8037 commendation decisions, 8038 their recipients, 8039 the files attached to them (rows of
-- their own over the demo bytes of R__demo_tenants_files.sql, which runs after this file). Idempotent.

select begin_tenant_scope('0195d2a0-0000-7000-8000-000000000031');

insert into contest (tenant_id, id, name, kind, unit_id, partner) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8030-000000000001', 'Hội thi Sáng tạo kỹ thuật thành phố Hải Phòng', 'TECHNICAL_INNOVATION', null, null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8030-000000000002', 'Cuộc thi Sáng tạo thanh thiếu niên nhi đồng thành phố Hải Phòng', 'YOUTH_INNOVATION', null, 'Thành đoàn Hải Phòng'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8030-000000000003', 'Giải thưởng Sáng tạo Khoa học và Công nghệ Việt Nam (VIFOTEC)', 'NATIONAL_AWARD', null, null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8030-000000000004', 'Sách vàng Sáng tạo Việt Nam', 'NATIONAL_AWARD', null, null)
on conflict do nothing;

-- Launch days: the seeds say "in the first half of 2021"; the days are invented.
insert into contest_edition (tenant_id, id, contest_id, number, start_year, end_year, name, launched_on, launch_notice) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8031-000000000001', '0195d2a0-0031-7000-8030-000000000001', 3, 2020, 2021,
     'Hội thi Sáng tạo kỹ thuật thành phố Hải Phòng lần thứ ba, năm 2020 – 2021', '2021-03-26',
     'Lễ phát động Hội thi Sáng tạo kỹ thuật thành phố Hải Phòng lần thứ ba tới các đơn vị, cơ quan, doanh nghiệp trên địa bàn thành phố'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8031-000000000002', '0195d2a0-0031-7000-8030-000000000001', 4, 2023, 2024,
     'Hội thi Sáng tạo kỹ thuật thành phố Hải Phòng lần thứ tư, năm 2023 – 2024', null, null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8031-000000000003', '0195d2a0-0031-7000-8030-000000000002', null, 2020, 2021,
     'Cuộc thi Sáng tạo thanh thiếu niên nhi đồng thành phố Hải Phòng năm 2020 – 2021', '2020-11-20',
     'Kế hoạch phối hợp của Thành đoàn Hải Phòng và Liên hiệp Hội thành phố tổ chức Cuộc thi năm 2020 – 2021'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8031-000000000004', '0195d2a0-0031-7000-8030-000000000003', null, 2021, 2021,
     'Giải thưởng Sáng tạo Khoa học và Công nghệ Việt Nam (VIFOTEC) năm 2021', '2021-05-10',
     'Thông báo phát động Giải thưởng Sáng tạo Khoa học Công nghệ Việt Nam năm 2021 trên địa bàn thành phố Hải Phòng'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8031-000000000005', '0195d2a0-0031-7000-8030-000000000004', null, 2021, 2021,
     'Sách vàng Sáng tạo Việt Nam năm 2021', '2021-03-15',
     'Công văn của Liên hiệp Hội thành phố Hải Phòng đề nghị giới thiệu công trình, giải pháp tham gia Sách vàng')
on conflict do nothing;

-- The third Hội thi's entries (invented), the 03 models of the youth contest, the 02 works for the Golden Book.
insert into contest_entry (tenant_id, id, edition_id, title, field, unit_id, submitted_by, created_at) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8032-000000000001', '0195d2a0-0031-7000-8031-000000000001',
     'Giải pháp IoT giám sát độ mặn nước tưới cho vùng rau màu ven biển', 'Nông nghiệp', '0195d2a0-0031-7000-8000-000000000002', null, '2021-08-02 09:00+07'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8032-000000000002', '0195d2a0-0031-7000-8031-000000000001',
     'Hệ thống điều khiển tự động cầu trục tại bến container Đình Vũ', 'Cơ khí', null, 'Công ty Cổ phần Cảng Đình Vũ', '2021-08-03 09:00+07'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8032-000000000003', '0195d2a0-0031-7000-8031-000000000001',
     'Quy trình ủ phân hữu cơ vi sinh từ phụ phẩm trồng ổi', 'Môi trường', '0195d2a0-0031-7000-8000-000000000001', null, '2021-08-04 09:00+07'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8032-000000000004', '0195d2a0-0031-7000-8031-000000000001',
     'Phần mềm số hóa hồ sơ di tích lịch sử cấp thành phố', 'Công nghệ thông tin', null, 'Trường Đại học Hải Phòng', '2021-08-05 09:00+07'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8032-000000000005', '0195d2a0-0031-7000-8031-000000000003',
     'Mô hình thùng rác tự phân loại cho trường học', 'Môi trường', null, 'Trường THCS Trần Phú, Lê Chân', '2021-03-01 09:00+07'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8032-000000000006', '0195d2a0-0031-7000-8031-000000000003',
     'Robot tưới vườn rau theo độ ẩm đất', 'Nông nghiệp', null, 'Trường THPT Ngô Quyền, Hải Phòng', '2021-03-02 09:00+07'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8032-000000000007', '0195d2a0-0031-7000-8031-000000000003',
     'Mũ bảo hiểm cảnh báo buồn ngủ cho người đi xe máy', 'Giao thông', null, 'Trường THPT Thái Phiên, Hải Phòng', '2021-03-03 09:00+07'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8032-000000000008', '0195d2a0-0031-7000-8031-000000000005',
     'Giải pháp nuôi tôm tuần hoàn ít thay nước tại Cát Hải', 'Thủy sản', null, 'Hợp tác xã Thủy sản Cát Hải', '2021-04-01 09:00+07'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8032-000000000009', '0195d2a0-0031-7000-8031-000000000005',
     'Thiết bị sấy nông sản bằng năng lượng mặt trời cho hộ gia đình', 'Cơ khí', '0195d2a0-0031-7000-8000-000000000001', null, '2021-04-02 09:00+07')
on conflict do nothing;

insert into contest_entry_author (tenant_id, entry_id, position, member_id, name) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8032-000000000001', 1, null, 'Nguyễn Đức Mạnh'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8032-000000000001', 2, null, 'Phạm Thị Hồng Nhung'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8032-000000000002', 1, null, 'Trần Quang Khải'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8032-000000000003', 1, null, 'Vũ Thị Ngọc Ánh'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8032-000000000004', 1, null, 'Lê Minh Tâm'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8032-000000000004', 2, null, 'Đoàn Thị Thanh Bình'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8032-000000000005', 1, null, 'Nguyễn Bảo Châu'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8032-000000000006', 1, null, 'Hoàng Gia Huy'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8032-000000000007', 1, null, 'Đặng Minh Khôi'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8032-000000000008', 1, null, 'Bùi Văn Lợi'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8032-000000000009', 1, null, 'Phạm Văn Quyết')
on conflict do nothing;

insert into contest_judge (tenant_id, id, edition_id, member_id, name) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8033-000000000001', '0195d2a0-0031-7000-8031-000000000001', null, 'PGS.TS. Đỗ Hồng Quân'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8033-000000000002', '0195d2a0-0031-7000-8031-000000000001', null, 'TS. Lương Thị Kim Oanh'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8033-000000000003', '0195d2a0-0031-7000-8031-000000000001', null, 'KS. Phan Văn Trịnh')
on conflict do nothing;

insert into contest_round (tenant_id, id, edition_id, number, name, held_on) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8034-000000000001', '0195d2a0-0031-7000-8031-000000000001', 1, 'Vòng sơ khảo', '2021-10-15'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8034-000000000002', '0195d2a0-0031-7000-8031-000000000001', 2, 'Vòng chung khảo', '2021-11-20')
on conflict do nothing;

-- Averages in the final round: entry 1 90,00; entry 2 84,00; entry 3 78,33; entry 4 70,67.
insert into contest_score (tenant_id, round_id, entry_id, judge_id, edition_id, score)
select '0195d2a0-0000-7000-8000-000000000031', ('0195d2a0-0031-7000-8034-00000000000' || v.round)::uuid,
       ('0195d2a0-0031-7000-8032-00000000000' || v.entry)::uuid, ('0195d2a0-0031-7000-8033-00000000000' || v.judge)::uuid,
       '0195d2a0-0031-7000-8031-000000000001', v.score
from (values
    (1, 1, 1, 88.00), (1, 1, 2, 86.50), (1, 1, 3, 90.00),
    (1, 2, 1, 82.00), (1, 2, 2, 80.00), (1, 2, 3, 84.00),
    (1, 3, 1, 75.00), (1, 3, 2, 79.00), (1, 3, 3, 77.00),
    (1, 4, 1, 70.00), (1, 4, 2, 72.50), (1, 4, 3, 68.00),
    (2, 1, 1, 91.00), (2, 1, 2, 89.00), (2, 1, 3, 90.00),
    (2, 2, 1, 85.00), (2, 2, 2, 83.00), (2, 2, 3, 84.00),
    (2, 3, 1, 78.00), (2, 3, 2, 80.00), (2, 3, 3, 77.00),
    (2, 4, 1, 71.00), (2, 4, 2, 70.00), (2, 4, 3, 71.00)
) as v(round, entry, judge, score)
on conflict do nothing;

insert into contest_prize (tenant_id, id, edition_id, entry_id, grade, awarded_on, decision) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8035-000000000001', '0195d2a0-0031-7000-8031-000000000001', '0195d2a0-0031-7000-8032-000000000001', 'FIRST', '2021-12-10', 'Quyết định trao giải của Ban Tổ chức Hội thi thành phố Hải Phòng lần thứ ba'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8035-000000000002', '0195d2a0-0031-7000-8031-000000000001', '0195d2a0-0031-7000-8032-000000000002', 'SECOND', '2021-12-10', 'Quyết định trao giải của Ban Tổ chức Hội thi thành phố Hải Phòng lần thứ ba'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8035-000000000003', '0195d2a0-0031-7000-8031-000000000001', '0195d2a0-0031-7000-8032-000000000003', 'THIRD', '2021-12-10', 'Quyết định trao giải của Ban Tổ chức Hội thi thành phố Hải Phòng lần thứ ba'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8035-000000000004', '0195d2a0-0031-7000-8031-000000000001', '0195d2a0-0031-7000-8032-000000000004', 'CONSOLATION', '2021-12-10', 'Quyết định trao giải của Ban Tổ chức Hội thi thành phố Hải Phòng lần thứ ba')
on conflict do nothing;

-- "Giới thiệu 02 công trình, giải pháp có chất lượng tham gia Sách vàng Sáng tạo Việt Nam năm 2021": no result known.
insert into contest_nomination (tenant_id, id, edition_id, entry_id, award, year, nominated_on, result, result_note) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8036-000000000001', '0195d2a0-0031-7000-8031-000000000005', '0195d2a0-0031-7000-8032-000000000008', 'GOLDEN_BOOK', 2021, '2021-05-20', 'PENDING', null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8036-000000000002', '0195d2a0-0031-7000-8031-000000000005', '0195d2a0-0031-7000-8032-000000000009', 'GOLDEN_BOOK', 2021, '2021-05-20', 'PENDING', null)
on conflict do nothing;

-- "Tặng Giấy khen 9 tập thể và 2 cá nhân có thành tích xuất sắc trong công tác của Liên hiệp Hội năm 2022", at the
-- Executive Committee's meeting of 27/12/2022. The decision's number and the recipients but two units are invented.
insert into commendation_decision (tenant_id, id, kind, number, decided_on, issuer, year, reason) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8037-000000000001', 'CERTIFICATE', '86/QĐ-LHH', '2022-12-27',
     'Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hải Phòng', 2022,
     'Có thành tích xuất sắc trong công tác của Liên hiệp Hội năm 2022')
on conflict do nothing;

insert into commendation_recipient (tenant_id, id, decision_id, position, kind, unit_id, member_id, name, detail) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8038-000000000001', '0195d2a0-0031-7000-8037-000000000001', 1, 'COLLECTIVE', '0195d2a0-0031-7000-8000-000000000001', null, null, null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8038-000000000002', '0195d2a0-0031-7000-8037-000000000001', 2, 'COLLECTIVE', '0195d2a0-0031-7000-8000-000000000002', null, null, null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8038-000000000003', '0195d2a0-0031-7000-8037-000000000001', 3, 'COLLECTIVE', null, null, 'Hội Y học thành phố Hải Phòng', null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8038-000000000004', '0195d2a0-0031-7000-8037-000000000001', 4, 'COLLECTIVE', null, null, 'Hội Kiến trúc sư thành phố Hải Phòng', null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8038-000000000005', '0195d2a0-0031-7000-8037-000000000001', 5, 'COLLECTIVE', null, null, 'Hội Khoa học Kinh tế thành phố Hải Phòng', null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8038-000000000006', '0195d2a0-0031-7000-8037-000000000001', 6, 'COLLECTIVE', null, null, 'Hội Nuôi ong thành phố Hải Phòng', null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8038-000000000007', '0195d2a0-0031-7000-8037-000000000001', 7, 'COLLECTIVE', null, null, 'Hội Cơ khí thành phố Hải Phòng', null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8038-000000000008', '0195d2a0-0031-7000-8037-000000000001', 8, 'COLLECTIVE', null, null, 'Văn phòng Liên hiệp Hội thành phố Hải Phòng', null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8038-000000000009', '0195d2a0-0031-7000-8037-000000000001', 9, 'COLLECTIVE', null, null, 'Ban Khoa học – Công nghệ, Liên hiệp Hội thành phố Hải Phòng', null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8038-00000000000a', '0195d2a0-0031-7000-8037-000000000001', 10, 'INDIVIDUAL', null, null, 'Trần Thị Thu Trang', 'Chuyên viên Văn phòng Liên hiệp Hội thành phố Hải Phòng'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8038-00000000000b', '0195d2a0-0031-7000-8037-000000000001', 11, 'INDIVIDUAL', null, null, 'Vũ Đức Toàn', 'Phó Chủ tịch Hội Làm vườn thành phố Hải Phòng')
on conflict do nothing;


-- The scan of the decision and a photo of the launch (the demo's bytes, shipped as demo-files/).
insert into stored_file (tenant_id, id, name, content_type, size_bytes, sha256, storage_key, uploaded_at, uploaded_by) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8039-000000000001', 'Quyết định tặng Giấy khen năm 2022.pdf',
     'application/pdf', 733, '5b1f119c15552969a62b7d0c330e81ded8fc8ea4155edf63712f95a99ab99a25', 'demo/bao-cao.pdf',
     '2022-12-28 09:00:00+07', 'hai-phong-editor'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8039-000000000002', 'Lễ phát động Hội thi lần thứ ba.png',
     'image/png', 1412, '87b36531a6d9bb39f080fdb794503513491d4d22d0039e4e38c59c61a65fac55', 'demo/hoi-nghi.png',
     '2021-03-26 15:00:00+07', 'hai-phong-editor')
on conflict do nothing;
insert into commendation_attachment (tenant_id, decision_id, file_id) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8037-000000000001', '0195d2a0-0031-7000-8039-000000000001')
on conflict do nothing;
insert into contest_edition_attachment (tenant_id, edition_id, file_id) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8031-000000000001', '0195d2a0-0031-7000-8039-000000000002')
on conflict do nothing;

select begin_tenant_scope('0195d2a0-0000-7000-8000-000000000038');

insert into contest (tenant_id, id, name, kind, unit_id, partner) values
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8030-000000000001', 'Hội thi Sáng tạo kỹ thuật tỉnh Thanh Hóa', 'TECHNICAL_INNOVATION', null, null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8030-000000000002', 'Giải thưởng Sáng tạo Khoa học và Công nghệ Việt Nam (VIFOTEC)', 'NATIONAL_AWARD', null, null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8030-000000000003', 'Cuộc thi Sáng tạo thanh thiếu niên nhi đồng tỉnh Thanh Hóa', 'YOUTH_INNOVATION', null,
     'Tỉnh đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Thanh Hóa'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8030-000000000004', 'Sách vàng Sáng tạo Việt Nam', 'NATIONAL_AWARD', null, null)
on conflict do nothing;

insert into contest_edition (tenant_id, id, contest_id, number, start_year, end_year, name, launched_on, launch_notice) values
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8031-000000000001', '0195d2a0-0038-7000-8030-000000000001', null, 2020, 2021,
     'Hội thi Sáng tạo kỹ thuật Thanh Hóa 2020-2021', '2020-09-15',
     'Lễ phát động Hội thi Sáng tạo kỹ thuật Thanh Hóa 2020-2021 của Ban Tổ chức Hội thi tỉnh'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8031-000000000002', '0195d2a0-0038-7000-8030-000000000002', null, 2021, 2021,
     'Giải thưởng Sáng tạo Khoa học và Công nghệ Việt Nam (VIFOTEC) năm 2021', '2021-03-10',
     'Phát động trên địa bàn tỉnh đối với các công trình đã được Hội đồng khoa học cấp tỉnh và tương đương trở lên nghiệm thu'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8031-000000000003', '0195d2a0-0038-7000-8030-000000000003', null, 2021, 2021,
     'Cuộc thi Sáng tạo thanh thiếu niên nhi đồng tỉnh Thanh Hóa năm 2021', '2021-02-25',
     'Kế hoạch liên tịch của Tỉnh đoàn và Liên hiệp hội tổ chức Cuộc thi Sáng tạo thanh thiếu niên nhi đồng 2021')
on conflict do nothing;

insert into contest_entry (tenant_id, id, edition_id, title, field, unit_id, submitted_by, created_at) values
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8032-000000000001', '0195d2a0-0038-7000-8031-000000000001',
     'Giải pháp xử lý nước thải chăn nuôi bằng đệm lót sinh học ở Thanh Hóa', 'Môi trường', '0195d2a0-0038-7000-8000-000000000001', null, '2021-04-01 09:00+07'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8032-000000000002', '0195d2a0-0038-7000-8031-000000000001',
     'Ứng dụng bản đồ số quản lý mạng lưới thủy lợi nội đồng', 'Công nghệ thông tin', null, 'Công ty TNHH Thủy lợi Sông Chu', '2021-04-02 09:00+07'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8032-000000000003', '0195d2a0-0038-7000-8031-000000000001',
     'Quy trình nhân giống lan kim tuyến bằng nuôi cấy mô', 'Nông nghiệp', '0195d2a0-0038-7000-8000-000000000004', null, '2021-04-03 09:00+07'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8032-000000000004', '0195d2a0-0038-7000-8031-000000000001',
     'Thiết bị cảnh báo sạt lở đất cho các xã miền núi', 'Cơ khí', null, 'Trường Đại học Hồng Đức', '2021-04-04 09:00+07'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8032-000000000005', '0195d2a0-0038-7000-8031-000000000002',
     'Giải pháp xử lý nước thải chăn nuôi bằng đệm lót sinh học (hồ sơ VIFOTEC 2021)', 'Môi trường', '0195d2a0-0038-7000-8000-000000000001', null, '2021-05-01 09:00+07'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8032-000000000006', '0195d2a0-0038-7000-8031-000000000002',
     'Quy trình phục tráng giống lúa nếp cái hoa vàng', 'Nông nghiệp', '0195d2a0-0038-7000-8000-000000000002', null, '2021-05-02 09:00+07'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8032-000000000007', '0195d2a0-0038-7000-8031-000000000003',
     'Máy gieo hạt mini cho vườn trường', 'Cơ khí', null, 'Trường THCS Nguyễn Du, phường Hạc Thành', '2021-04-10 09:00+07')
on conflict do nothing;

insert into contest_entry_author (tenant_id, entry_id, position, member_id, name) values
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8032-000000000001', 1, null, 'Lê Thị Hạnh'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8032-000000000002', 1, null, 'Trịnh Văn Sơn'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8032-000000000003', 1, null, 'Nguyễn Thị Lan Anh'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8032-000000000004', 1, null, 'Hà Văn Cường'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8032-000000000005', 1, null, 'Lê Thị Hạnh'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8032-000000000006', 1, null, 'Mai Văn Tùng'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8032-000000000007', 1, null, 'Phạm Minh Đức')
on conflict do nothing;

insert into contest_judge (tenant_id, id, edition_id, member_id, name) values
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8033-000000000001', '0195d2a0-0038-7000-8031-000000000001', null, 'PGS.TS. Lê Đình Sơn'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8033-000000000002', '0195d2a0-0038-7000-8031-000000000001', null, 'TS. Nguyễn Thị Hoa')
on conflict do nothing;

insert into contest_round (tenant_id, id, edition_id, number, name, held_on) values
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8034-000000000001', '0195d2a0-0038-7000-8031-000000000001', 1, 'Vòng chung khảo', '2021-09-20')
on conflict do nothing;

insert into contest_score (tenant_id, round_id, entry_id, judge_id, edition_id, score)
select '0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8034-000000000001',
       ('0195d2a0-0038-7000-8032-00000000000' || v.entry)::uuid, ('0195d2a0-0038-7000-8033-00000000000' || v.judge)::uuid,
       '0195d2a0-0038-7000-8031-000000000001', v.score
from (values (1, 1, 92.00), (1, 2, 90.00), (2, 1, 85.00), (2, 2, 87.00), (3, 1, 80.00), (3, 2, 78.00),
             (4, 1, 74.00), (4, 2, 76.00)) as v(entry, judge, score)
on conflict do nothing;

insert into contest_prize (tenant_id, id, edition_id, entry_id, grade, awarded_on, decision) values
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8035-000000000001', '0195d2a0-0038-7000-8031-000000000001', '0195d2a0-0038-7000-8032-000000000001', 'FIRST', '2021-10-15', 'Quyết định khen thưởng của Ban Tổ chức Hội thi tỉnh Thanh Hóa'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8035-000000000002', '0195d2a0-0038-7000-8031-000000000001', '0195d2a0-0038-7000-8032-000000000002', 'SECOND', '2021-10-15', 'Quyết định khen thưởng của Ban Tổ chức Hội thi tỉnh Thanh Hóa'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8035-000000000003', '0195d2a0-0038-7000-8031-000000000001', '0195d2a0-0038-7000-8032-000000000003', 'THIRD', '2021-10-15', 'Quyết định khen thưởng của Ban Tổ chức Hội thi tỉnh Thanh Hóa'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8035-000000000004', '0195d2a0-0038-7000-8031-000000000001', '0195d2a0-0038-7000-8032-000000000004', 'CONSOLATION', '2021-10-15', 'Quyết định khen thưởng của Ban Tổ chức Hội thi tỉnh Thanh Hóa')
on conflict do nothing;

insert into contest_nomination (tenant_id, id, edition_id, entry_id, award, year, nominated_on, result, result_note) values
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8036-000000000001', '0195d2a0-0038-7000-8031-000000000002', '0195d2a0-0038-7000-8032-000000000005', 'VIFOTEC', 2021, '2021-06-15', 'AWARDED', 'Giải Ba'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8036-000000000002', '0195d2a0-0038-7000-8031-000000000002', '0195d2a0-0038-7000-8032-000000000006', 'VIFOTEC', 2021, '2021-06-15', 'NOT_AWARDED', null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8036-000000000003', '0195d2a0-0038-7000-8031-000000000001', '0195d2a0-0038-7000-8032-000000000001', 'GOLDEN_BOOK', 2021, '2021-11-01', 'PENDING', null)
on conflict do nothing;

insert into commendation_decision (tenant_id, id, kind, number, decided_on, issuer, year, reason) values
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8037-000000000001', 'CERTIFICATE', '52/QĐ-LHH', '2021-12-28',
     'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa', 2021,
     'Có thành tích xuất sắc trong công tác hội và phong trào thi đua của Liên hiệp hội tỉnh năm 2021')
on conflict do nothing;

insert into commendation_recipient (tenant_id, id, decision_id, position, kind, unit_id, member_id, name, detail) values
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8038-000000000001', '0195d2a0-0038-7000-8037-000000000001', 1, 'COLLECTIVE', '0195d2a0-0038-7000-8000-000000000001', null, null, null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8038-000000000002', '0195d2a0-0038-7000-8037-000000000001', 2, 'COLLECTIVE', null, null, 'Trung tâm Thông tin Khoa học tỉnh Thanh Hóa', null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8038-000000000003', '0195d2a0-0038-7000-8037-000000000001', 3, 'INDIVIDUAL', null, null, 'Lê Thị Thu Hằng', 'Chuyên viên Ban Thi đua Liên hiệp hội tỉnh Thanh Hóa')
on conflict do nothing;

insert into stored_file (tenant_id, id, name, content_type, size_bytes, sha256, storage_key, uploaded_at, uploaded_by) values
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8039-000000000001', 'Quyết định tặng Giấy khen năm 2021.pdf',
     'application/pdf', 733, '5b1f119c15552969a62b7d0c330e81ded8fc8ea4155edf63712f95a99ab99a25', 'demo/bao-cao.pdf',
     '2021-12-29 09:00:00+07', 'thanh-hoa-editor'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8039-000000000002', 'Lễ phát động Hội thi Thanh Hóa 2020-2021.png',
     'image/png', 1412, '87b36531a6d9bb39f080fdb794503513491d4d22d0039e4e38c59c61a65fac55', 'demo/hoi-nghi.png',
     '2020-09-15 15:00:00+07', 'thanh-hoa-editor')
on conflict do nothing;
insert into commendation_attachment (tenant_id, decision_id, file_id) values
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8037-000000000001', '0195d2a0-0038-7000-8039-000000000001')
on conflict do nothing;
insert into contest_edition_attachment (tenant_id, edition_id, file_id) values
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8031-000000000001', '0195d2a0-0038-7000-8039-000000000002')
on conflict do nothing;
