-- The lock on a report's figures and text (V22) is the workflow's, so it holds for the application's users, whose
-- role is ${app_role}. Moving a whole tenant (the IT administrators' merge and restore, as ${admin_role}) and the
-- schema owner's data copy every report as it is, whatever its step.
create or replace function refuse_locked_report_change() returns trigger
    language plpgsql
as $$
declare
    row_tenant uuid := case when tg_op = 'DELETE' then old.tenant_id else new.tenant_id end;
    row_report uuid := case when tg_op = 'DELETE' then old.report_id else new.report_id end;
    report_status text;
begin
    if current_user = '${app_role}' then
        select status into report_status from report where tenant_id = row_tenant and id = row_report;
        if report_status is not null and report_status not in ('DRAFT', 'RETURNED') then
            raise exception 'report % is % and cannot be changed', row_report, report_status
                using errcode = 'object_not_in_prerequisite_state', constraint = 'report_locked';
        end if;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;
