package vn.vusta.platform.nationalreview;

import vn.vusta.platform.calendar.VietnamTime;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One province's report for a period, as the national union sees it.
 *
 * @param clusterId the cluster of the province (or of the province it is part of now), or null
 * @param tenantId  the tenant holding the report (for the drill-down), or the expected tenant when none
 * @param reportId  null when not started
 * @param sentAt    the first sending to the national union (a returned report keeps it), or null
 * @param expected  whether the national union expects this report: a union on the platform at the deadline, or one
 *                  that joined later and sent it
 * @param sent      sent at least once: SENT, ACCEPTED, or returned (or resubmitted) after being sent
 * @param onTime    sent by the end of its due day (Vietnam time)
 * @param late      expected and sent after its due day, or not sent and its due day has passed
 * @param dueOn     the day the report is due: the deadline plus the period's late window, or the exception's day
 * @param exception the exception the national union granted this union for the period, or null
 */
public record ProvinceStatus(Province province, Short clusterId, UUID tenantId, UUID reportId, ReportProgress status,
                             OffsetDateTime sentAt, boolean expected, boolean sent, boolean onTime, boolean late,
                             LocalDate dueOn, Deadlines.Exception exception) {

    /** The day of the first sending, in Vietnam. */
    public LocalDate sentOn() {
        return sentAt == null ? null : sentAt.atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
    }
}
