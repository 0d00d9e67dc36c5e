/**
 * Data-quality rules (kiểm tra chất lượng số liệu): the national union's rules over a year's indicator set — between
 * figures, on a year earlier, min/max, outliers against a union's own history — run as a union enters its figures,
 * before it sends (a blocking rule stops it, a warning needs an explanation), and over every union's reports of a
 * period at the national review.
 */
@ApplicationModule(displayName = "Data quality (kiểm tra số liệu)")
package vn.vusta.platform.dataquality;

import org.springframework.modulith.ApplicationModule;
