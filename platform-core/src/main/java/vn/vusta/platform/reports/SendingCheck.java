package vn.vusta.platform.reports;

import vn.vusta.platform.refusal.RefusedException;

/**
 * A check another capability makes before a report leaves the union (the data-quality rules): it refuses the sending
 * with a {@link RefusedException} naming what to fix, and may keep what it found in the
 * sending's transaction. Reports depend on no such capability; the checks come to {@link ReportWorkflow} as beans.
 */
public interface SendingCheck {

    void beforeSending(Report report);
}
