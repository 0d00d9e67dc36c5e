-- What became of each mail (issue 18: a mail the server refused was logged and nobody saw it): how many times the
-- outbox tried to send it, when last, and the mail server's answer when it failed, so the national union can see
-- what was sent to whom and what is still waiting. The failure is the server's words (no personal data beyond the
-- recipient the row already names).
alter table reminder_mail
    add column attempts        smallint not null default 0,
    add column last_attempt_at timestamptz,
    add column last_failure    text,
    add constraint reminder_mail_attempts_counted check (attempts >= 0);

-- Mails sent before this keep 0 attempts: their sent_at says they went.
create index reminder_mail_by_queued on reminder_mail (queued_at desc);
