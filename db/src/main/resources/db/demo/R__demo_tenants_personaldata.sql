-- The breach register (issue 20): Hải Phòng recorded one breach, long notified. MADE UP FOR THE DEMO: a laptop with a
-- spreadsheet of members' contacts was lost and found again. Gives the register's table rows of Hải Phòng, which the
-- isolation tests need. Idempotent.

select begin_tenant_scope('0195d2a0-0000-7000-8000-000000000031');

insert into personal_data_breach (tenant_id, id, detected_at, description, data_categories, persons_affected,
                                  consequences, measures, authority_notified_at, persons_notified_at,
                                  notification_note, notification_recorded_by, recorded_by, recorded_at)
values ('0195d2a0-0000-7000-8000-000000000031', '0195d2a0-0031-7000-8060-000000000001',
        timestamptz '2026-02-10 09:00+07',
        'Máy tính xách tay của văn phòng có tệp danh sách hội viên (họ tên, điện thoại, thư điện tử) bị thất lạc trên đường công tác.',
        'Họ tên, số điện thoại, thư điện tử', 120,
        'Nguy cơ lộ số điện thoại, thư điện tử của hội viên; chưa ghi nhận việc sử dụng trái phép.',
        'Khóa tài khoản trên máy, đổi mật khẩu, tìm lại được máy sau hai ngày; nhắc cán bộ không lưu danh sách trên máy cá nhân.',
        timestamptz '2026-02-11 15:00+07', null, 'Đã gửi thông báo cho cơ quan chuyên trách bảo vệ dữ liệu cá nhân (Bộ Công an).',
        'hai-phong-admin', 'hai-phong-admin', timestamptz '2026-02-10 10:00+07')
on conflict do nothing;
