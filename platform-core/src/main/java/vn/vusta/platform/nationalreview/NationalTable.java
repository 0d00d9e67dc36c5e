package vn.vusta.platform.nationalreview;

import vn.vusta.platform.reportingcalendar.Indicator;
import vn.vusta.platform.reportingcalendar.ReportingPeriod;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Every indicator of a period's year by province, grouped by cluster, with national totals: of the reports sent
 * (SENT or ACCEPTED: the figures in front of the national union) and, of those, of the accepted ones only (what
 * the national aggregate report adds up). Returned reports are left out until sent again: their figures are being
 * revised. previousPeriod is the same kind of period a year earlier, or null when the calendar has none.
 */
public record NationalTable(ReportingPeriod period, ReportingPeriod previousPeriod, List<Indicator> indicators,
                            List<ClusterRows> clusters, Map<String, BigDecimal> totals,
                            Map<String, BigDecimal> acceptedTotals, Map<String, BigDecimal> previousTotals) {

    public BigDecimal change(String code) {
        return difference(totals.get(code), previousTotals.get(code));
    }

    static BigDecimal difference(BigDecimal now, BigDecimal before) {
        return now == null || before == null ? null : now.subtract(before);
    }
}
