/**
 * A union's periodic report: computed figures with overrides and reasons, the narrative, approval, sending to the
 * national union, return and acceptance.
 */
@ApplicationModule(displayName = "Reports (báo cáo định kỳ)")
package vn.vusta.platform.reports;

import org.springframework.modulith.ApplicationModule;
