package vn.vusta.platform.spreadsheets;

import org.jooq.Field;
import org.jooq.impl.EnumConverter;

import static vn.vusta.platform.db.jooq.Tables.REGISTRY_IMPORT;

/**
 * The enum columns of spreadsheet imports (registry_import), each mapped once from its text column (a CHECK constraint
 * holds the enum's names): queries select, filter and write these fields; a generated record, which keeps the text, is
 * read with {@code record.into(FIELD).value1()}.
 */
public final class RegistryImportColumns {

    public static final Field<ImportKind> KIND =
            REGISTRY_IMPORT.KIND.convert(new EnumConverter<>(String.class, ImportKind.class));

    private RegistryImportColumns() {
    }
}
