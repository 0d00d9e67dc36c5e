package vn.vusta.platform.reportingcalendar;

import org.jooq.Field;
import org.jooq.impl.EnumConverter;

import static vn.vusta.platform.db.jooq.Tables.INDICATOR;
import static vn.vusta.platform.db.jooq.Tables.REPORTING_PERIOD;

/**
 * The enum columns of the reporting calendar, each mapped once from its text column (a CHECK constraint holds the
 * enum's names): queries select, filter and write these fields; a generated record, which keeps the text, is read with
 * {@code record.into(FIELD).value1()}.
 */
public final class ReportingCalendarColumns {

    public static final Field<PeriodKind> KIND =
            REPORTING_PERIOD.KIND.convert(new EnumConverter<>(String.class, PeriodKind.class));
    public static final Field<IndicatorArea> AREA =
            INDICATOR.AREA.convert(new EnumConverter<>(String.class, IndicatorArea.class));

    private ReportingCalendarColumns() {
    }
}
