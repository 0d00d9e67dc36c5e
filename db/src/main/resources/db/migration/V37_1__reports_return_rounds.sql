-- Returns that show what changed (issue 18). Part of V37 (issue 18's review helper), kept apart from its
-- completeness tables.
--
-- report_round: what a union sent each time it sent a report (round 1 the first sending, 2 after the first return…):
-- the figures reported (entered, else computed), as text by indicator code, and the sections' sanitised HTML. The
-- reviewer compares the report sent again with the round that was returned; every round stays in the report's history.
create table report_round (
    tenant_id uuid        not null,
    report_id uuid        not null,
    round     smallint    not null,
    sent_at   timestamptz not null,
    sent_by   text        not null,
    figures   jsonb       not null,
    sections  jsonb       not null,
    constraint report_round_pkey primary key (tenant_id, report_id, round),
    constraint report_round_report_fkey foreign key (tenant_id, report_id) references report (tenant_id, id) on delete cascade,
    constraint report_round_positive check (round > 0)
);

call enable_tenant_isolation('report_round');
grant select, insert on report_round to ${app_role};

-- A reviewer's comment on one figure (target: the indicator code) or one section (target: the section) of the round
-- returned; the overall comment stays the return's comment in report_transition.
create table report_return_comment (
    tenant_id   uuid        not null,
    report_id   uuid        not null,
    round       smallint    not null,
    target_kind text        not null,
    target      text        not null,
    comment     text        not null,
    author      text        not null,
    created_at  timestamptz not null default now(),
    constraint report_return_comment_pkey primary key (tenant_id, report_id, round, target_kind, target),
    constraint report_return_comment_round_fkey foreign key (tenant_id, report_id, round)
        references report_round (tenant_id, report_id, round) on delete cascade,
    constraint report_return_comment_kind_known check (target_kind in ('FIGURE', 'SECTION')),
    constraint report_return_comment_present check (length(btrim(comment)) > 0)
);

call enable_tenant_isolation('report_return_comment');
grant select, insert on report_return_comment to ${app_role};

-- No backfill: a report sent before this version gets its round when it is returned (its content cannot change
-- while it is sent), so it is still compared with what was returned when sent again.
