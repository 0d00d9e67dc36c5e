-- The breach register (issue 20: sổ theo dõi vi phạm quy định bảo vệ dữ liệu cá nhân). Each union, as controller of
-- its members' personal data, records every breach it learns of: when it was detected, what happened, which kinds
-- of data and about how many persons, the consequences and the measures taken, and when the specialised personal-data protection
-- authority (Ministry of Public Security) and, where needed, the persons were told. The Personal Data
-- Protection Law (Law 91/2025/QH15, Art. 23.1) counts the authority's notification from detection (72 hours); the deadline is computed by
-- the application (BreachDeadline), not stored, so a change of the rule changes every open breach.
-- The rows hold no personal data of their own: the categories and a number, not who was affected.
-- recorded_by / notification_recorded_by: the administrator's username. A breach is never deleted (the register is a
-- record of what happened); only the administrators' role deletes, with the whole tenant.
create table personal_data_breach (
    tenant_id                  uuid        not null,
    id                         uuid        not null default uuidv7(),
    detected_at                timestamptz not null,
    description                text        not null,
    data_categories            text        not null,
    persons_affected           integer     not null,
    consequences               text        not null,
    measures                   text        not null,
    authority_notified_at      timestamptz,
    persons_notified_at        timestamptz,
    notification_note          text,
    notification_recorded_by   text,
    recorded_by                text        not null,
    recorded_at                timestamptz not null default now(),
    constraint personal_data_breach_pkey primary key (tenant_id, id),
    constraint personal_data_breach_persons_counted check (persons_affected >= 0),
    constraint personal_data_breach_notified_after_detection
        check (authority_notified_at is null or authority_notified_at >= detected_at),
    constraint personal_data_breach_persons_told_after_detection
        check (persons_notified_at is null or persons_notified_at >= detected_at)
);

create index personal_data_breach_by_detection on personal_data_breach (tenant_id, detected_at desc);

call enable_tenant_isolation('personal_data_breach');
grant select, insert, update on personal_data_breach to ${app_role};
