package vn.vusta.platform.commendations;

import org.jooq.Field;
import org.jooq.impl.EnumConverter;

import static vn.vusta.platform.db.jooq.Tables.COMMENDATION_DECISION;
import static vn.vusta.platform.db.jooq.Tables.COMMENDATION_RECIPIENT;

/**
 * The enum columns of commendations, each mapped once from its text column (a CHECK constraint holds the enum's names):
 * queries select, filter and write these fields; a generated record, which keeps the text, is read with {@code
 * record.into(FIELD).value1()}.
 */
public final class CommendationColumns {

    public static final Field<CommendationKind> DECISION_KIND =
            COMMENDATION_DECISION.KIND.convert(new EnumConverter<>(String.class, CommendationKind.class));
    public static final Field<RecipientKind> RECIPIENT_KIND =
            COMMENDATION_RECIPIENT.KIND.convert(new EnumConverter<>(String.class, RecipientKind.class));

    private CommendationColumns() {
    }
}
