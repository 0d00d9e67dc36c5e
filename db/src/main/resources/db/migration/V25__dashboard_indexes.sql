-- The dashboards' queries (platform-core dashboards), read for one union or, grouped by union, for the nation.
-- Both indexes lead with the tenant, as row-level security's policies compare it; for the nation PostgreSQL skips
-- from one tenant to the next. They cover their queries, so the counts are read from the index alone.

-- Active members by union: 3 million members counted from a small index, not from the table.
create index member_active_by_tenant on member (tenant_id) where status = 'ACTIVE';

-- A year's events by kind and month, with their attendances.
create index event_by_day_covering on event (tenant_id, starts_on) include (kind, participant_count);
