-- An onboarding under way is claimed until the time given here: a second request for the same code (a double
-- submission, two administrators at once) is refused while the first one works, instead of resuming it in
-- parallel. A claim that outlives its request (the process died) lapses, so a retry can still finish the work.
alter table tenant_onboarding add column claimed_until timestamptz;
