-- Onboarding a tenant is a recorded process: its steps, so that a retry after a failure (Keycloak unreachable
-- after the database step, say) finishes what is left and creates nothing twice. Platform data, not a tenant's.
create table tenant_onboarding (
    code                    text        not null,
    tenant                  uuid        not null,
    admin_email             text        not null,
    admin_first_name        text        not null,
    admin_last_name         text        not null,
    requested_by            text        not null,
    requested_at            timestamptz not null default now(),
    organization_id         text,
    admin_user_id           text,
    completed_at            timestamptz,
    attempts                integer     not null default 0,
    last_error              text,
    constraint tenant_onboarding_pkey primary key (code),
    constraint tenant_onboarding_tenant_fkey foreign key (tenant) references tenant (id) on delete cascade,
    constraint tenant_onboarding_email_format check (admin_email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$')
);

grant select, insert, update on tenant_onboarding to ${admin_role};
