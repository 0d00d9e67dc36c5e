-- Personal data under Law 91/2025/QH15 and Decree 356/2025/NĐ-CP (issue 20): consents as records, and the register of
-- the data subjects' requests.
--
-- consent: what a member agreed to, purpose by purpose (membership administration, the national expert directory,
-- contacts for events, photos), each giving and each withdrawal its own row with the day, the way it was given and
-- its evidence (the law asks the controller to be able to prove consent). The member's current consent for a purpose
-- is its latest row. law: the text it was given under — consents given under Decree 13/2023/NĐ-CP stay valid and are
-- marked so. The application may add rows, never change them, except to drop the evidence of a person erased.
create table consent (
    tenant_id   uuid        not null,
    id          uuid        not null default uuidv7(),
    member_id   uuid        not null,
    purpose     text        not null,
    given       boolean     not null,
    effective_on date       not null,
    way         text        not null,
    evidence    text,
    law         text        not null,
    recorded_by text        not null,
    recorded_at timestamptz not null default now(),
    constraint consent_pkey primary key (tenant_id, id),
    constraint consent_member_fkey foreign key (tenant_id, member_id) references member (tenant_id, id) on delete cascade,
    constraint consent_purpose_known check (purpose in ('MEMBERSHIP', 'EXPERT_DIRECTORY', 'EVENT_CONTACTS', 'PHOTOS')),
    constraint consent_way_known check (way in ('WRITTEN', 'ELECTRONIC', 'VOICE', 'MEMBER_RECORD')),
    constraint consent_law_known check (law in ('DECREE_13_2023', 'LAW_91_2025')),
    constraint consent_evidence_length check (char_length(evidence) <= 500)
);

create index consent_by_member on consent (tenant_id, member_id, purpose, recorded_at desc);

call enable_tenant_isolation('consent');
grant select, insert on consent to ${app_role};
grant update (evidence) on consent to ${app_role};

-- What the members' records said before consents were records: one row per consent date, marked with the text it
-- was given under (before 1 January 2026, Decree 13).
insert into consent (tenant_id, member_id, purpose, given, effective_on, way, evidence, law, recorded_by, recorded_at)
select m.tenant_id, m.id, p.purpose, true, p.given_on, 'MEMBER_RECORD', null,
       case when p.given_on < date '2026-01-01' then 'DECREE_13_2023' else 'LAW_91_2025' end, 'migration', now()
from member m
cross join lateral (values ('MEMBERSHIP', m.processing_consent_on),
                           ('EXPERT_DIRECTORY', m.expert_sharing_consent_on)) as p(purpose, given_on)
where p.given_on is not null;

-- data_subject_request: a request of a data subject (chủ thể dữ liệu) — to see, correct, erase, restrict, object,
-- withdraw consent or receive their data — with the day it came, the law's deadline, and the answer.
create table data_subject_request (
    tenant_id   uuid        not null,
    id          uuid        not null default uuidv7(),
    member_id   uuid        not null,
    kind        text        not null,
    received_on date        not null,
    due_on      date        not null,
    details     text,
    answered_on date,
    outcome     text,
    answer      text,
    recorded_by text        not null,
    recorded_at timestamptz not null default now(),
    constraint data_subject_request_pkey primary key (tenant_id, id),
    -- No cascade: the register is the proof that the union answered; a member who asked is erased, never deleted.
    constraint data_subject_request_member_fkey foreign key (tenant_id, member_id) references member (tenant_id, id),
    constraint data_subject_request_kind_known check (kind in ('ACCESS', 'CORRECTION', 'ERASURE', 'RESTRICTION',
                                                                'OBJECTION', 'WITHDRAWAL', 'PORTABILITY')),
    constraint data_subject_request_outcome_known check (outcome in ('DONE', 'REFUSED')),
    constraint data_subject_request_answered_whole check ((answered_on is null) = (outcome is null)),
    constraint data_subject_request_due_after_received check (due_on >= received_on),
    constraint data_subject_request_answered_after_received check (answered_on >= received_on),
    constraint data_subject_request_details_length check (char_length(details) <= 2000 and char_length(answer) <= 2000)
);

create index data_subject_request_open on data_subject_request (tenant_id, due_on) where answered_on is null;
create index data_subject_request_by_member on data_subject_request (tenant_id, member_id);

call enable_tenant_isolation('data_subject_request');
grant select, insert, update on data_subject_request to ${app_role};
