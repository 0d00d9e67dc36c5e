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
 * @param expected  whether the national union expects this report: an active tenant, or one merged after the deadline
 * @param sent      sent at least once: SENT, ACCEPTED, or returned (or resubmitted) after being sent
 * @param onTime    sent by the end of the deadline's day (Vietnam time)
 * @param late      expected and sent after the deadline, or not sent and the deadline has passed
 */
public record ProvinceStatus(Province province, Short clusterId, UUID tenantId, UUID reportId, ReportProgress status,
                             OffsetDateTime sentAt, boolean expected, boolean sent, boolean onTime, boolean late) {

    /** The day of the first sending, in Vietnam. */
    public LocalDate sentOn() {
        return sentAt == null ? null : sentAt.atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
    }
}
