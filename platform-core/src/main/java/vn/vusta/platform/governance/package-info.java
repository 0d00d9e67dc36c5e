/**
 * A union's terms (nhiệm kỳ), their bodies (ban chấp hành, ban thường vụ, ban kiểm tra) and seats, who holds them,
 * the decisions that appoint and end them.
 */
@ApplicationModule(displayName = "Governance (tổ chức bộ máy)")
package vn.vusta.platform.governance;

import org.springframework.modulith.ApplicationModule;
