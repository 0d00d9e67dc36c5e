package vn.vusta.platform.dashboards;

import java.util.List;

/**
 * A committed write changed the data behind these generations' dashboards. Kept in the event publication registry
 * until the increment is done: the counters' names only (a tenant's id at most), no data of the tenant.
 */
record DashboardsChanged(List<String> counters) {
}
