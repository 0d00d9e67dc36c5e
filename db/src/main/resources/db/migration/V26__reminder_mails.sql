-- The e-mails the platform sent about a union's reports (thư nhắc): a reminder to the union's administrators
-- before a period's deadline, a notice to them when the national union returns a report, and a notice to the
-- national reviewers when a report arrives. One row per e-mail and recipient, written in the transaction that
-- sends it: the unique key makes "sent once" a database guarantee, whichever instance or run tries again.
-- Tenant-owned: every mail is about one union's report or deadline and names its people.
create table reminder_mail (
    tenant_id     uuid        not null,
    id            uuid        not null default uuidv7(),
    -- DEADLINE: before period_id's deadline; RETURNED, ARRIVED: the workflow step transition_id
    kind          text        not null,
    period_id     uuid        not null,
    report_id     uuid,
    transition_id uuid,
    -- The reminder's distance to the deadline in days (one of the configured ones), for DEADLINE only
    days_before   smallint,
    recipient     text        not null,
    sent_at       timestamptz not null default now(),
    constraint reminder_mail_pkey primary key (tenant_id, id),
    constraint reminder_mail_tenant_fkey foreign key (tenant_id) references tenant (id),
    constraint reminder_mail_period_fkey foreign key (period_id) references reporting_period (id),
    constraint reminder_mail_report_fkey foreign key (tenant_id, report_id) references report (tenant_id, id) on delete cascade,
    constraint reminder_mail_transition_fkey foreign key (tenant_id, transition_id) references report_transition (tenant_id, id) on delete cascade,
    constraint reminder_mail_kind_known check (kind in ('DEADLINE', 'RETURNED', 'ARRIVED')),
    constraint reminder_mail_occasion_named check (
        (kind = 'DEADLINE' and days_before >= 0 and transition_id is null)
        or (kind <> 'DEADLINE' and days_before is null and transition_id is not null and report_id is not null)),
    constraint reminder_mail_recipient_present check (length(btrim(recipient)) > 0),
    constraint reminder_mail_once unique nulls not distinct (tenant_id, kind, period_id, transition_id, days_before, recipient)
);

call enable_tenant_isolation('reminder_mail');
grant select, insert, update, delete on reminder_mail to ${app_role};
