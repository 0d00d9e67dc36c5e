-- The words of names (name_word, V10) per union instead of shared by all: the words of one union's members are that
-- union's data, and a word goes when no member of the union has it any more, so an erased or deleted person's
-- words, and a deleted union's, leave nothing behind. Like member_name_token it is derived by the members' trigger,
-- never moved, exported or audited on its own.
drop table name_word;

create table name_word (
    tenant_id uuid not null,
    word      text collate "C" not null,
    constraint name_word_pkey primary key (tenant_id, word)
);

-- The words of the names there are; the owner reads every union's tokens here (row-level security not forced for
-- the length of this copy).
alter table member_name_token no force row level security;
insert into name_word (tenant_id, word) select distinct tenant_id, token from member_name_token;
alter table member_name_token force row level security;

call enable_tenant_isolation('name_word');
grant select on name_word to ${app_role};

create or replace function index_member_names() returns trigger
    language plpgsql security definer set search_path = public, extensions, pg_temp
as $$
declare
    gone_tenants uuid[];
    gone_words text[];
begin
    if tg_op in ('UPDATE', 'DELETE') then
        with unindexed as (
            delete from member_name_token t
            using (select distinct o.tenant_id, w as token, o.id as member_id
                   from old_members o, regexp_split_to_table(fold(o.full_name), '\s+') w
                   where w <> '') old_words
            where t.tenant_id = old_words.tenant_id and t.token = old_words.token and t.member_id = old_words.member_id
            returning t.tenant_id, t.token
        )
        select array_agg(tenant_id), array_agg(token) into gone_tenants, gone_words
        from (select distinct tenant_id, token from unindexed) d;
        -- A word no member of the union has any more (the delete above is seen by this next statement).
        delete from name_word n
        using unnest(gone_tenants, gone_words) g(tenant_id, word)
        where n.tenant_id = g.tenant_id and n.word = g.word
          and not exists (select 1 from member_name_token t where t.tenant_id = g.tenant_id and t.token = g.word);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        with words as materialized (
            select distinct n.tenant_id, w as token, n.id as member_id
            from new_members n, regexp_split_to_table(fold(n.full_name), '\s+') w
            where w <> ''
        ), indexed as (
            insert into member_name_token (tenant_id, token, member_id) select tenant_id, token, member_id from words
        )
        insert into name_word (tenant_id, word) select distinct tenant_id, token from words
        on conflict do nothing;
    end if;
    return null;
end
$$;
