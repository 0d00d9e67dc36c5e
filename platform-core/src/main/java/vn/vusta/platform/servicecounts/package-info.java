/**
 * Services a union counts by kind (legal aid cases, reports written, …) per period, feeding the report's indicators.
 */
@ApplicationModule(displayName = "Counted services (số liệu dịch vụ)")
package vn.vusta.platform.servicecounts;

import org.springframework.modulith.ApplicationModule;
