/**
 * Mails of the reporting cycle: deadline reminders to the unions' administrators, notices of reports sent, returned
 * and accepted; sent after commit, counted, never twice.
 */
@ApplicationModule(displayName = "Reminders and notices")
package vn.vusta.platform.reminders;

import org.springframework.modulith.ApplicationModule;
