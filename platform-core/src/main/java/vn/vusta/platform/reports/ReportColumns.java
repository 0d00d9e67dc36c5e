package vn.vusta.platform.reports;

import org.jooq.Field;
import org.jooq.impl.EnumConverter;

import static vn.vusta.platform.db.jooq.Tables.REPORT;
import static vn.vusta.platform.db.jooq.Tables.REPORT_SECTION;
import static vn.vusta.platform.db.jooq.Tables.REPORT_TRANSITION;

/**
 * The enum columns of reports, each mapped once from its text column (a CHECK constraint holds the enum's names):
 * queries select, filter and write these fields; a generated record, which keeps the text, is read with {@code
 * record.into(FIELD).value1()}.
 */
public final class ReportColumns {

    public static final Field<ReportStatus> STATUS =
            REPORT.STATUS.convert(new EnumConverter<>(String.class, ReportStatus.class));
    public static final Field<ReportStatus> FROM_STATUS =
            REPORT_TRANSITION.FROM_STATUS.convert(new EnumConverter<>(String.class, ReportStatus.class));
    public static final Field<ReportStatus> TO_STATUS =
            REPORT_TRANSITION.TO_STATUS.convert(new EnumConverter<>(String.class, ReportStatus.class));
    public static final Field<Section> SECTION =
            REPORT_SECTION.SECTION.convert(new EnumConverter<>(String.class, Section.class));

    private ReportColumns() {
    }
}
