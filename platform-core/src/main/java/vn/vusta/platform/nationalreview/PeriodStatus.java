package vn.vusta.platform.nationalreview;

import vn.vusta.platform.reportingcalendar.ReportingPeriod;

import java.math.BigDecimal;
import java.util.List;

/**
 * Who has reported for a period (completeness and timeliness).
 *
 * @param reportingRate sent of expected, in per cent with one decimal (tỷ lệ báo cáo)
 * @param onTimeRate    sent by the due day of expected, in per cent (tỷ lệ đúng hạn)
 * @param graceDays     the period's late window: days after the deadline a report still counts as on time
 */
public record PeriodStatus(ReportingPeriod period, List<ProvinceStatus> provinces, int expected, int sent, int onTime,
                           int late, BigDecimal reportingRate, BigDecimal onTimeRate, int graceDays) {
}
