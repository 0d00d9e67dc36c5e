package vn.vusta.platform.reportingcalendar;

import java.util.Set;


/**
 * A year's indicator set was copied to the next year (in the copy's transaction): what is versioned with the set
 * (the data-quality rules) follows it. {@code codes} are the indicators the copy added.
 */
public record IndicatorSetCopied(int fromYear, int toYear, Set<String> codes) {
}
