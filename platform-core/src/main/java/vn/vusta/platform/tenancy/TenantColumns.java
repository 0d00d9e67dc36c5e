package vn.vusta.platform.tenancy;

import org.jooq.Field;
import org.jooq.impl.EnumConverter;

import static vn.vusta.platform.db.jooq.Tables.TENANT;

/**
 * The enum columns of tenants, each mapped once from its text column (a CHECK constraint holds the enum's names):
 * queries select, filter and write these fields; a generated record, which keeps the text, is read with {@code
 * record.into(FIELD).value1()}.
 */
public final class TenantColumns {

    public static final Field<TenantStatus> STATUS =
            TENANT.STATUS.convert(new EnumConverter<>(String.class, TenantStatus.class));

    private TenantColumns() {
    }
}
