-- Contests and awards (hội thi, giải thưởng) and commendations (khen thưởng) of a provincial union.
--
-- A contest (Hội thi Sáng tạo kỹ thuật, Cuộc thi Sáng tạo thanh thiếu niên nhi đồng, or a national award the union
-- runs in its province: VIFOTEC, Sách vàng Sáng tạo Việt Nam) runs in editions that may span years ("lần thứ ba, năm
-- 2020 – 2021"). An edition is launched (lễ phát động, thông báo phát động), receives entries, has a panel of judges
-- who score the entries in rounds (0 to 100; an entry's score in a round is the average of its judges' scores),
-- awards prizes and forwards entries to national awards (nominations).
--
-- A child row names its edition beside its parent, and its foreign keys include the edition: a score of an entry of
-- another edition, or a prize of one, cannot be written at all.

-- Kinds: TECHNICAL_INNOVATION (Hội thi Sáng tạo kỹ thuật), YOUTH_INNOVATION (Cuộc thi Sáng tạo thanh thiếu niên nhi
-- đồng), NATIONAL_AWARD (the province's round of a national award), OTHER. The organiser is the union itself, or one
-- of its units (unit_id); a partner outside the union (Thành đoàn, Tỉnh đoàn, Sở KH&CN) is named.
create table contest (
    tenant_id  uuid        not null,
    id         uuid        not null default uuidv7(),
    name       text        not null,
    kind       text        not null,
    unit_id    uuid,
    partner    text,
    created_at timestamptz not null default now(),
    constraint contest_pkey primary key (tenant_id, id),
    constraint contest_name_key unique (tenant_id, name),
    constraint contest_tenant_fkey foreign key (tenant_id) references tenant (id),
    constraint contest_unit_fkey foreign key (tenant_id, unit_id) references unit (tenant_id, id),
    constraint contest_name_present check (length(btrim(name)) > 0),
    constraint contest_kind_known check (kind in ('TECHNICAL_INNOVATION', 'YOUTH_INNOVATION', 'NATIONAL_AWARD', 'OTHER'))
);

-- An edition: its number (lần thứ N; none for a contest that counts by years), its years, its name (derived from the
-- contest, the number and the years unless entered) and its launch: the day and the decision or notice
-- ("Thông báo số 12/TB-LHH phát động …"); not launched yet while it is planned.
create table contest_edition (
    tenant_id     uuid        not null,
    id            uuid        not null default uuidv7(),
    contest_id    uuid        not null,
    number        smallint,
    start_year    smallint    not null,
    end_year      smallint    not null,
    name          text        not null,
    launched_on   date,
    launch_notice text,
    created_at    timestamptz not null default now(),
    constraint contest_edition_pkey primary key (tenant_id, id),
    constraint contest_edition_number_key unique (tenant_id, contest_id, number),
    constraint contest_edition_name_key unique (tenant_id, name),
    constraint contest_edition_contest_fkey foreign key (tenant_id, contest_id) references contest (tenant_id, id),
    constraint contest_edition_name_present check (length(btrim(name)) > 0),
    constraint contest_edition_number_positive check (number between 1 and 200),
    constraint contest_edition_years_plausible check (start_year between 1945 and 2200),
    constraint contest_edition_years_ordered check (end_year >= start_year),
    constraint contest_edition_launch_complete check ((launched_on is null) = (launch_notice is null)),
    constraint contest_edition_launch_notice_present check (length(btrim(launch_notice)) > 0)
);

-- An entry (bài dự thi, công trình, giải pháp, mô hình): its title, field, the unit that submitted it (a unit of the
-- union, or an outside organisation named) and its authors.
create table contest_entry (
    tenant_id    uuid        not null,
    id           uuid        not null default uuidv7(),
    edition_id   uuid        not null,
    title        text        not null,
    field        text,
    unit_id      uuid,
    submitted_by text,
    created_at   timestamptz not null default now(),
    constraint contest_entry_pkey primary key (tenant_id, id),
    constraint contest_entry_in_edition_key unique (tenant_id, edition_id, id),
    constraint contest_entry_title_key unique (tenant_id, edition_id, title),
    constraint contest_entry_edition_fkey foreign key (tenant_id, edition_id) references contest_edition (tenant_id, id),
    constraint contest_entry_unit_fkey foreign key (tenant_id, unit_id) references unit (tenant_id, id),
    constraint contest_entry_title_present check (length(btrim(title)) > 0),
    constraint contest_entry_one_submitter check (unit_id is null or submitted_by is null)
);

-- The authors of an entry in the order written: a member of the registry, or a name. A member's name is read from
-- the registry, never copied, so that erasing a member (Decree 13/2023) leaves no name behind here.
create table contest_entry_author (
    tenant_id uuid     not null,
    entry_id  uuid     not null,
    position  smallint not null,
    member_id uuid,
    name      text,
    constraint contest_entry_author_pkey primary key (tenant_id, entry_id, position),
    constraint contest_entry_author_entry_fkey foreign key (tenant_id, entry_id) references contest_entry (tenant_id, id) on delete cascade,
    constraint contest_entry_author_member_fkey foreign key (tenant_id, member_id) references member (tenant_id, id),
    constraint contest_entry_author_one_person check ((member_id is null) <> (name is null)),
    constraint contest_entry_author_name_present check (length(btrim(name)) > 0)
);

create index contest_entry_author_by_member on contest_entry_author (tenant_id, member_id) where member_id is not null;

-- The judges (Ban Giám khảo) of an edition: a member of the registry, or a name.
create table contest_judge (
    tenant_id  uuid not null,
    id         uuid not null default uuidv7(),
    edition_id uuid not null,
    member_id  uuid,
    name       text,
    constraint contest_judge_pkey primary key (tenant_id, id),
    constraint contest_judge_in_edition_key unique (tenant_id, edition_id, id),
    constraint contest_judge_member_key unique (tenant_id, edition_id, member_id),
    constraint contest_judge_name_key unique (tenant_id, edition_id, name),
    constraint contest_judge_edition_fkey foreign key (tenant_id, edition_id) references contest_edition (tenant_id, id),
    constraint contest_judge_member_fkey foreign key (tenant_id, member_id) references member (tenant_id, id),
    constraint contest_judge_one_person check ((member_id is null) <> (name is null)),
    constraint contest_judge_name_present check (length(btrim(name)) > 0)
);

create index contest_judge_by_member on contest_judge (tenant_id, member_id) where member_id is not null;

-- A judging round (vòng sơ khảo, vòng chung khảo) of an edition.
create table contest_round (
    tenant_id  uuid not null,
    id         uuid not null default uuidv7(),
    edition_id uuid not null,
    number     smallint not null,
    name       text not null,
    held_on    date,
    constraint contest_round_pkey primary key (tenant_id, id),
    constraint contest_round_in_edition_key unique (tenant_id, edition_id, id),
    constraint contest_round_number_key unique (tenant_id, edition_id, number),
    constraint contest_round_edition_fkey foreign key (tenant_id, edition_id) references contest_edition (tenant_id, id),
    constraint contest_round_name_present check (length(btrim(name)) > 0),
    constraint contest_round_number_positive check (number between 1 and 20)
);

-- A judge's score for an entry in a round, from 0 to 100. Round, entry and judge are of the same edition.
create table contest_score (
    tenant_id  uuid         not null,
    round_id   uuid         not null,
    entry_id   uuid         not null,
    judge_id   uuid         not null,
    edition_id uuid         not null,
    score      numeric(5,2) not null,
    scored_at  timestamptz  not null default now(),
    constraint contest_score_pkey primary key (tenant_id, round_id, entry_id, judge_id),
    constraint contest_score_round_fkey foreign key (tenant_id, edition_id, round_id)
        references contest_round (tenant_id, edition_id, id),
    constraint contest_score_entry_fkey foreign key (tenant_id, edition_id, entry_id)
        references contest_entry (tenant_id, edition_id, id),
    constraint contest_score_judge_fkey foreign key (tenant_id, edition_id, judge_id)
        references contest_judge (tenant_id, edition_id, id),
    constraint contest_score_range check (score between 0 and 100)
);

create index contest_score_by_entry on contest_score (tenant_id, entry_id);
create index contest_score_by_judge on contest_score (tenant_id, judge_id);

-- A prize of an edition awarded to one of its entries: Nhất, Nhì, Ba, Khuyến khích; one per entry.
create table contest_prize (
    tenant_id  uuid        not null,
    id         uuid        not null default uuidv7(),
    edition_id uuid        not null,
    entry_id   uuid        not null,
    grade      text        not null,
    awarded_on date,
    decision   text,
    created_at timestamptz not null default now(),
    constraint contest_prize_pkey primary key (tenant_id, id),
    constraint contest_prize_entry_key unique (tenant_id, entry_id),
    constraint contest_prize_entry_fkey foreign key (tenant_id, edition_id, entry_id)
        references contest_entry (tenant_id, edition_id, id),
    constraint contest_prize_grade_known check (grade in ('FIRST', 'SECOND', 'THIRD', 'CONSOLATION')),
    constraint contest_prize_decision_present check (length(btrim(decision)) > 0)
);

create index contest_prize_by_edition on contest_prize (tenant_id, edition_id);

-- An entry forwarded to a national award (VIFOTEC: Giải thưởng Sáng tạo Khoa học và Công nghệ Việt Nam; GOLDEN_BOOK:
-- Sách vàng Sáng tạo Việt Nam) for a year, and what came of it.
create table contest_nomination (
    tenant_id    uuid        not null,
    id           uuid        not null default uuidv7(),
    edition_id   uuid        not null,
    entry_id     uuid        not null,
    award        text        not null,
    year         smallint    not null,
    nominated_on date,
    result       text        not null default 'PENDING',
    result_note  text,
    created_at   timestamptz not null default now(),
    constraint contest_nomination_pkey primary key (tenant_id, id),
    constraint contest_nomination_once_key unique (tenant_id, entry_id, award, year),
    constraint contest_nomination_entry_fkey foreign key (tenant_id, edition_id, entry_id)
        references contest_entry (tenant_id, edition_id, id),
    constraint contest_nomination_award_known check (award in ('VIFOTEC', 'GOLDEN_BOOK')),
    constraint contest_nomination_result_known check (result in ('PENDING', 'AWARDED', 'NOT_AWARDED')),
    constraint contest_nomination_year_plausible check (year between 1945 and 2200)
);

create index contest_nomination_by_edition on contest_nomination (tenant_id, edition_id);
create index contest_nomination_by_year on contest_nomination (tenant_id, year);

-- A decision of commendation: a certificate (Giấy khen) or a diploma (Bằng khen) of merit, the deciding document
-- (number, date, issuer), the year whose achievements it rewards, and the reason.
create table commendation_decision (
    tenant_id  uuid        not null,
    id         uuid        not null default uuidv7(),
    kind       text        not null,
    number     text,
    decided_on date        not null,
    issuer     text        not null,
    year       smallint    not null,
    reason     text        not null,
    created_at timestamptz not null default now(),
    constraint commendation_decision_pkey primary key (tenant_id, id),
    -- Issuers number their decisions anew each year.
    constraint commendation_decision_number_key unique (tenant_id, number, issuer, year),
    constraint commendation_decision_tenant_fkey foreign key (tenant_id) references tenant (id),
    constraint commendation_decision_kind_known check (kind in ('CERTIFICATE', 'DIPLOMA')),
    constraint commendation_decision_number_present check (length(btrim(number)) > 0),
    constraint commendation_decision_issuer_present check (length(btrim(issuer)) > 0),
    constraint commendation_decision_reason_present check (length(btrim(reason)) > 0),
    constraint commendation_decision_year_plausible check (year between 1945 and 2200),
    constraint commendation_decision_year_not_after check (year <= extract(year from decided_on))
);

create index commendation_decision_by_year on commendation_decision (tenant_id, year);

-- Who a decision commends, in the order written: a collective (tập thể: a unit of the union, or an outside
-- organisation named) or an individual (cá nhân: a member of the registry, or a name), with what the decision says of
-- them beside the name (position, workplace). A member's name is read from the registry, never copied.
create table commendation_recipient (
    tenant_id   uuid     not null,
    id          uuid     not null default uuidv7(),
    decision_id uuid     not null,
    position    smallint not null,
    kind        text     not null,
    unit_id     uuid,
    member_id   uuid,
    name        text,
    detail      text,
    constraint commendation_recipient_pkey primary key (tenant_id, id),
    constraint commendation_recipient_position_key unique (tenant_id, decision_id, position),
    constraint commendation_recipient_unit_key unique (tenant_id, decision_id, unit_id),
    constraint commendation_recipient_member_key unique (tenant_id, decision_id, member_id),
    constraint commendation_recipient_name_key unique (tenant_id, decision_id, name),
    constraint commendation_recipient_decision_fkey foreign key (tenant_id, decision_id)
        references commendation_decision (tenant_id, id) on delete cascade,
    constraint commendation_recipient_unit_fkey foreign key (tenant_id, unit_id) references unit (tenant_id, id),
    constraint commendation_recipient_member_fkey foreign key (tenant_id, member_id) references member (tenant_id, id),
    constraint commendation_recipient_kind_known check (kind in ('COLLECTIVE', 'INDIVIDUAL')),
    constraint commendation_recipient_one_recipient check (num_nonnulls(unit_id, member_id, name) = 1),
    constraint commendation_recipient_collective_no_member check (kind = 'INDIVIDUAL' or member_id is null),
    constraint commendation_recipient_individual_no_unit check (kind = 'COLLECTIVE' or unit_id is null),
    constraint commendation_recipient_name_present check (length(btrim(name)) > 0)
);

create index commendation_recipient_by_unit on commendation_recipient (tenant_id, unit_id) where unit_id is not null;
create index commendation_recipient_by_member on commendation_recipient (tenant_id, member_id) where member_id is not null;

-- The files attached to an edition (the launching notice, the results, photos of the ceremony) and to a decision of
-- commendation (its scan): each file belongs to one owner, and goes with it.
create table contest_edition_attachment (
    tenant_id  uuid not null,
    edition_id uuid not null,
    file_id    uuid not null,
    constraint contest_edition_attachment_pkey primary key (tenant_id, edition_id, file_id),
    constraint contest_edition_attachment_file_key unique (tenant_id, file_id),
    constraint contest_edition_attachment_edition_fkey foreign key (tenant_id, edition_id) references contest_edition (tenant_id, id),
    constraint contest_edition_attachment_file_fkey foreign key (tenant_id, file_id) references stored_file (tenant_id, id)
);

create table commendation_attachment (
    tenant_id   uuid not null,
    decision_id uuid not null,
    file_id     uuid not null,
    constraint commendation_attachment_pkey primary key (tenant_id, decision_id, file_id),
    constraint commendation_attachment_file_key unique (tenant_id, file_id),
    constraint commendation_attachment_decision_fkey foreign key (tenant_id, decision_id)
        references commendation_decision (tenant_id, id),
    constraint commendation_attachment_file_fkey foreign key (tenant_id, file_id) references stored_file (tenant_id, id)
);

call enable_tenant_isolation('contest');
call enable_tenant_isolation('contest_edition');
call enable_tenant_isolation('contest_entry');
call enable_tenant_isolation('contest_entry_author');
call enable_tenant_isolation('contest_judge');
call enable_tenant_isolation('contest_round');
call enable_tenant_isolation('contest_score');
call enable_tenant_isolation('contest_prize');
call enable_tenant_isolation('contest_nomination');
call enable_tenant_isolation('commendation_decision');
call enable_tenant_isolation('commendation_recipient');
call enable_tenant_isolation('contest_edition_attachment');
call enable_tenant_isolation('commendation_attachment');
grant select, insert, update, delete on contest, contest_edition, contest_entry, contest_entry_author, contest_judge,
    contest_round, contest_score, contest_prize, contest_nomination, commendation_decision, commendation_recipient,
    contest_edition_attachment, commendation_attachment to ${app_role};
