/**
 * Research projects a union leads or takes part in: lead, members, budget, progress, stop and acceptance.
 */
@ApplicationModule(displayName = "Research (đề tài, dự án)")
package vn.vusta.platform.research;

import org.springframework.modulith.ApplicationModule;
