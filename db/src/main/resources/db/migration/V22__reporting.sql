-- Periodic reports (báo cáo định kỳ): the national union's reporting calendar and indicator set, and each
-- provincial union's reports for the calendar's periods, their figures, text and workflow.

-- A period the national union asks every provincial union to report on (kỳ báo cáo), with its deadline. Quarters
-- are their three months; the half-year, 9 and 10 months and the year count from 1 January. Deadlines may fall
-- before the period ends: a half-year's report is approved in June with the month's estimates.
-- The calendar is the national union's, the same for every tenant: not tenant-owned.
create table reporting_period (
    id         uuid        not null default uuidv7(),
    year       smallint    not null,
    kind       text        not null,
    starts_on  date        not null,
    ends_on    date        not null,
    deadline   date        not null,
    created_at timestamptz not null default now(),
    constraint reporting_period_pkey primary key (id),
    constraint reporting_period_key unique (year, kind),
    constraint reporting_period_kind_known check (kind in ('Q1', 'Q2', 'Q3', 'Q4', 'H1', 'M9', 'M10', 'YEAR')),
    constraint reporting_period_within_year check (extract(year from starts_on) = year and extract(year from ends_on) = year),
    constraint reporting_period_dates_ordered check (starts_on <= ends_on),
    constraint reporting_period_deadline_plausible check (deadline between starts_on and ends_on + 90)
);

create index reporting_period_by_deadline on reporting_period (deadline);

-- The areas of work a report is organised by (the headings the seeds use).
-- ORGANISATION: xây dựng, phát triển tổ chức; INFORMATION: thông tin, tuyên truyền, phổ biến kiến thức;
-- CONSULTANCY: tư vấn, phản biện, giám định xã hội; SCIENCE_TECHNOLOGY: hoạt động khoa học và công nghệ;
-- CONTESTS_AWARDS: hội thi, giải thưởng; HONOURING: tôn vinh trí thức; EMULATION_COMMENDATION: thi đua, khen thưởng.

-- The indicators (chỉ tiêu) of a year's reports. source names how the platform computes the value from what the
-- union recorded in the period (the application's catalogue of sources; 'EVENTS:TRAINING' = events of that kind);
-- null means the union enters it by hand.
create table indicator (
    year     smallint not null,
    code     text     not null,
    name     text     not null,
    name_en  text     not null,
    unit     text     not null,
    unit_en  text     not null,
    area     text     not null,
    source   text,
    position smallint not null,
    constraint indicator_pkey primary key (year, code),
    constraint indicator_code_format check (code ~ '^[A-Z]{2}[0-9]{2}$'),
    constraint indicator_name_present check (length(btrim(name)) > 0 and length(btrim(name_en)) > 0),
    constraint indicator_unit_present check (length(btrim(unit)) > 0 and length(btrim(unit_en)) > 0),
    constraint indicator_area_known check (area in ('ORGANISATION', 'INFORMATION', 'CONSULTANCY', 'SCIENCE_TECHNOLOGY',
        'CONTESTS_AWARDS', 'HONOURING', 'EMULATION_COMMENDATION')),
    constraint indicator_source_format check (source ~ '^[A-Z_]+(:[A-Z_]+)?$')
);

grant select, insert, update, delete on reporting_period, indicator to ${app_role};
grant select on reporting_period, indicator to ${admin_role};

-- A kind of counted service (tư vấn pháp luật, thẩm định ĐTM, …) may feed a national indicator: its counts within a
-- report's period are summed into the indicator whose source is SERVICE_COUNTS.
alter table service_count_kind add column indicator_code text;
alter table service_count_kind add constraint service_count_kind_indicator_code_format check (indicator_code ~ '^[A-Z]{2}[0-9]{2}$');

-- A provincial union's report for one period. province_code is the province the report speaks for: the tenant's
-- when it was written. After a merger (2025) the reports of the former province live on in the new province's
-- tenant under their own province_code, so history stays attributable.
-- Workflow: DRAFT → SUBMITTED (to the Standing Committee) → APPROVED (meeting date) → SENT (to the national union)
-- → ACCEPTED, or RETURNED (with a comment) → SUBMITTED again. Reopening an accepted report returns it.
create table report (
    tenant_id     uuid        not null,
    id            uuid        not null default uuidv7(),
    period_id     uuid        not null,
    province_code text        not null,
    status        text        not null default 'DRAFT',
    title         text        not null,
    -- Số và ký hiệu văn bản, e.g. 12/BC-LHH
    number_symbol text,
    -- Địa danh: the place written before the date ("Thanh Hóa, ngày 22 tháng 6 năm 2021")
    place         text,
    issued_on     date,
    -- Nơi nhận, one recipient per line
    recipients    text,
    -- Quyền hạn, chức vụ of the signer ("TM. BAN THƯỜNG VỤ / CHỦ TỊCH") and the signer's name
    signer_title  text,
    signer_name   text,
    approved_on   date,
    sent_at       timestamptz,
    accepted_at   timestamptz,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    version       integer     not null default 0,
    constraint report_pkey primary key (tenant_id, id),
    constraint report_period_key unique (tenant_id, period_id, province_code),
    constraint report_tenant_fkey foreign key (tenant_id) references tenant (id),
    constraint report_period_fkey foreign key (period_id) references reporting_period (id),
    constraint report_province_code_format check (province_code ~ '^[0-9]{2}$'),
    constraint report_status_known check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'SENT', 'ACCEPTED', 'RETURNED')),
    constraint report_title_present check (length(btrim(title)) > 0),
    constraint report_approval_dated check (status not in ('APPROVED', 'SENT', 'ACCEPTED') or approved_on is not null),
    constraint report_sending_dated check (status not in ('SENT', 'ACCEPTED') or sent_at is not null),
    constraint report_acceptance_dated check ((status = 'ACCEPTED') = (accepted_at is not null))
);

create index report_by_period on report (period_id, tenant_id);

-- A figure of a report. computed_value is what the platform computed from the records (null for an indicator
-- entered by hand); entered_value is what the union entered instead, or by hand. Both are kept: an override needs
-- its reason. The figure reported is the entered value if any, else the computed one.
create table report_value (
    tenant_id      uuid        not null,
    report_id      uuid        not null,
    indicator_year smallint    not null,
    indicator_code text        not null,
    computed_value numeric(16, 2),
    entered_value  numeric(16, 2),
    reason         text,
    computed_at    timestamptz,
    entered_at     timestamptz,
    entered_by     text,
    constraint report_value_pkey primary key (tenant_id, report_id, indicator_code),
    constraint report_value_report_fkey foreign key (tenant_id, report_id) references report (tenant_id, id) on delete cascade,
    constraint report_value_indicator_fkey foreign key (indicator_year, indicator_code) references indicator (year, code),
    constraint report_value_override_reasoned check (
        entered_value is null or computed_value is null or entered_value = computed_value
        or length(btrim(coalesce(reason, ''))) > 0),
    constraint report_value_entry_signed check ((entered_value is null) = (entered_at is null))
);

-- The narrative of a report, as sanitised HTML: results by area of work (one section per area), difficulties,
-- proposals, tasks for the next period.
create table report_section (
    tenant_id  uuid        not null,
    report_id  uuid        not null,
    section    text        not null,
    body_html  text        not null default '',
    updated_at timestamptz not null default now(),
    constraint report_section_pkey primary key (tenant_id, report_id, section),
    constraint report_section_report_fkey foreign key (tenant_id, report_id) references report (tenant_id, id) on delete cascade,
    constraint report_section_known check (section in ('ORGANISATION', 'INFORMATION', 'CONSULTANCY', 'SCIENCE_TECHNOLOGY',
        'CONTESTS_AWARDS', 'HONOURING', 'EMULATION_COMMENDATION', 'DIFFICULTIES', 'PROPOSALS', 'NEXT_TASKS'))
);

-- Every step of a report's workflow: who, when, and the comment (required to return or reopen a report).
create table report_transition (
    tenant_id    uuid        not null,
    id           uuid        not null default uuidv7(),
    report_id    uuid        not null,
    from_status  text        not null,
    to_status    text        not null,
    actor        text        not null,
    occurred_at  timestamptz not null default now(),
    comment      text,
    meeting_date date,
    constraint report_transition_pkey primary key (tenant_id, id),
    constraint report_transition_report_fkey foreign key (tenant_id, report_id) references report (tenant_id, id) on delete cascade,
    constraint report_transition_from_known check (from_status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'SENT', 'ACCEPTED', 'RETURNED')),
    constraint report_transition_to_known check (to_status in ('SUBMITTED', 'APPROVED', 'SENT', 'ACCEPTED', 'RETURNED', 'DRAFT')),
    constraint report_transition_return_explained check (to_status <> 'RETURNED' or length(btrim(coalesce(comment, ''))) > 0),
    constraint report_transition_approval_dated check (to_status <> 'APPROVED' or meeting_date is not null)
);

create index report_transition_by_report on report_transition (tenant_id, report_id, occurred_at);

call enable_tenant_isolation('report');
call enable_tenant_isolation('report_value');
call enable_tenant_isolation('report_section');
call enable_tenant_isolation('report_transition');
grant select, insert, update, delete on report, report_value, report_section, report_transition to ${app_role};

-- A report's figures and text change only while it is a draft or returned: once submitted the Standing Committee
-- approves what it read, and an accepted report is locked until a national reviewer reopens it (back to RETURNED).
create function refuse_locked_report_change() returns trigger
    language plpgsql
as $$
declare
    row_tenant uuid := case when tg_op = 'DELETE' then old.tenant_id else new.tenant_id end;
    row_report uuid := case when tg_op = 'DELETE' then old.report_id else new.report_id end;
    report_status text;
begin
    select status into report_status from report where tenant_id = row_tenant and id = row_report;
    if report_status is not null and report_status not in ('DRAFT', 'RETURNED') then
        raise exception 'report % is % and cannot be changed', row_report, report_status
            using errcode = 'object_not_in_prerequisite_state', constraint = 'report_locked';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;

create trigger report_value_locked
    before insert or update or delete on report_value
    for each row execute function refuse_locked_report_change();

create trigger report_section_locked
    before insert or update or delete on report_section
    for each row execute function refuse_locked_report_change();

-- The starting calendar and indicator set, 2016–2027, which the national union then edits year by year.
-- Deadlines as the national union set them in practice: a period's report reaches it around the period's last days.
insert into reporting_period (year, kind, starts_on, ends_on, deadline)
select y, p.kind, make_date(y, p.first_month, 1), (make_date(y, p.last_month, 1) + interval '1 month - 1 day')::date,
       make_date(y + p.deadline_year_offset, p.deadline_month, p.deadline_day)
from generate_series(2016, 2027) as y
cross join (values ('Q1', 1, 3, 0, 4, 5),
                   ('H1', 1, 6, 0, 7, 5),
                   ('Q3', 7, 9, 0, 10, 5),
                   ('M10', 1, 10, 0, 11, 5),
                   ('YEAR', 1, 12, 1, 1, 10)) as p (kind, first_month, last_month, deadline_year_offset, deadline_month, deadline_day);

insert into indicator (year, code, name, name_en, unit, unit_en, area, source, position)
select y, i.code, i.name, i.name_en, i.unit, i.unit_en, i.area, i.source, i.position
from generate_series(2016, 2027) as y
cross join (values
    ('TC01', 'Hội thành viên', 'Member associations', 'hội', 'associations', 'ORGANISATION', 'UNITS:MEMBER_ASSOCIATION', 1),
    ('TC02', 'Trung tâm trực thuộc', 'Affiliated centres', 'đơn vị', 'units', 'ORGANISATION', 'UNITS:AFFILIATED_CENTRE', 2),
    ('TC03', 'Đơn vị liên kết', 'Linked units', 'đơn vị', 'units', 'ORGANISATION', 'UNITS:LINKED_UNIT', 3),
    ('TC04', 'Hội viên tập thể', 'Collective members', 'tổ chức', 'organisations', 'ORGANISATION', 'UNITS:COLLECTIVE_MEMBER', 4),
    ('TC05', 'Hội viên cá nhân', 'Individual members', 'người', 'people', 'ORGANISATION', 'MEMBERS', 5),
    ('TC06', 'Hội viên tăng (giảm) so với cùng kỳ năm trước', 'Change in members on a year earlier', 'người', 'people', 'ORGANISATION', 'MEMBERS_CHANGE', 6),
    ('TC07', 'Hội nghị Ban Chấp hành', 'Executive Committee meetings', 'hội nghị', 'meetings', 'ORGANISATION', 'EVENTS:EXECUTIVE_COMMITTEE_MEETING', 7),
    ('TC08', 'Hội nghị Ban Thường vụ', 'Standing Committee meetings', 'hội nghị', 'meetings', 'ORGANISATION', 'EVENTS:STANDING_COMMITTEE_MEETING', 8),
    ('TT01', 'Lớp tập huấn, tuyên truyền, phổ biến kiến thức', 'Training and dissemination classes', 'lớp', 'classes', 'INFORMATION', 'EVENTS:TRAINING', 10),
    ('TT02', 'Lượt người tham dự tập huấn', 'Training participants', 'lượt người', 'attendances', 'INFORMATION', 'PARTICIPANTS:TRAINING', 11),
    ('TT03', 'Hội nghị thông tin chuyên đề', 'Thematic briefings', 'hội nghị', 'briefings', 'INFORMATION', 'EVENTS:THEMATIC_BRIEFING', 12),
    ('TT04', 'Số đặc san, bản tin, sách phát hành', 'Issues of special issues, newsletters and books', 'số', 'issues', 'INFORMATION', 'PUBLICATION_ISSUES', 13),
    ('TV01', 'Nhiệm vụ tư vấn, phản biện, giám định xã hội được giao', 'Consultancy, critique and assessment tasks assigned', 'nhiệm vụ', 'tasks', 'CONSULTANCY', 'CONSULTANCY_ASSIGNED', 20),
    ('TV02', 'Nhiệm vụ tư vấn, phản biện, giám định xã hội hoàn thành', 'Consultancy, critique and assessment tasks completed', 'nhiệm vụ', 'tasks', 'CONSULTANCY', 'CONSULTANCY_COMPLETED', 21),
    ('TV03', 'Kiến nghị, đề xuất gửi cấp ủy, chính quyền', 'Recommendations to the Party committee and the authorities', 'kiến nghị', 'recommendations', 'CONSULTANCY', null, 22),
    ('KH01', 'Hội nghị khoa học', 'Scientific conferences', 'hội nghị', 'conferences', 'SCIENCE_TECHNOLOGY', 'EVENTS:CONFERENCE', 30),
    ('KH02', 'Hội thảo khoa học', 'Scientific workshops', 'hội thảo', 'workshops', 'SCIENCE_TECHNOLOGY', 'EVENTS:SCIENTIFIC_WORKSHOP', 31),
    ('KH03', 'Tọa đàm', 'Round tables', 'tọa đàm', 'round tables', 'SCIENCE_TECHNOLOGY', 'EVENTS:ROUND_TABLE', 32),
    ('KH04', 'Lượt đại biểu dự hội nghị, hội thảo, tọa đàm', 'Attendances at conferences, workshops and round tables', 'lượt người', 'attendances', 'SCIENCE_TECHNOLOGY', 'PARTICIPANTS:SCIENTIFIC', 33),
    ('KH05', 'Đề tài, dự án đang thực hiện', 'Research projects under way', 'đề tài, dự án', 'projects', 'SCIENCE_TECHNOLOGY', 'RESEARCH_ACTIVE', 34),
    ('KH06', 'Đề tài, dự án được nghiệm thu', 'Research projects accepted', 'đề tài, dự án', 'projects', 'SCIENCE_TECHNOLOGY', 'RESEARCH_ACCEPTED', 35),
    ('KH07', 'Vụ việc tư vấn pháp luật', 'Legal advice cases', 'vụ việc', 'cases', 'SCIENCE_TECHNOLOGY', 'SERVICE_COUNTS', 36),
    ('KH08', 'Hồ sơ thẩm định báo cáo đánh giá tác động môi trường', 'Environmental impact assessment reviews', 'hồ sơ', 'reviews', 'SCIENCE_TECHNOLOGY', 'SERVICE_COUNTS', 37),
    ('GT01', 'Hội thi, cuộc thi được phát động', 'Contest editions launched', 'hội thi', 'editions', 'CONTESTS_AWARDS', 'CONTEST_EDITIONS', 40),
    ('GT02', 'Giải pháp, công trình dự thi', 'Contest entries', 'giải pháp', 'entries', 'CONTESTS_AWARDS', 'CONTEST_ENTRIES', 41),
    ('GT03', 'Giải pháp, công trình đoạt giải', 'Prize-winning entries', 'giải pháp', 'entries', 'CONTESTS_AWARDS', 'CONTEST_PRIZES', 42),
    ('GT04', 'Công trình đề cử Giải thưởng VIFOTEC, Sách vàng Sáng tạo Việt Nam', 'Works nominated to VIFOTEC and the Golden Book', 'công trình', 'works', 'CONTESTS_AWARDS', 'NOMINATIONS', 43),
    ('TN01', 'Trí thức khoa học và công nghệ được tôn vinh', 'S&T intellectuals honoured', 'người', 'people', 'HONOURING', null, 50),
    ('KT01', 'Lễ ký kết giao ước thi đua', 'Emulation pledge signings', 'sự kiện', 'events', 'EMULATION_COMMENDATION', 'EVENTS:EMULATION_PLEDGE_SIGNING', 60),
    ('KT02', 'Tập thể được khen thưởng', 'Collectives commended', 'tập thể', 'collectives', 'EMULATION_COMMENDATION', 'COMMENDED:COLLECTIVE', 61),
    ('KT03', 'Cá nhân được khen thưởng', 'Individuals commended', 'cá nhân', 'individuals', 'EMULATION_COMMENDATION', 'COMMENDED:INDIVIDUAL', 62)
) as i (code, name, name_en, unit, unit_en, area, source, position);
