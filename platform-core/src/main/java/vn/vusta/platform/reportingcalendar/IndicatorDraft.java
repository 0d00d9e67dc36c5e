package vn.vusta.platform.reportingcalendar;

/** An indicator as a national reviewer writes it; source null or blank: entered by hand. */
public record IndicatorDraft(String code, String name, String nameEn, String unit, String unitEn, IndicatorArea area,
                             String source, int position) {
}
