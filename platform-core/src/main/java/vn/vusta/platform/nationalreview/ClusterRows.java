package vn.vusta.platform.nationalreview;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The rows of one cluster of provinces and its subtotals; clusterId null for provinces in no cluster. */
public record ClusterRows(Short clusterId, String name, List<TableRow> rows, Map<String, BigDecimal> subtotals,
                          Map<String, BigDecimal> previousSubtotals) {
}
