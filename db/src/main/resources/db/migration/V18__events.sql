-- Events (sự kiện) of a provincial union: its conferences, workshops, round tables, thematic briefings, training
-- classes, ceremonies and committee meetings, with where, how and by whom they were held, how many took part, and
-- their documents and photos.

-- An event. Its place is a commune and a province (no district since 1 July 2025) and, for what a commune does not
-- say, free text: the hall, or the locality of an older record ("các xã thuộc huyện Vĩnh Bảo"). The organiser is a
-- unit of the registry, an outside body named in organiser_name (an event of the national union that this union
-- joined as a connection point, say), or neither: the union itself. participant_count counts attendances (lượt
-- người), null where nobody counted them; the named participants are in event_participant.
create table event (
    tenant_id         uuid        not null,
    id                uuid        not null default uuidv7(),
    kind              text        not null,
    title             text        not null,
    starts_on         date        not null,
    ends_on           date        not null,
    mode              text        not null default 'IN_PERSON',
    place             text,
    commune           text,
    province_code     text,
    connection_points text[]      not null default '{}',
    organiser_unit_id uuid,
    organiser_name    text,
    participant_count integer,
    topics            text[]      not null default '{}',
    outcome           text,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    constraint event_pkey primary key (tenant_id, id),
    constraint event_tenant_fkey foreign key (tenant_id) references tenant (id),
    constraint event_organiser_unit_fkey foreign key (tenant_id, organiser_unit_id) references unit (tenant_id, id),
    constraint event_province_fkey foreign key (province_code) references province (code),
    constraint event_kind_known check (kind in ('CONFERENCE', 'SCIENTIFIC_WORKSHOP', 'ROUND_TABLE', 'THEMATIC_BRIEFING',
        'TRAINING', 'LAUNCH_CEREMONY', 'EMULATION_PLEDGE_SIGNING', 'EXECUTIVE_COMMITTEE_MEETING', 'STANDING_COMMITTEE_MEETING')),
    constraint event_mode_known check (mode in ('IN_PERSON', 'ONLINE', 'HYBRID')),
    constraint event_title_present check (length(btrim(title)) > 0),
    constraint event_period_ordered check (ends_on >= starts_on),
    constraint event_participants_not_negative check (participant_count >= 0),
    -- Connection points (điểm cầu) are where an online or hybrid event is followed from.
    constraint event_connection_points_online check (cardinality(connection_points) = 0 or mode <> 'IN_PERSON'),
    constraint event_one_organiser check (organiser_unit_id is null or organiser_name is null),
    constraint event_organiser_name_present check (length(btrim(organiser_name)) > 0)
);

-- Lists go by date, newest first, within a tenant.
create index event_by_date on event (tenant_id, starts_on desc, id);
create index event_by_organiser on event (tenant_id, organiser_unit_id) where organiser_unit_id is not null;

-- Who organised it together with the organiser: a unit of the registry, or an outside partner by name ("Sở Khoa học
-- và Công nghệ"), in the order the event names them.
create table event_co_organiser (
    tenant_id    uuid     not null,
    event_id     uuid     not null,
    position     smallint not null,
    unit_id      uuid,
    partner_name text,
    constraint event_co_organiser_pkey primary key (tenant_id, event_id, position),
    constraint event_co_organiser_event_fkey foreign key (tenant_id, event_id) references event (tenant_id, id) on delete cascade,
    constraint event_co_organiser_unit_fkey foreign key (tenant_id, unit_id) references unit (tenant_id, id),
    constraint event_co_organiser_one_of check ((unit_id is null) <> (partner_name is null)),
    constraint event_co_organiser_partner_present check (length(btrim(partner_name)) > 0)
);

create index event_co_organiser_by_unit on event_co_organiser (tenant_id, unit_id) where unit_id is not null;

-- Members of the registry named as having taken part (a lecturer, the Standing Committee members at their meeting).
-- A member named here cannot be deleted, only erased, like a member who held a seat.
create table event_participant (
    tenant_id uuid not null,
    event_id  uuid not null,
    member_id uuid not null,
    constraint event_participant_pkey primary key (tenant_id, event_id, member_id),
    constraint event_participant_event_fkey foreign key (tenant_id, event_id) references event (tenant_id, id) on delete cascade,
    constraint event_participant_member_fkey foreign key (tenant_id, member_id) references member (tenant_id, id)
);

create index event_participant_by_member on event_participant (tenant_id, member_id);

-- The documents and photos of an event (files module, V17). A file belongs to one event; the event's deletion
-- deletes its files first, through the service that also removes their bytes.
create table event_attachment (
    tenant_id uuid not null,
    event_id  uuid not null,
    file_id   uuid not null,
    constraint event_attachment_pkey primary key (tenant_id, event_id, file_id),
    constraint event_attachment_file_key unique (tenant_id, file_id),
    constraint event_attachment_event_fkey foreign key (tenant_id, event_id) references event (tenant_id, id),
    constraint event_attachment_file_fkey foreign key (tenant_id, file_id) references stored_file (tenant_id, id)
);

call enable_tenant_isolation('event');
call enable_tenant_isolation('event_co_organiser');
call enable_tenant_isolation('event_participant');
call enable_tenant_isolation('event_attachment');
grant select, insert, update, delete on event, event_co_organiser, event_participant, event_attachment to ${app_role};
