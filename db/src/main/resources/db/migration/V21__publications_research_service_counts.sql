-- Publications (xuất bản), research projects (đề tài, dự án) and counted services (dịch vụ được đếm) of a union:
-- what its reports quote as "02 số Đặc san khoa học", "hàng chục đề tài, dự án cấp tỉnh, cấp ngành và cấp cơ sở",
-- "tư vấn pháp luật hơn 2.030 vụ việc". A unit_id left null means the union's own office (cơ quan Liên hiệp hội).

-- A publication (a series, or one book): Đặc san khoa học, bản tin, sách, … and the unit that publishes it.
create table publication (
    tenant_id  uuid        not null,
    id         uuid        not null default uuidv7(),
    title      text        not null,
    kind       text        not null,
    unit_id    uuid,
    -- The publishing licence (giấy phép xuất bản) or the publisher of a book (nhà xuất bản).
    licence    text,
    notes      text,
    created_at timestamptz not null default now(),
    constraint publication_pkey primary key (tenant_id, id),
    constraint publication_title_key unique (tenant_id, title),
    constraint publication_tenant_fkey foreign key (tenant_id) references tenant (id),
    constraint publication_unit_fkey foreign key (tenant_id, unit_id) references unit (tenant_id, id),
    constraint publication_title_present check (length(btrim(title)) > 0),
    constraint publication_kind_known check (kind in ('SCIENTIFIC_SPECIAL_ISSUE', 'NEWSLETTER', 'BOOK', 'OTHER'))
);

-- An issue of a publication (số), with the copies printed (số lượng in, which the law requires on every issue).
-- The number is as printed ("01/2021", "Số Xuân Tân Sửu"), unique within its publication.
create table publication_issue (
    tenant_id      uuid        not null,
    id             uuid        not null default uuidv7(),
    publication_id uuid        not null,
    number         text        not null,
    published_on   date        not null,
    copies         integer     not null,
    title          text,
    notes          text,
    created_at     timestamptz not null default now(),
    constraint publication_issue_pkey primary key (tenant_id, id),
    constraint publication_issue_number_key unique (tenant_id, publication_id, number),
    constraint publication_issue_publication_fkey foreign key (tenant_id, publication_id)
        references publication (tenant_id, id),
    constraint publication_issue_number_present check (length(btrim(number)) > 0),
    constraint publication_issue_copies_not_negative check (copies >= 0)
);

create index publication_issue_by_date on publication_issue (tenant_id, published_on);

-- A research project: a topic (đề tài) or a project (dự án) at a level, led by a unit (null: the union's office)
-- and a researcher (chủ nhiệm: a member of the registry, or a name), ordered or funded by an authority.
-- Registered → in progress → accepted (nghiệm thu, with the day and the council's rating) or stopped (with why).
create table research_project (
    tenant_id        uuid        not null,
    id               uuid        not null default uuidv7(),
    title            text        not null,
    kind             text        not null,
    level            text        not null,
    lead_unit_id     uuid,
    lead_member_id   uuid,
    lead_researcher  text,
    commissioned_by  text,
    starts_on        date        not null,
    ends_on          date        not null,
    -- Đồng (VND); null when not known.
    budget           bigint,
    status           text        not null default 'REGISTERED',
    accepted_on      date,
    rating           text,
    acceptance_notes text,
    stopped_on       date,
    stop_reason      text,
    notes            text,
    created_at       timestamptz not null default now(),
    constraint research_project_pkey primary key (tenant_id, id),
    constraint research_project_tenant_fkey foreign key (tenant_id) references tenant (id),
    constraint research_project_lead_unit_fkey foreign key (tenant_id, lead_unit_id) references unit (tenant_id, id),
    -- A member who leads a project stays in the registry (erasure keeps the row, without what identifies them).
    constraint research_project_lead_member_fkey foreign key (tenant_id, lead_member_id) references member (tenant_id, id),
    constraint research_project_title_present check (length(btrim(title)) > 0),
    constraint research_project_kind_known check (kind in ('TOPIC', 'PROJECT')),
    constraint research_project_level_known check (level in ('NATIONAL', 'MINISTERIAL', 'PROVINCIAL', 'INSTITUTIONAL')),
    constraint research_project_status_known check (status in ('REGISTERED', 'IN_PROGRESS', 'ACCEPTED', 'STOPPED')),
    constraint research_project_rating_known check (rating in ('EXCELLENT', 'GOOD', 'PASSED', 'FAILED')),
    constraint research_project_lead_present check (lead_member_id is not null or length(btrim(lead_researcher)) > 0),
    constraint research_project_period_ordered check (ends_on >= starts_on),
    constraint research_project_budget_not_negative check (budget >= 0),
    constraint research_project_acceptance_complete check (
        (status = 'ACCEPTED') = (accepted_on is not null) and (accepted_on is null) = (rating is null)
        and (accepted_on is not null or acceptance_notes is null)),
    constraint research_project_stop_complete check (
        (status = 'STOPPED') = (stopped_on is not null) and (stopped_on is null) = (stop_reason is null)),
    constraint research_project_accepted_after_start check (accepted_on >= starts_on),
    constraint research_project_stopped_after_start check (stopped_on >= starts_on)
);

create index research_project_by_start on research_project (tenant_id, starts_on);

-- The kinds of service a union counts rather than itemises, each tenant its own: tư vấn pháp luật (vụ việc),
-- thẩm định báo cáo ĐTM (báo cáo), … A retired kind keeps its counts but takes no new ones.
create table service_count_kind (
    tenant_id     uuid        not null,
    id            uuid        not null default uuidv7(),
    name          text        not null,
    unit_of_count text        not null,
    retired_at    timestamptz,
    created_at    timestamptz not null default now(),
    constraint service_count_kind_pkey primary key (tenant_id, id),
    constraint service_count_kind_name_key unique (tenant_id, name),
    constraint service_count_kind_tenant_fkey foreign key (tenant_id) references tenant (id),
    constraint service_count_kind_name_present check (length(btrim(name)) > 0),
    constraint service_count_kind_unit_present check (length(btrim(unit_of_count)) > 0)
);

-- What a unit (null: the union's office) counted of a kind over a period, both days included. The periods of one
-- unit and kind never overlap, so a report sums the entries that lie within its own period and counts nothing
-- twice; an entry that straddles the report's bounds is shown apart rather than split.
create table service_count (
    tenant_id    uuid        not null,
    id           uuid        not null default uuidv7(),
    kind_id      uuid        not null,
    unit_id      uuid,
    period_start date        not null,
    period_end   date        not null,
    quantity     integer     not null,
    notes        text,
    created_at   timestamptz not null default now(),
    constraint service_count_pkey primary key (tenant_id, id),
    constraint service_count_kind_fkey foreign key (tenant_id, kind_id) references service_count_kind (tenant_id, id),
    constraint service_count_unit_fkey foreign key (tenant_id, unit_id) references unit (tenant_id, id),
    constraint service_count_period_ordered check (period_end >= period_start),
    constraint service_count_quantity_not_negative check (quantity >= 0),
    constraint service_count_unit_periods_apart exclude using gist
        (tenant_id with =, kind_id with =, unit_id with =, daterange(period_start, period_end, '[]') with &&)
        where (unit_id is not null),
    constraint service_count_office_periods_apart exclude using gist
        (tenant_id with =, kind_id with =, daterange(period_start, period_end, '[]') with &&)
        where (unit_id is null)
);

-- The files attached to a publication (scans of its issues, its licence) and to a research project (its decision,
-- contract, acceptance minutes). A file belongs to one record: removing it from the record deletes it.
create table publication_attachment (
    tenant_id      uuid not null,
    publication_id uuid not null,
    file_id        uuid not null,
    constraint publication_attachment_pkey primary key (tenant_id, publication_id, file_id),
    constraint publication_attachment_file_key unique (tenant_id, file_id),
    constraint publication_attachment_publication_fkey foreign key (tenant_id, publication_id)
        references publication (tenant_id, id),
    constraint publication_attachment_file_fkey foreign key (tenant_id, file_id) references stored_file (tenant_id, id)
);

create table research_project_attachment (
    tenant_id  uuid not null,
    project_id uuid not null,
    file_id    uuid not null,
    constraint research_project_attachment_pkey primary key (tenant_id, project_id, file_id),
    constraint research_project_attachment_file_key unique (tenant_id, file_id),
    constraint research_project_attachment_project_fkey foreign key (tenant_id, project_id)
        references research_project (tenant_id, id),
    constraint research_project_attachment_file_fkey foreign key (tenant_id, file_id) references stored_file (tenant_id, id)
);

call enable_tenant_isolation('publication');
call enable_tenant_isolation('publication_issue');
call enable_tenant_isolation('research_project');
call enable_tenant_isolation('service_count_kind');
call enable_tenant_isolation('service_count');
call enable_tenant_isolation('publication_attachment');
call enable_tenant_isolation('research_project_attachment');
grant select, insert, update, delete on publication, publication_issue, research_project, service_count_kind,
    service_count, publication_attachment, research_project_attachment to ${app_role};
