-- Consultancy, critique and social assessment (tư vấn, phản biện và giám định xã hội): the tasks an authority
-- assigns to the union each year (UBND tỉnh, Tỉnh ủy, HĐND, a department, the national union), the experts who work
-- on each, the steps each goes through, the result document and the authority's assessment. A task's plan year and the days of its steps
-- give the plan against done on any day ("10 assigned in 2021, 4 done by 30/06").

-- A task, assigned by a document (number and date) for the plan of a year. Its status moves
-- ASSIGNED -> IN_PROGRESS -> REPORT_SUBMITTED -> ACCEPTED, or to CANCELLED from any of the first three; the day of
-- each step is kept here (as the documents date it) so that the plan can be read as it stood on any day.
create table consultancy_task (
    tenant_id           uuid        not null,
    id                  uuid        not null default uuidv7(),
    plan_year           smallint    not null,
    kind                text        not null,
    subject             text        not null,
    authority_kind      text        not null,
    authority           text        not null,
    assignment_number   text        not null,
    assigned_on         date        not null,
    due_on              date        not null,
    lead_unit_id        uuid,
    status              text        not null default 'ASSIGNED',
    started_on          date,
    report_submitted_on date,
    accepted_on         date,
    cancelled_on        date,
    cancel_reason       text,
    assessment          text,
    assessment_rating   text,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    constraint consultancy_task_pkey primary key (tenant_id, id),
    constraint consultancy_task_tenant_fkey foreign key (tenant_id) references tenant (id),
    constraint consultancy_task_lead_unit_fkey foreign key (tenant_id, lead_unit_id) references unit (tenant_id, id),
    constraint consultancy_task_kind_known check (kind in ('CONSULTANCY', 'CRITIQUE', 'SOCIAL_ASSESSMENT')),
    constraint consultancy_task_authority_kind_known check (authority_kind in
        ('PEOPLES_COMMITTEE', 'PARTY_COMMITTEE', 'PEOPLES_COUNCIL', 'DEPARTMENT', 'NATIONAL_UNION', 'OTHER')),
    constraint consultancy_task_status_known check (status in
        ('ASSIGNED', 'IN_PROGRESS', 'REPORT_SUBMITTED', 'ACCEPTED', 'CANCELLED')),
    constraint consultancy_task_rating_known check (assessment_rating in ('EXCELLENT', 'GOOD', 'SATISFACTORY')),
    constraint consultancy_task_subject_present check (length(btrim(subject)) > 0),
    constraint consultancy_task_authority_present check (length(btrim(authority)) > 0),
    constraint consultancy_task_assignment_number_present check (length(btrim(assignment_number)) > 0),
    constraint consultancy_task_plan_year_plausible check (plan_year between 1990 and 2200),
    constraint consultancy_task_due_after_assignment check (due_on >= assigned_on),
    constraint consultancy_task_steps_in_order check (started_on >= assigned_on and report_submitted_on >= started_on
        and accepted_on >= report_submitted_on and cancelled_on >= assigned_on),
    -- The days recorded are those of the steps the status has gone through, and no others.
    constraint consultancy_task_status_matches_steps check (case status
        when 'ASSIGNED' then started_on is null and report_submitted_on is null and accepted_on is null and cancelled_on is null
        when 'IN_PROGRESS' then started_on is not null and report_submitted_on is null and accepted_on is null and cancelled_on is null
        when 'REPORT_SUBMITTED' then started_on is not null and report_submitted_on is not null and accepted_on is null
            and cancelled_on is null
        when 'ACCEPTED' then started_on is not null and report_submitted_on is not null and accepted_on is not null
            and cancelled_on is null
        else cancelled_on is not null and accepted_on is null end),
    constraint consultancy_task_cancellation_reasoned check ((cancelled_on is null) = (cancel_reason is null)
        and length(btrim(cancel_reason)) > 0),
    -- The authority's assessment comes with the acceptance; a rating only with an assessment.
    constraint consultancy_task_assessment_with_acceptance check ((accepted_on is null) = (assessment is null)
        and length(btrim(assessment)) > 0 and (assessment_rating is null or assessment is not null))
);

create index consultancy_task_by_year on consultancy_task (tenant_id, plan_year);

-- The panel of experts (hội đồng, nhóm chuyên gia) of a task: members of the union's registry, flagged experts when
-- they joined the panel. A member stays on the panels they served on (the registry keeps the member).
create table consultancy_panel_member (
    tenant_id uuid        not null,
    task_id   uuid        not null,
    member_id uuid        not null,
    added_at  timestamptz not null default now(),
    constraint consultancy_panel_member_pkey primary key (tenant_id, task_id, member_id),
    constraint consultancy_panel_member_task_fkey foreign key (tenant_id, task_id) references consultancy_task (tenant_id, id),
    constraint consultancy_panel_member_member_fkey foreign key (tenant_id, member_id) references member (tenant_id, id)
);

create index consultancy_panel_member_by_member on consultancy_panel_member (tenant_id, member_id);

-- The history of a task: its assignment (no from_status) and every step since, with the day it happened (as the
-- documents date it), who recorded it and when, and a comment (for a cancellation, its reason).
create table consultancy_task_transition (
    tenant_id    uuid        not null,
    id           uuid        not null default uuidv7(),
    task_id      uuid        not null,
    from_status  text,
    to_status    text        not null,
    happened_on  date        not null,
    actor        text        not null,
    recorded_at  timestamptz not null default now(),
    comment      text,
    constraint consultancy_task_transition_pkey primary key (tenant_id, id),
    constraint consultancy_task_transition_task_fkey foreign key (tenant_id, task_id) references consultancy_task (tenant_id, id),
    constraint consultancy_task_transition_from_known check (from_status in ('ASSIGNED', 'IN_PROGRESS', 'REPORT_SUBMITTED')),
    constraint consultancy_task_transition_to_known check (to_status in
        ('ASSIGNED', 'IN_PROGRESS', 'REPORT_SUBMITTED', 'ACCEPTED', 'CANCELLED')),
    constraint consultancy_task_transition_comment_present check (length(btrim(comment)) > 0)
);

create index consultancy_task_transition_by_task on consultancy_task_transition (tenant_id, task_id, recorded_at);

-- The files of a task (stored_file): the result document (báo cáo kết quả), which the report submitted to the
-- authority is, and any other (the assigning document, the panel's minutes). A file belongs to one task; a task has
-- one result document.
create table consultancy_task_attachment (
    tenant_id uuid    not null,
    task_id   uuid    not null,
    file_id   uuid    not null,
    result    boolean not null default false,
    constraint consultancy_task_attachment_pkey primary key (tenant_id, task_id, file_id),
    constraint consultancy_task_attachment_file_key unique (tenant_id, file_id),
    constraint consultancy_task_attachment_task_fkey foreign key (tenant_id, task_id) references consultancy_task (tenant_id, id),
    constraint consultancy_task_attachment_file_fkey foreign key (tenant_id, file_id) references stored_file (tenant_id, id)
);

-- A unique index rather than a constraint: most attachments are not the result.
create unique index consultancy_task_attachment_one_result on consultancy_task_attachment (tenant_id, task_id) where result;

call enable_tenant_isolation('consultancy_task');
call enable_tenant_isolation('consultancy_panel_member');
call enable_tenant_isolation('consultancy_task_transition');
call enable_tenant_isolation('consultancy_task_attachment');
grant select, insert, update, delete on consultancy_task, consultancy_panel_member, consultancy_task_transition,
    consultancy_task_attachment to ${app_role};
