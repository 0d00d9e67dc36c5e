package vn.vusta.platform.governance;

import org.jooq.Field;
import org.jooq.impl.EnumConverter;

import static vn.vusta.platform.db.jooq.Tables.GOVERNANCE_BODY;
import static vn.vusta.platform.db.jooq.Tables.GOVERNANCE_MANDATE;

/**
 * The enum columns of governing bodies and mandates, each mapped once from its text column (a CHECK constraint holds
 * the enum's names): queries select, filter and write these fields; a generated record, which keeps the text, is read
 * with {@code record.into(FIELD).value1()}.
 */
public final class GovernanceColumns {

    public static final Field<BodyKind> KIND =
            GOVERNANCE_BODY.KIND.convert(new EnumConverter<>(String.class, BodyKind.class));
    public static final Field<Position> POSITION =
            GOVERNANCE_MANDATE.POSITION.convert(new EnumConverter<>(String.class, Position.class));
    public static final Field<MandateStart> START_KIND =
            GOVERNANCE_MANDATE.START_KIND.convert(new EnumConverter<>(String.class, MandateStart.class));
    public static final Field<MandateEnd> END_REASON =
            GOVERNANCE_MANDATE.END_REASON.convert(new EnumConverter<>(String.class, MandateEnd.class));

    private GovernanceColumns() {
    }
}
