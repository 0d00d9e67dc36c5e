package vn.vusta.platform.publications;

import org.jooq.Field;
import org.jooq.impl.EnumConverter;

import static vn.vusta.platform.db.jooq.Tables.PUBLICATION;

/**
 * The enum columns of publications, each mapped once from its text column (a CHECK constraint holds the enum's names):
 * queries select, filter and write these fields; a generated record, which keeps the text, is read with {@code
 * record.into(FIELD).value1()}.
 */
public final class PublicationColumns {

    public static final Field<PublicationKind> KIND =
            PUBLICATION.KIND.convert(new EnumConverter<>(String.class, PublicationKind.class));

    private PublicationColumns() {
    }
}
