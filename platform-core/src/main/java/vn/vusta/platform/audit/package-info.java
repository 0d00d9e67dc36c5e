/**
 * Who changed what and when in a union, and what the national union and the operators did: written by every
 * capability through the events it publishes, read on the audit pages and in each record's history.
 */
@ApplicationModule(displayName = "Audit log (nhật ký)")
package vn.vusta.platform.audit;

import org.springframework.modulith.ApplicationModule;
