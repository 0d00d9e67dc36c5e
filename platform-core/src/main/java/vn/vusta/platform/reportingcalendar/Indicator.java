package vn.vusta.platform.reportingcalendar;

/**
 * An indicator (chỉ tiêu) of a year's reports.
 *
 * @param source  what the platform computes it from ({@link IndicatorSources}), or null: entered by hand
 * @param reports how many reports carry a figure for it: an indicator in use cannot be removed
 */
public record Indicator(int year, String code, String name, String nameEn, String unit, String unitEn,
                        IndicatorArea area, String source, int position, int reports) {
}
