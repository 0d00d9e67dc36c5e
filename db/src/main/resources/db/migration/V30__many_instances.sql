-- Many instances of the applications on one database (README → Many instances).

-- ShedLock: one row per scheduled job, held by the instance that runs it until lock_until; the others skip that
-- run. Platform data, no tenant's: a job's name, times and the instance's host name. The applications read and
-- move the lock; they never delete a row or change the table.
create table shedlock (
    name       varchar(64)  not null,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null,
    constraint shedlock_pkey primary key (name)
);
-- Only platform-api runs scheduled jobs (tenant-admin enables no scheduling).
grant select, insert, update on shedlock to ${app_role};

-- Spring Modulith's event publication registry (its v2 schema for PostgreSQL), the transactional outbox of the side
-- effects after a commit: the publication is written in the writing transaction, its listener runs after the
-- commit in another thread, and a publication not completed (Redis or the mail server away, the instance stopped)
-- is resubmitted until it is. Platform data, no tenant's: the events written here carry identifiers only (a
-- tenant's id, a dashboard generation's name, a reminder_mail row's id), never a name, an address or a text, which
-- stay in tenant tables under row-level security. Completed publications are deleted (completion-mode: delete).
create table event_publication (
    id                     uuid        not null,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz,
    constraint event_publication_pkey primary key (id)
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
grant select, insert, update, delete on event_publication to ${app_role}, ${admin_role};

-- A mail is queued in the transaction that decides it (the row claims "once per recipient") and sent after the
-- commit, outside any transaction, by the outbox: the row keeps what to send until it is sent.
alter table reminder_mail
    add column subject text,
    add column body text,
    add column queued_at timestamptz not null default now(),
    alter column sent_at drop not null,
    alter column sent_at drop default,
    add constraint reminder_mail_sendable check (sent_at is not null or (subject is not null and body is not null));

-- A reporting period removed after its reminders went out took a 500: its reminder_mail rows held it. They are
-- about a deadline that no longer exists, so they go with it.
alter table reminder_mail
    drop constraint reminder_mail_period_fkey,
    add constraint reminder_mail_period_fkey foreign key (period_id) references reporting_period (id) on delete cascade;
