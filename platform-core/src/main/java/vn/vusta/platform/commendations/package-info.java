/**
 * Decisions of commendation of a union — who is commended (members, units, outsiders), of which kind, with the
 * decision's files — and the year's totals the reports count.
 */
@ApplicationModule(displayName = "Commendations (khen thưởng)")
package vn.vusta.platform.commendations;

import org.springframework.modulith.ApplicationModule;
