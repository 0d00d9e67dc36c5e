package vn.vusta.platform.nationalreview;

import vn.vusta.platform.reportingcalendar.Indicator;
import vn.vusta.platform.reportingcalendar.ReportingPeriod;

import java.math.BigDecimal;
import java.util.List;

/**
 * The national aggregate report of a period (báo cáo tổng hợp): each indicator's total over the ACCEPTED reports,
 * the provinces included and the expected ones missing. The data a .docx or .xlsx of the aggregate is written from.
 *
 * @param expected how many reports the national union expects for the period
 */
public record NationalAggregate(ReportingPeriod period, List<Line> lines, List<Province> included,
                                List<Province> missing, int expected) {

    /** @param provinces how many accepted reports carry a figure for the indicator */
    public record Line(Indicator indicator, BigDecimal total, int provinces) {
    }
}
