-- Who approved a report, and how (issue 17). The Standing Committee's chairman (role tenant-approver) approves in
-- the platform: approved_by is the chairman's name, approved_at the moment. A union that approves on paper has its
-- secretariat record the meeting: approved_on is the meeting's date (as before), approval_minutes the minutes'
-- reference or text, approval_recorded_by who recorded it. opened_at: when a national reviewer first opened the sent
-- report; until then the union may take it back (SENT → APPROVED, "rút lại").
alter table report
    add column approved_by          text,
    add column approved_at          timestamptz,
    add column approval_minutes     text,
    add column approval_recorded_by text,
    add column opened_at            timestamptz;

alter table report_transition
    add column minutes text;

-- by_chair: the step is the chairman's approval in the platform (no meeting date: the chairman approved at
-- occurred_at). A step to APPROVED from SENT is the union taking its report back: the approval stands as it was.
alter table report_transition
    add column by_chair boolean not null default false,
    drop constraint report_transition_approval_dated,
    add constraint report_transition_approval_dated
        check (to_status <> 'APPROVED' or from_status = 'SENT' or by_chair or meeting_date is not null);
