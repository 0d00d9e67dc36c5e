package vn.vusta.platform.registry;

import org.jooq.Field;
import org.jooq.impl.EnumConverter;

import static vn.vusta.platform.db.jooq.Tables.UNIT;

/**
 * The enum columns of units, each mapped once from its text column (a CHECK constraint holds the enum's names): queries
 * select, filter and write these fields; a generated record, which keeps the text, is read with {@code
 * record.into(FIELD).value1()}.
 */
public final class UnitColumns {

    public static final Field<UnitKind> KIND = UNIT.KIND.convert(new EnumConverter<>(String.class, UnitKind.class));
    public static final Field<UnitStatus> STATUS =
            UNIT.STATUS.convert(new EnumConverter<>(String.class, UnitStatus.class));

    private UnitColumns() {
    }
}
