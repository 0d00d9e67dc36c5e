-- The registry proper: what a provincial union keeps about its units, its individual members and its experts.

-- A trusted extension, created by the database owner in a schema of its own (the application's schema stays what
-- the migrations define): unaccent makes search ignore diacritics.
create schema extensions;
create extension unaccent schema extensions;
grant usage on schema extensions to ${app_role}, ${admin_role};

-- Vietnamese order (a, ă, â, b, c, d, đ, e, ê, …; tones after the letter), from ICU.
create collation vietnamese (provider = icu, locale = 'vi');

-- Lower case without diacritics ("Hoàng Văn Kể" -> "hoang van ke", "Đức" -> "duc"), for search and its indexes.
create function fold(value text) returns text
    language sql immutable strict parallel safe
    return lower(extensions.unaccent('extensions.unaccent'::regdictionary, value));

-- The given name of a Vietnamese full name written family name first: its last word ("Kể" of "Hoàng Văn Kể").
create function given_name(full_name text) returns text
    language sql immutable strict parallel safe
    return substring(btrim(full_name) from '(\S+)$');

-- The rest of a unit's record: field of work, founding decision, address (commune and province: no district
-- since 1 July 2025), leader and contact, and whether it is still active.
alter table unit
    add column field_of_work            text,
    add column founding_decision_number text,
    add column founding_decision_date   date,
    add column founding_decision_issuer text,
    add column commune                  text,
    add column province_code            text,
    add column leader_name              text,
    add column contact_phone            text,
    add column contact_email            text,
    add column status                   text not null default 'ACTIVE',
    add column dissolved_on             date,
    add constraint unit_province_fkey foreign key (province_code) references province (code),
    add constraint unit_status_known check (status in ('ACTIVE', 'DISSOLVED')),
    add constraint unit_dissolution_dated check ((status = 'DISSOLVED') = (dissolved_on is not null));

-- Fields of science and technology (lĩnh vực khoa học và công nghệ), after the national classification
-- (Quyết định 12/2008/QĐ-BKHCN): six fields and their branches. Reference data shared by every tenant.
create table expertise_field (
    code        text not null,
    name        text not null,
    parent_code text,
    constraint expertise_field_pkey primary key (code),
    constraint expertise_field_parent_fkey foreign key (parent_code) references expertise_field (code)
);

grant select on expertise_field to ${app_role}, ${admin_role};

insert into expertise_field (code, name, parent_code) values
    ('1', 'Khoa học tự nhiên', null),
    ('101', 'Toán học và thống kê', '1'),
    ('102', 'Khoa học máy tính và thông tin', '1'),
    ('103', 'Vật lý', '1'),
    ('104', 'Hóa học', '1'),
    ('105', 'Khoa học trái đất và môi trường', '1'),
    ('106', 'Sinh học', '1'),
    ('2', 'Khoa học kỹ thuật và công nghệ', null),
    ('201', 'Kỹ thuật dân dụng, xây dựng', '2'),
    ('202', 'Kỹ thuật điện, điện tử, viễn thông', '2'),
    ('203', 'Kỹ thuật cơ khí, chế tạo máy', '2'),
    ('204', 'Kỹ thuật hóa học', '2'),
    ('205', 'Kỹ thuật vật liệu và luyện kim', '2'),
    ('206', 'Kỹ thuật y học', '2'),
    ('207', 'Kỹ thuật môi trường', '2'),
    ('208', 'Công nghệ sinh học môi trường', '2'),
    ('209', 'Công nghệ sinh học công nghiệp', '2'),
    ('210', 'Công nghệ nano', '2'),
    ('211', 'Kỹ thuật thực phẩm và đồ uống', '2'),
    ('212', 'Công nghệ thông tin', '2'),
    ('3', 'Khoa học y, dược', null),
    ('301', 'Y học cơ sở', '3'),
    ('302', 'Y học lâm sàng', '3'),
    ('303', 'Dược học', '3'),
    ('304', 'Công nghệ sinh học trong y học', '3'),
    ('305', 'Y tế, sức khỏe cộng đồng', '3'),
    ('306', 'Y học cổ truyền', '3'),
    ('4', 'Khoa học nông nghiệp', null),
    ('401', 'Trồng trọt', '4'),
    ('402', 'Chăn nuôi', '4'),
    ('403', 'Thú y', '4'),
    ('404', 'Lâm nghiệp', '4'),
    ('405', 'Thủy sản', '4'),
    ('406', 'Công nghệ sinh học nông nghiệp', '4'),
    ('5', 'Khoa học xã hội', null),
    ('501', 'Tâm lý học', '5'),
    ('502', 'Kinh tế và kinh doanh', '5'),
    ('503', 'Khoa học giáo dục', '5'),
    ('504', 'Xã hội học', '5'),
    ('505', 'Pháp luật', '5'),
    ('506', 'Khoa học chính trị', '5'),
    ('507', 'Địa lý kinh tế và xã hội', '5'),
    ('508', 'Thông tin đại chúng và truyền thông', '5'),
    ('6', 'Khoa học nhân văn', null),
    ('601', 'Lịch sử và khảo cổ học', '6'),
    ('602', 'Ngôn ngữ học và văn học', '6'),
    ('603', 'Triết học, đạo đức học và tôn giáo', '6'),
    ('604', 'Nghệ thuật', '6');

-- An individual member (hội viên cá nhân). Name family name first; degree and title as Vietnamese forms write
-- them (GS, PGS; TSKH, TS, ThS, CN, KS, …). A member who agrees to serve on consultancy panels is an expert.
-- Consents under Decree 13/2023/NĐ-CP: to the processing of personal data, and to sharing an expert's profile
-- with the national directory — only the data listed in expert_shared_data, never contacts.
-- An erased member (on the person's request) keeps the row, so counts stay right, but nothing that identifies them.
create table member (
    tenant_id              uuid        not null,
    id                     uuid        not null default uuidv7(),
    full_name              text        not null,
    gender                 text,
    birth_year             smallint,
    academic_title         text,
    degree                 text,
    specialty              text,
    workplace              text,
    email                  text,
    phone                  text,
    address                text,
    joined_on              date,
    status                 text        not null default 'ACTIVE',
    expert                 boolean     not null default false,
    processing_consent_on  date,
    expert_sharing_consent_on date,
    expert_shared_data     text[]      not null default '{}',
    erased_at              timestamptz,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now(),
    constraint member_pkey primary key (tenant_id, id),
    constraint member_tenant_fkey foreign key (tenant_id) references tenant (id),
    constraint member_name_present check (length(btrim(full_name)) > 0),
    constraint member_gender_known check (gender in ('MALE', 'FEMALE')),
    constraint member_birth_year_plausible check (birth_year between 1900 and 2100),
    constraint member_title_known check (academic_title in ('GS', 'PGS')),
    constraint member_degree_known check (degree in ('TSKH', 'TS', 'THS', 'BSCKII', 'BSCKI', 'CN', 'KS', 'BS', 'DS', 'KTS', 'CD', 'TC', 'OTHER')),
    constraint member_status_known check (status in ('ACTIVE', 'INACTIVE', 'DECEASED', 'ERASED')),
    constraint member_erasure_consistent check ((status = 'ERASED') = (erased_at is not null)),
    constraint member_shared_data_known check (expert_shared_data <@ array['NAME', 'TITLE', 'DEGREE', 'EXPERTISE', 'PROVINCE']),
    constraint member_sharing_needs_consent check (cardinality(expert_shared_data) = 0 or expert_sharing_consent_on is not null)
);

-- Lists sort by given name, then the rest.
create index member_name_order on member (tenant_id, given_name(full_name) collate vietnamese, full_name collate vietnamese, id);
create index member_email on member (tenant_id, lower(email)) where email is not null;
create index member_phone on member (tenant_id, phone) where phone is not null;

-- The units a member belongs to: one person may belong to several.
create table member_unit (
    tenant_id uuid not null,
    member_id uuid not null,
    unit_id   uuid not null,
    constraint member_unit_pkey primary key (tenant_id, member_id, unit_id),
    constraint member_unit_member_fkey foreign key (tenant_id, member_id) references member (tenant_id, id) on delete cascade,
    constraint member_unit_unit_fkey foreign key (tenant_id, unit_id) references unit (tenant_id, id)
);

create index member_unit_by_unit on member_unit (tenant_id, unit_id);

-- A member's fields of expertise; an expert's fields are those they serve in.
create table member_expertise (
    tenant_id  uuid not null,
    member_id  uuid not null,
    field_code text not null,
    constraint member_expertise_pkey primary key (tenant_id, member_id, field_code),
    constraint member_expertise_member_fkey foreign key (tenant_id, member_id) references member (tenant_id, id) on delete cascade,
    constraint member_expertise_field_fkey foreign key (field_code) references expertise_field (code)
);

create index member_expertise_by_field on member_expertise (tenant_id, field_code);

-- The words of each member's name, folded ("Hoàng Văn Kể" -> hoang, van, ke), for search. Row-level security
-- lets an index serve only conditions PostgreSQL knows to be leakproof — equality and comparison are, LIKE and
-- trigram similarity are not — so search looks names up word by word. Kept by the triggers below; derived data,
-- never moved, exported or audited on its own (a merge or restore inserts members, and the triggers do the rest).
create table member_name_token (
    tenant_id uuid not null,
    token     text collate "C" not null,
    member_id uuid not null,
    -- No foreign key to member: its cascade would delete row by row; the trigger below deletes per statement.
    constraint member_name_token_pkey primary key (tenant_id, token, member_id)
);

create index member_name_token_by_member on member_name_token (tenant_id, member_id);

-- Every name word there is, in every tenant: no tenant's data (a syllable alone names no one). Search reads it to
-- tolerate typos, matching a mistyped word to the words that exist.
create table name_word (
    word text collate "C" not null,
    constraint name_word_pkey primary key (word)
);

-- The folded words of a name.
create function name_tokens(full_name text) returns setof text
    language sql immutable strict parallel safe
as $$ select distinct regexp_split_to_table(btrim(fold(full_name)), '\s+') $$;

-- Statement triggers with transition tables: an import, a merge or a deletion of 200.000 members costs a few
-- statements here, and each name is folded once.
create function index_member_names() returns trigger
    language plpgsql security definer set search_path = public, extensions
as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        delete from member_name_token t using old_members o
        where t.tenant_id = o.tenant_id and t.member_id = o.id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        with words as materialized (
            select n.tenant_id, w as token, n.id as member_id from new_members n, name_tokens(n.full_name) w
        ), indexed as (
            insert into member_name_token (tenant_id, token, member_id) select tenant_id, token, member_id from words
        )
        insert into name_word (word) select distinct token from words
        on conflict do nothing;
    end if;
    return null;
end
$$;

create trigger member_names_inserted after insert on member
    referencing new table as new_members
    for each statement execute function index_member_names();

create trigger member_names_updated after update on member
    referencing old table as old_members new table as new_members
    for each statement execute function index_member_names();

create trigger member_names_deleted after delete on member
    referencing old table as old_members
    for each statement execute function index_member_names();

call enable_tenant_isolation('member');
call enable_tenant_isolation('member_unit');
call enable_tenant_isolation('member_expertise');
call enable_tenant_isolation('member_name_token');
grant select, insert, update, delete on member, member_unit, member_expertise to ${app_role};
grant select on member_name_token, name_word to ${app_role}, ${admin_role};

-- The national expert directory: an expert appears only with the sharing consent, and shows only the data they
-- agreed to share, never contacts. security_invoker keeps row-level security of the reader in force.
create view expert_directory with (security_invoker = true) as
select m.tenant_id,
       m.id,
       case when 'NAME' = any (m.expert_shared_data) then m.full_name end                 as full_name,
       case when 'TITLE' = any (m.expert_shared_data) then m.academic_title end           as academic_title,
       case when 'DEGREE' = any (m.expert_shared_data) then m.degree end                  as degree,
       case when 'EXPERTISE' = any (m.expert_shared_data) then m.specialty end            as specialty,
       case when 'EXPERTISE' = any (m.expert_shared_data)
            then array(select e.field_code from member_expertise e
                       where e.tenant_id = m.tenant_id and e.member_id = m.id order by e.field_code) end as field_codes,
       case when 'PROVINCE' = any (m.expert_shared_data) then t.province_code end         as province_code
from member m
join tenant t on t.id = m.tenant_id
where m.expert and m.status = 'ACTIVE' and m.expert_sharing_consent_on is not null
  and cardinality(m.expert_shared_data) > 0;

grant select on expert_directory to ${app_role};

-- Erasing a person also erases what the audit log recorded of them. The log stays append-only otherwise: the
-- only change it accepts is to the before/after of the events of the one object whose erasure the transaction
-- announced with begin_erasure.
create function begin_erasure(object_id text) returns void
    language sql volatile
    return set_config('app.erasing', object_id, true);

create or replace function refuse_audit_change() returns trigger
    language plpgsql
as $$
begin
    if tg_op = 'UPDATE'
       and old.object_id = nullif(current_setting('app.erasing', true), '')
       and (new.tenant_id, new.id, new.occurred_at, new.actor, new.action, new.object_type, new.object_id)
           is not distinct from (old.tenant_id, old.id, old.occurred_at, old.actor, old.action, old.object_type, old.object_id) then
        return new;
    end if;
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

grant update (before, after) on audit_event to ${app_role};
