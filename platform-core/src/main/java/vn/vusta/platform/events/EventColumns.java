package vn.vusta.platform.events;

import org.jooq.Field;
import org.jooq.impl.EnumConverter;

import static vn.vusta.platform.db.jooq.Tables.EVENT;

/**
 * The enum columns of events, each mapped once from its text column (a CHECK constraint holds the enum's names):
 * queries select, filter and write these fields; a generated record, which keeps the text, is read with {@code
 * record.into(FIELD).value1()}.
 */
public final class EventColumns {

    public static final Field<EventKind> KIND = EVENT.KIND.convert(new EnumConverter<>(String.class, EventKind.class));
    public static final Field<EventMode> MODE = EVENT.MODE.convert(new EnumConverter<>(String.class, EventMode.class));

    private EventColumns() {
    }
}
