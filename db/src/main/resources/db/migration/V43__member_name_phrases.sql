-- Names found by their words in order (issue 21). A search such as "le anh nga" looked its words up one by one and
-- intersected them: in a union of 200.000 members "le" alone is 8.000 people and "nga…" 6.000, so each search read
-- some 15.000 index entries (13 ms) to find 17. Now member_name_token also holds each run of two or more words that
-- ends a name ("le anh nga", "anh nga" for Lê Anh Nga), so words typed in the name's order — the whole name, its
-- middle and given names, a name's first letters — are one range of that index. Words in another order, or with
-- words of the name left out between them, are still found word by word (Members.search).

-- The search keys of a name: each folded word, and each run of two or more words to its end.
create function name_keys(full_name text) returns setof text
    language sql immutable strict parallel safe
as $$
    select distinct key
    from (select regexp_split_to_array(btrim(fold(full_name)), '\s+') as words) name,
         lateral (select unnest(name.words) as key
                  union all
                  select array_to_string(name.words[first:], ' ')
                  from generate_series(1, cardinality(name.words) - 1) first) keys
    where key <> ''
$$;

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
            using (select o.tenant_id, k as token, o.id as member_id
                   from old_members o, name_keys(o.full_name) k) old_keys
            where t.tenant_id = old_keys.tenant_id and t.token = old_keys.token and t.member_id = old_keys.member_id
            returning t.tenant_id, t.token
        )
        select array_agg(tenant_id), array_agg(token) into gone_tenants, gone_words
        from (select distinct tenant_id, token from unindexed where position(' ' in token) = 0) d;
        -- A word no member of the union has any more (the delete above is seen by this next statement).
        delete from name_word n
        using unnest(gone_tenants, gone_words) g(tenant_id, word)
        where n.tenant_id = g.tenant_id and n.word = g.word
          and not exists (select 1 from member_name_token t where t.tenant_id = g.tenant_id and t.token = g.word);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        with keys as materialized (
            select n.tenant_id, k as token, n.id as member_id
            from new_members n, name_keys(n.full_name) k
        ), indexed as (
            insert into member_name_token (tenant_id, token, member_id) select tenant_id, token, member_id from keys
        )
        -- The words alone: typos are matched to them.
        insert into name_word (tenant_id, word)
        select distinct tenant_id, token from keys where position(' ' in token) = 0
        on conflict do nothing;
    end if;
    return null;
end
$$;

-- The runs of the names there are; the owner reads every union's members here (row-level security not forced for
-- the length of this copy).
alter table member no force row level security;
alter table member_name_token no force row level security;
insert into member_name_token (tenant_id, token, member_id)
select m.tenant_id, k, m.id from member m, name_keys(m.full_name) k where position(' ' in k) > 0
on conflict do nothing;
alter table member force row level security;
alter table member_name_token force row level security;
