package vn.vusta.platform.nationalreview;

import vn.vusta.platform.reportingcalendar.ReportingPeriod;

import java.math.BigDecimal;
import java.util.List;

/**
 * Completeness and timeliness of a year: for every period of the year (in the calendar's order), how many reports were
 * expected, sent and sent on time — per union, per cluster and for the nation. Cells and counts follow
 * {@link #periods()}' order.
 */
public record CompletenessBoard(int year, List<ReportingPeriod> periods, List<UnionLine> unions, List<ClusterLine> clusters,
                                List<Count> totals) {

    /** One union (province) across the year; a cell is null for a period the union has no row in. */
    public record UnionLine(Province province, Short clusterId, List<Cell> cells) {
    }

    /** A union's report for one period. */
    public record Cell(ReportProgress status, boolean expected, boolean sent, boolean onTime, boolean late, boolean exception) {
    }

    /** A cluster across the year; id and name null for provinces in none. */
    public record ClusterLine(Short id, String name, List<Count> counts) {
    }

    /** Expected, sent and on time among the expected, with the rates in per cent (one decimal). */
    public record Count(int expected, int sent, int onTime, BigDecimal reportingRate, BigDecimal onTimeRate) {
    }
}
