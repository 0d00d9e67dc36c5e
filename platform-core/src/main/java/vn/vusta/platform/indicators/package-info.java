/**
 * Indicators (chỉ tiêu) computed from what a union recorded: the figures of a period that the national union's
 * indicator set names by source ({@code EVENTS:TRAINING}, {@code MEMBERS}, …), read from the activities and the
 * registry of the current tenant.
 */
@ApplicationModule(displayName = "Indicators (chỉ tiêu)")
package vn.vusta.platform.indicators;

import org.springframework.modulith.ApplicationModule;
