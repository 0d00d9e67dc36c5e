-- Names found by their words in order (issue 21). A search such as "le anh nga" looked its words up one by one and
-- intersected them: in a union of 200.000 members "le" alone is 8.000 people and "nga…" 6.000, so each search read
-- some 15.000 index entries (13 ms) to find 17. Now member_name_token also holds each run of two or more words that
-- ends a name (" le anh nga", " anh nga" for Lê Anh Nga), so words typed in the name's order — the whole name, its
-- middle and given names, a name's first letters — are one range of that index. Words in another order, or with
-- words of the name left out between them, are still found word by word (Members.search).

-- The search keys of names, for many members at once (a statement trigger's rows, an import's 100.000): each folded
-- word, and each run of two or more words to the name's end, written after a space (" le anh nga"), which no word
-- begins with: the range of a word's beginning ("le" to "le…") never reads runs, nor a run's a word. Set-based — one
-- pass over all the names, not a function call per member.
create function name_keys(tenants uuid[], members uuid[], full_names text[])
    returns table (tenant_id uuid, token text, member_id uuid)
    language sql immutable parallel safe
as $$
    with names as (
        select t.tenant_id, t.member_id, regexp_split_to_array(btrim(fold(t.full_name)), '\s+') as words
        from unnest(tenants, members, full_names) as t(tenant_id, member_id, full_name)
    )
    select tenant_id, word, member_id from names, unnest(names.words) as word where word <> ''
    union
    select tenant_id, ' ' || array_to_string(names.words[first:], ' '), member_id
    from names, generate_series(1, cardinality(names.words) - 1) as first
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
            using (select tenant_id, token, member_id
                   from name_keys((select array_agg(o.tenant_id) from old_members o),
                                  (select array_agg(o.id) from old_members o),
                                  (select array_agg(o.full_name) from old_members o))) old_keys
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
            select tenant_id, token, member_id
            from name_keys((select array_agg(n.tenant_id) from new_members n),
                           (select array_agg(n.id) from new_members n),
                           (select array_agg(n.full_name) from new_members n))
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
select tenant_id, token, member_id
from name_keys((select array_agg(m.tenant_id) from member m), (select array_agg(m.id) from member m),
               (select array_agg(m.full_name) from member m))
where position(' ' in token) > 0
on conflict do nothing;
alter table member force row level security;
alter table member_name_token force row level security;
