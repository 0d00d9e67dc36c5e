-- The search words of names (member_name_token) cost less to keep, which every import and merge pays for:
--
-- * Each name is split in the trigger's own query rather than by name_tokens(), a set-returning function PostgreSQL
--   calls once per name: for 100.000 new members that call cost 2,7 s of the trigger's 4,8 s, the inline split
--   0,7 s. The words are the same: the folded name split at white space, each once.
-- * The words of a changed or deleted name are found from that name and deleted through the primary key (tenant,
--   word, member). The index by member stays, although keeping it costs 0,8 s per 100.000 names: a search checks
--   the words of the few members its whole words found against the beginning typed last ("tran van h"), and
--   without it that check walks every word beginning so. It now holds the word too, so that check reads the index
--   alone ("tran van h": 16 ms to 7 ms).
create or replace function index_member_names() returns trigger
    language plpgsql security definer set search_path = public, extensions
as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        delete from member_name_token t
        using (select distinct o.tenant_id, w as token, o.id as member_id
               from old_members o, regexp_split_to_table(fold(o.full_name), '\s+') w
               where w <> '') old_words
        where t.tenant_id = old_words.tenant_id and t.token = old_words.token and t.member_id = old_words.member_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        with words as materialized (
            select distinct n.tenant_id, w as token, n.id as member_id
            from new_members n, regexp_split_to_table(fold(n.full_name), '\s+') w
            where w <> ''
        ), indexed as (
            insert into member_name_token (tenant_id, token, member_id) select tenant_id, token, member_id from words
        )
        insert into name_word (word) select distinct token from words
        on conflict do nothing;
    end if;
    return null;
end
$$;

drop function name_tokens(text);
drop index member_name_token_by_member;
create index member_name_token_by_member on member_name_token (tenant_id, member_id, token);
