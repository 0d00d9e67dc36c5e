-- The key the applications sign each transaction's scope with (vusta.tenancy.scope-key; V28 says how it is used).
-- Kept where only the schema owner can read it, and written again at every migration run, before any migration or
-- demo script needs it: rotating it is changing the applications' configuration and restarting them.
create schema if not exists scope_secret;
revoke all on schema scope_secret from public;

create table if not exists scope_secret.scope_key (
    singleton boolean not null default true,
    key       bytea   not null,
    constraint scope_key_pkey primary key (singleton),
    constraint scope_key_single check (singleton),
    constraint scope_key_long_enough check (length(key) >= 32)
);

insert into scope_secret.scope_key (key) values (convert_to('${scope_key}', 'UTF8'))
on conflict (singleton) do update set key = excluded.key;
