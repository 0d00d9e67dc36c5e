package vn.vusta.platform.dataquality;

import org.jooq.Field;
import org.jooq.impl.EnumConverter;

import static vn.vusta.platform.db.jooq.Tables.QUALITY_RESULT;
import static vn.vusta.platform.db.jooq.Tables.QUALITY_RULE;

/** The enum columns of the data-quality tables, each mapped once from its text column. */
final class DataQualityColumns {

    static final Field<RuleKind> KIND = QUALITY_RULE.KIND.convert(new EnumConverter<>(String.class, RuleKind.class));
    static final Field<Operator> OPERATOR = QUALITY_RULE.OPERATOR.convert(new EnumConverter<>(String.class, Operator.class));
    static final Field<Importance> IMPORTANCE =
            QUALITY_RULE.IMPORTANCE.convert(new EnumConverter<>(String.class, Importance.class));
    static final Field<Outcome> OUTCOME = QUALITY_RESULT.OUTCOME.convert(new EnumConverter<>(String.class, Outcome.class));

    private DataQualityColumns() {
    }
}
