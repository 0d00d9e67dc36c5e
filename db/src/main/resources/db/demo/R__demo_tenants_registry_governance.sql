-- The demo governance (tổ chức bộ máy): Thanh Hóa's union over two terms, with the changes between congresses that
-- its secretariat records (a resignation, a transfer, supplementary elections), and a few records of Hải Phòng.
-- Runs after R__demo_tenants_registry.sql, which inserts the members (Flyway orders repeatable migrations by
-- description). Names are the made-up demo members. Idempotent.

select begin_tenant_scope('0195d2a0-0000-7000-8000-000000000038');
insert into governance_term (tenant_id, id, name, start_year, end_year, congress, starts_on, ends_on) values
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8002-000000000001', 'Nhiệm kỳ 2019–2024', 2019, 2024,
     'Đại hội đại biểu Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa lần thứ V', '2019-10-25', '2024-10-18'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8002-000000000002', 'Nhiệm kỳ 2024–2029', 2024, 2029,
     'Đại hội đại biểu Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa lần thứ VI', '2024-10-18', null)
on conflict do nothing;
insert into governance_body (tenant_id, id, term_id, kind, seats) values
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8003-000000000011', '0195d2a0-0038-7000-8002-000000000001', 'EXECUTIVE_COMMITTEE', 31),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8003-000000000012', '0195d2a0-0038-7000-8002-000000000001', 'STANDING_COMMITTEE', 11),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8003-000000000013', '0195d2a0-0038-7000-8002-000000000001', 'PERMANENT_OFFICE', 4),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8003-000000000021', '0195d2a0-0038-7000-8002-000000000002', 'EXECUTIVE_COMMITTEE', 35),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8003-000000000022', '0195d2a0-0038-7000-8002-000000000002', 'STANDING_COMMITTEE', 11),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8003-000000000023', '0195d2a0-0038-7000-8002-000000000002', 'PERMANENT_OFFICE', 4)
on conflict do nothing;

-- Term 2019–2024.
-- The Ban Chấp hành of 31 elected by the 5th congress (two of them below), in office until the 6th congress.
insert into governance_mandate (tenant_id, id, body_id, member_id, position, starts_on, start_kind, start_decision_number,
                                start_decision_date, start_decision, ends_on, end_reason, end_decision_number, end_decision_date,
                                end_decision)
select '0195d2a0-0000-7000-8000-000000000038'::uuid, ('0195d2a0-0038-7000-8004-' || v.n)::uuid, ('0195d2a0-0038-7000-8003-0000000000' || v.body)::uuid,
       ('0195d2a0-0038-7000-8001-0000000000' || v.member)::uuid, v.position,
       date '2019-10-25', 'ELECTED_AT_CONGRESS', '01/NQ-ĐH', date '2019-10-25', 'Đại hội đại biểu Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa lần thứ V',
       date '2024-10-18', 'TERM_ENDED', '01/NQ-ĐH', date '2024-10-18', 'Đại hội đại biểu Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa lần thứ VI'
from (values
    ('000000000001', '11', '05', 'CHAIR'),
    ('000000000002', '11', '0e', 'VICE_CHAIR_SECRETARY_GENERAL'),
    ('000000000003', '11', '03', 'VICE_CHAIR'),
    ('000000000004', '11', '1d', 'VICE_CHAIR'),
    ('000000000005', '11', '02', 'MEMBER'),
    ('000000000006', '11', '0a', 'MEMBER'),
    ('000000000007', '11', '14', 'MEMBER'),
    ('000000000008', '11', '24', 'MEMBER'),
    ('000000000009', '11', '2a', 'MEMBER'),
    ('00000000000a', '11', '48', 'MEMBER'),
    ('00000000000b', '11', '04', 'MEMBER'),
    ('00000000000c', '11', '06', 'MEMBER'),
    ('00000000000d', '11', '07', 'MEMBER'),
    ('00000000000e', '11', '08', 'MEMBER'),
    ('00000000000f', '11', '09', 'MEMBER'),
    ('000000000010', '11', '0b', 'MEMBER'),
    ('000000000011', '11', '0c', 'MEMBER'),
    ('000000000012', '11', '0d', 'MEMBER'),
    ('000000000013', '11', '10', 'MEMBER'),
    ('000000000014', '11', '11', 'MEMBER'),
    ('000000000015', '11', '12', 'MEMBER'),
    ('000000000016', '11', '13', 'MEMBER'),
    ('000000000017', '11', '15', 'MEMBER'),
    ('000000000018', '11', '16', 'MEMBER'),
    ('000000000019', '11', '18', 'MEMBER'),
    ('00000000001a', '11', '1a', 'MEMBER'),
    ('00000000001b', '11', '1b', 'MEMBER'),
    ('00000000001c', '11', '1c', 'MEMBER'),
    ('00000000001d', '11', '19', 'MEMBER')
) v(n, body, member, position)
on conflict do nothing;

-- Its Ban Thường vụ of 11 (one of them below) and its Thường trực, elected by the new Ban Chấp hành's first meeting.
insert into governance_mandate (tenant_id, id, body_id, member_id, position, starts_on, start_kind, start_decision_number,
                                start_decision_date, start_decision, ends_on, end_reason, end_decision_number, end_decision_date,
                                end_decision)
select '0195d2a0-0000-7000-8000-000000000038'::uuid, ('0195d2a0-0038-7000-8004-' || v.n)::uuid, ('0195d2a0-0038-7000-8003-0000000000' || v.body)::uuid,
       ('0195d2a0-0038-7000-8001-0000000000' || v.member)::uuid, v.position,
       date '2019-10-25', 'ELECTED_AT_CONGRESS', null, date '2019-10-25', 'Hội nghị lần thứ nhất Ban Chấp hành khóa V',
       date '2024-10-18', 'TERM_ENDED', '01/NQ-ĐH', date '2024-10-18', 'Đại hội đại biểu Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa lần thứ VI'
from (values
    ('000000000031', '12', '05', 'CHAIR'),
    ('000000000032', '12', '0e', 'VICE_CHAIR_SECRETARY_GENERAL'),
    ('000000000033', '12', '03', 'VICE_CHAIR'),
    ('000000000034', '12', '1d', 'VICE_CHAIR'),
    ('000000000035', '12', '02', 'MEMBER'),
    ('000000000036', '12', '0a', 'MEMBER'),
    ('000000000037', '12', '14', 'MEMBER'),
    ('000000000038', '12', '24', 'MEMBER'),
    ('000000000039', '12', '2a', 'MEMBER'),
    ('00000000003a', '12', '48', 'MEMBER'),
    ('000000000041', '13', '05', 'CHAIR'),
    ('000000000042', '13', '0e', 'VICE_CHAIR_SECRETARY_GENERAL'),
    ('000000000043', '13', '03', 'VICE_CHAIR'),
    ('000000000044', '13', '1d', 'VICE_CHAIR')
) v(n, body, member, position)
on conflict do nothing;

-- Between the congresses: Đặng Đình Hải left the Ban Chấp hành and the Ban Thường vụ at his request, Trần Văn Tuấn
-- moved to another post; the Ban Chấp hành filled the vacated seats at its year-end meeting of 2022.
insert into governance_mandate (tenant_id, id, body_id, member_id, position, starts_on, start_kind, start_decision_number,
                                start_decision_date, start_decision, ends_on, end_reason, end_decision_number, end_decision_date,
                                end_decision, replaces_mandate_id) values
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8004-00000000001e', '0195d2a0-0038-7000-8003-000000000011', '0195d2a0-0038-7000-8001-000000000028', 'MEMBER', '2019-10-25', 'ELECTED_AT_CONGRESS', '01/NQ-ĐH', '2019-10-25', 'Đại hội đại biểu Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa lần thứ V',
     '2021-12-28', 'RESIGNED', '15/NQ-LHH', '2021-12-28', 'Hội nghị Ban Chấp hành lần thứ 4 chấp thuận đơn xin thôi tham gia vì lý do sức khỏe', null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8004-00000000003b', '0195d2a0-0038-7000-8003-000000000012', '0195d2a0-0038-7000-8001-000000000028', 'MEMBER', '2019-10-25', 'ELECTED_AT_CONGRESS', null, '2019-10-25', 'Hội nghị lần thứ nhất Ban Chấp hành khóa V',
     '2021-12-28', 'RESIGNED', '15/NQ-LHH', '2021-12-28', 'Hội nghị Ban Chấp hành lần thứ 4 chấp thuận đơn xin thôi tham gia vì lý do sức khỏe', null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8004-00000000001f', '0195d2a0-0038-7000-8003-000000000011', '0195d2a0-0038-7000-8001-000000000017', 'MEMBER', '2019-10-25', 'ELECTED_AT_CONGRESS', '01/NQ-ĐH', '2019-10-25', 'Đại hội đại biểu Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa lần thứ V',
     '2022-05-10', 'TRANSFERRED', '45/QĐ-LHH', '2022-05-10', 'Quyết định cho thôi tham gia Ban Chấp hành do chuyển công tác', null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8004-000000000020', '0195d2a0-0038-7000-8003-000000000011', '0195d2a0-0038-7000-8001-000000000029', 'MEMBER', '2022-12-27', 'SUPPLEMENTARY_ELECTION', '32/NQ-LHH', '2022-12-27', 'Hội nghị Ban Chấp hành tổng kết công tác năm 2022 bầu bổ sung Ủy viên Ban Chấp hành, Ủy viên Ban Thường vụ',
     '2024-10-18', 'TERM_ENDED', '01/NQ-ĐH', '2024-10-18', 'Đại hội đại biểu Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa lần thứ VI', '0195d2a0-0038-7000-8004-00000000001e'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8004-000000000021', '0195d2a0-0038-7000-8003-000000000011', '0195d2a0-0038-7000-8001-00000000002b', 'MEMBER', '2022-12-27', 'SUPPLEMENTARY_ELECTION', '32/NQ-LHH', '2022-12-27', 'Hội nghị Ban Chấp hành tổng kết công tác năm 2022 bầu bổ sung Ủy viên Ban Chấp hành, Ủy viên Ban Thường vụ',
     '2024-10-18', 'TERM_ENDED', '01/NQ-ĐH', '2024-10-18', 'Đại hội đại biểu Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa lần thứ VI', '0195d2a0-0038-7000-8004-00000000001f'),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8004-00000000003c', '0195d2a0-0038-7000-8003-000000000012', '0195d2a0-0038-7000-8001-000000000019', 'MEMBER', '2022-12-27', 'SUPPLEMENTARY_ELECTION', '32/NQ-LHH', '2022-12-27', 'Hội nghị Ban Chấp hành tổng kết công tác năm 2022 bầu bổ sung Ủy viên Ban Chấp hành, Ủy viên Ban Thường vụ',
     '2024-10-18', 'TERM_ENDED', '01/NQ-ĐH', '2024-10-18', 'Đại hội đại biểu Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa lần thứ VI', '0195d2a0-0038-7000-8004-00000000003b')
on conflict do nothing;

-- Term 2024–2029, the current one.
-- The Ban Chấp hành of 35 seats, 33 of them filled by the 6th congress (one below).
insert into governance_mandate (tenant_id, id, body_id, member_id, position, starts_on, start_kind, start_decision_number,
                                start_decision_date, start_decision, ends_on, end_reason, end_decision_number, end_decision_date,
                                end_decision)
select '0195d2a0-0000-7000-8000-000000000038'::uuid, ('0195d2a0-0038-7000-8004-' || v.n)::uuid, ('0195d2a0-0038-7000-8003-0000000000' || v.body)::uuid,
       ('0195d2a0-0038-7000-8001-0000000000' || v.member)::uuid, v.position,
       date '2024-10-18', 'ELECTED_AT_CONGRESS', '01/NQ-ĐH', date '2024-10-18', 'Đại hội đại biểu Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa lần thứ VI',
       null, null, null, null, null
from (values
    ('000000000101', '21', '0e', 'CHAIR'),
    ('000000000102', '21', '1d', 'VICE_CHAIR_SECRETARY_GENERAL'),
    ('000000000103', '21', '03', 'VICE_CHAIR'),
    ('000000000104', '21', '19', 'VICE_CHAIR'),
    ('000000000105', '21', '02', 'MEMBER'),
    ('000000000106', '21', '0a', 'MEMBER'),
    ('000000000107', '21', '14', 'MEMBER'),
    ('000000000108', '21', '24', 'MEMBER'),
    ('000000000109', '21', '48', 'MEMBER'),
    ('00000000010a', '21', '29', 'MEMBER'),
    ('00000000010b', '21', '31', 'MEMBER'),
    ('00000000010c', '21', '04', 'MEMBER'),
    ('00000000010d', '21', '06', 'MEMBER'),
    ('00000000010e', '21', '07', 'MEMBER'),
    ('00000000010f', '21', '08', 'MEMBER'),
    ('000000000110', '21', '09', 'MEMBER'),
    ('000000000111', '21', '0b', 'MEMBER'),
    ('000000000112', '21', '0c', 'MEMBER'),
    ('000000000113', '21', '0d', 'MEMBER'),
    ('000000000114', '21', '10', 'MEMBER'),
    ('000000000115', '21', '11', 'MEMBER'),
    ('000000000116', '21', '12', 'MEMBER'),
    ('000000000117', '21', '13', 'MEMBER'),
    ('000000000118', '21', '15', 'MEMBER'),
    ('000000000119', '21', '16', 'MEMBER'),
    ('00000000011a', '21', '18', 'MEMBER'),
    ('00000000011b', '21', '1a', 'MEMBER'),
    ('00000000011c', '21', '1b', 'MEMBER'),
    ('00000000011d', '21', '1c', 'MEMBER'),
    ('00000000011e', '21', '2b', 'MEMBER'),
    ('00000000011f', '21', '2c', 'MEMBER'),
    ('000000000120', '21', '2d', 'MEMBER')
) v(n, body, member, position)
on conflict do nothing;

-- Its Ban Thường vụ of 11 and its Thường trực.
insert into governance_mandate (tenant_id, id, body_id, member_id, position, starts_on, start_kind, start_decision_number,
                                start_decision_date, start_decision, ends_on, end_reason, end_decision_number, end_decision_date,
                                end_decision)
select '0195d2a0-0000-7000-8000-000000000038'::uuid, ('0195d2a0-0038-7000-8004-' || v.n)::uuid, ('0195d2a0-0038-7000-8003-0000000000' || v.body)::uuid,
       ('0195d2a0-0038-7000-8001-0000000000' || v.member)::uuid, v.position,
       date '2024-10-18', 'ELECTED_AT_CONGRESS', null, date '2024-10-18', 'Hội nghị lần thứ nhất Ban Chấp hành khóa VI',
       null, null, null, null, null
from (values
    ('000000000131', '22', '0e', 'CHAIR'),
    ('000000000132', '22', '1d', 'VICE_CHAIR_SECRETARY_GENERAL'),
    ('000000000133', '22', '03', 'VICE_CHAIR'),
    ('000000000134', '22', '19', 'VICE_CHAIR'),
    ('000000000135', '22', '02', 'MEMBER'),
    ('000000000136', '22', '0a', 'MEMBER'),
    ('000000000137', '22', '14', 'MEMBER'),
    ('000000000138', '22', '24', 'MEMBER'),
    ('000000000139', '22', '48', 'MEMBER'),
    ('00000000013a', '22', '29', 'MEMBER'),
    ('00000000013b', '22', '31', 'MEMBER'),
    ('000000000141', '23', '0e', 'CHAIR'),
    ('000000000142', '23', '1d', 'VICE_CHAIR_SECRETARY_GENERAL'),
    ('000000000143', '23', '03', 'VICE_CHAIR'),
    ('000000000144', '23', '19', 'VICE_CHAIR')
) v(n, body, member, position)
on conflict do nothing;

-- Hà Minh Đạt moved out of the province; the Ban Chấp hành elected Trần Minh Vinh in his place.
insert into governance_mandate (tenant_id, id, body_id, member_id, position, starts_on, start_kind, start_decision_number,
                                start_decision_date, start_decision, ends_on, end_reason, end_decision_number, end_decision_date,
                                end_decision, replaces_mandate_id) values
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8004-000000000121', '0195d2a0-0038-7000-8003-000000000021', '0195d2a0-0038-7000-8001-00000000002e', 'MEMBER', '2024-10-18', 'ELECTED_AT_CONGRESS', '01/NQ-ĐH', '2024-10-18', 'Đại hội đại biểu Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa lần thứ VI',
     '2025-07-15', 'TRANSFERRED', '28/QĐ-LHH', '2025-07-15', 'Quyết định cho thôi tham gia Ban Chấp hành do chuyển công tác ra ngoài tỉnh', null),
    ('0195d2a0-0000-7000-8000-000000000038', '0195d2a0-0038-7000-8004-000000000122', '0195d2a0-0038-7000-8003-000000000021', '0195d2a0-0038-7000-8001-00000000002f', 'MEMBER', '2025-12-26', 'SUPPLEMENTARY_ELECTION', '41/NQ-LHH', '2025-12-26', 'Hội nghị Ban Chấp hành lần thứ 3 bầu bổ sung Ủy viên Ban Chấp hành',
     null, null, null, null, null, '0195d2a0-0038-7000-8004-000000000121')
on conflict do nothing;

select begin_tenant_scope('0195d2a0-0000-7000-8000-000000000031');
insert into governance_term (tenant_id, id, name, start_year, end_year, congress, starts_on, ends_on) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8002-000000000001', 'Nhiệm kỳ 2019–2024', 2019, 2024,
     'Đại hội đại biểu Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hải Phòng lần thứ VI', '2019-08-16', '2024-12-20'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8002-000000000002', 'Nhiệm kỳ 2024–2029', 2024, 2029,
     'Đại hội đại biểu Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hải Phòng lần thứ VII', '2024-12-20', null)
on conflict do nothing;
insert into governance_body (tenant_id, id, term_id, kind, seats) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8003-000000000011', '0195d2a0-0031-7000-8002-000000000001', 'EXECUTIVE_COMMITTEE', 45),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8003-000000000013', '0195d2a0-0031-7000-8002-000000000001', 'PERMANENT_OFFICE', 4),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8003-000000000021', '0195d2a0-0031-7000-8002-000000000002', 'EXECUTIVE_COMMITTEE', 45),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8003-000000000023', '0195d2a0-0031-7000-8002-000000000002', 'PERMANENT_OFFICE', 4)
on conflict do nothing;
insert into governance_mandate (tenant_id, id, body_id, member_id, position, starts_on, start_kind, start_decision_number,
                                start_decision_date, start_decision, ends_on, end_reason, end_decision_number, end_decision_date,
                                end_decision, replaces_mandate_id) values
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8004-000000000001', '0195d2a0-0031-7000-8003-000000000011', '0195d2a0-0031-7000-8001-000000000001', 'MEMBER', '2019-08-16', 'ELECTED_AT_CONGRESS', '01/NQ-ĐH', '2019-08-16', 'Đại hội đại biểu Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hải Phòng lần thứ VI',
     '2024-12-20', 'TERM_ENDED', '01/NQ-ĐH', '2024-12-20', 'Đại hội đại biểu Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hải Phòng lần thứ VII', null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8004-000000000002', '0195d2a0-0031-7000-8003-000000000013', '0195d2a0-0031-7000-8001-000000000001', 'VICE_CHAIR', '2019-08-16', 'ELECTED_AT_CONGRESS', '01/NQ-ĐH', '2019-08-16', 'Đại hội đại biểu Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hải Phòng lần thứ VI',
     '2024-12-20', 'TERM_ENDED', '01/NQ-ĐH', '2024-12-20', 'Đại hội đại biểu Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hải Phòng lần thứ VII', null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8004-000000000003', '0195d2a0-0031-7000-8003-000000000011', '0195d2a0-0031-7000-8001-000000000003', 'MEMBER', '2019-08-16', 'ELECTED_AT_CONGRESS', '01/NQ-ĐH', '2019-08-16', 'Đại hội đại biểu Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hải Phòng lần thứ VI',
     '2022-06-30', 'RETIRED', null, '2022-06-30', 'Hội nghị Ban Chấp hành sơ kết công tác 6 tháng đầu năm 2022', null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8004-000000000004', '0195d2a0-0031-7000-8003-000000000011', '0195d2a0-0031-7000-8001-000000000002', 'MEMBER', '2022-12-27', 'SUPPLEMENTARY_ELECTION', null, '2022-12-27', 'Hội nghị Ban Chấp hành tổng kết công tác năm 2022 bầu bổ sung 2 Ủy viên Ban Chấp hành',
     '2024-12-20', 'TERM_ENDED', '01/NQ-ĐH', '2024-12-20', 'Đại hội đại biểu Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hải Phòng lần thứ VII', '0195d2a0-0031-7000-8004-000000000003'),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8004-000000000005', '0195d2a0-0031-7000-8003-000000000021', '0195d2a0-0031-7000-8001-000000000001', 'CHAIR', '2024-12-20', 'ELECTED_AT_CONGRESS', '01/NQ-ĐH', '2024-12-20', 'Đại hội đại biểu Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hải Phòng lần thứ VII',
     null, null, null, null, null, null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8004-000000000006', '0195d2a0-0031-7000-8003-000000000023', '0195d2a0-0031-7000-8001-000000000001', 'CHAIR', '2024-12-20', 'ELECTED_AT_CONGRESS', '01/NQ-ĐH', '2024-12-20', 'Đại hội đại biểu Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hải Phòng lần thứ VII',
     null, null, null, null, null, null),
    ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8004-000000000007', '0195d2a0-0031-7000-8003-000000000021', '0195d2a0-0031-7000-8001-000000000002', 'MEMBER', '2024-12-20', 'ELECTED_AT_CONGRESS', '01/NQ-ĐH', '2024-12-20', 'Đại hội đại biểu Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hải Phòng lần thứ VII',
     null, null, null, null, null, null)
on conflict do nothing;
