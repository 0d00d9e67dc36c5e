package vn.vusta.platform.consultancy;

import org.jooq.Field;
import org.jooq.impl.EnumConverter;

import static vn.vusta.platform.db.jooq.Tables.CONSULTANCY_TASK;
import static vn.vusta.platform.db.jooq.Tables.CONSULTANCY_TASK_TRANSITION;

/**
 * The enum columns of consultancy tasks, each mapped once from its text column (a CHECK constraint holds the enum's
 * names): queries select, filter and write these fields; a generated record, which keeps the text, is read with {@code
 * record.into(FIELD).value1()}.
 */
public final class ConsultancyColumns {

    public static final Field<TaskKind> KIND =
            CONSULTANCY_TASK.KIND.convert(new EnumConverter<>(String.class, TaskKind.class));
    public static final Field<TaskStatus> STATUS =
            CONSULTANCY_TASK.STATUS.convert(new EnumConverter<>(String.class, TaskStatus.class));
    public static final Field<AuthorityKind> AUTHORITY_KIND =
            CONSULTANCY_TASK.AUTHORITY_KIND.convert(new EnumConverter<>(String.class, AuthorityKind.class));
    public static final Field<AssessmentRating> ASSESSMENT_RATING =
            CONSULTANCY_TASK.ASSESSMENT_RATING.convert(new EnumConverter<>(String.class, AssessmentRating.class));
    public static final Field<TaskStatus> FROM_STATUS =
            CONSULTANCY_TASK_TRANSITION.FROM_STATUS.convert(new EnumConverter<>(String.class, TaskStatus.class));
    public static final Field<TaskStatus> TO_STATUS =
            CONSULTANCY_TASK_TRANSITION.TO_STATUS.convert(new EnumConverter<>(String.class, TaskStatus.class));

    private ConsultancyColumns() {
    }
}
