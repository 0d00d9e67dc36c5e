package vn.vusta.platform.tenancy;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vusta.platform.db.jooq.Tables.MEMBER;
import static vn.vusta.platform.db.jooq.Tables.MEMBER_UNIT;

/** A statement rendered once binds each call's values where jOOQ would have bound them, and refuses what it cannot. */
class RenderedOnceTest {

    private final DSLContext db = DSL.using(SQLDialect.POSTGRES);

    @Test
    void eachCallsValuesGoWhereJooqBindsThem() {
        UUID sampleTenant = UUID.randomUUID();
        UUID[] sampleIds = {UUID.randomUUID()};
        var rendered = RenderedOnce.of(db, page(sampleTenant, sampleIds, 1_000_003L, 1_000_000_007L),
                sampleTenant, sampleIds, 1_000_003L, 1_000_000_007L);

        UUID tenant = UUID.randomUUID();
        UUID[] ids = {UUID.randomUUID(), UUID.randomUUID()};
        var asked = page(tenant, ids, 20L, 40L);
        assertThat(rendered.sql()).isEqualTo(db.render(asked));
        assertThat(Arrays.asList(rendered.values(tenant, ids, 20L, 40L))).isEqualTo(asked.getBindValues());
    }

    @Test
    void anArgumentJooqInlinedIsRefused() {
        UUID tenant = UUID.randomUUID();
        var inlined = db.select(MEMBER.ID).from(MEMBER).where(MEMBER.TENANT_ID.eq(DSL.inline(tenant)));
        assertThatThrownBy(() -> RenderedOnce.of(db, inlined, tenant)).hasMessageContaining("not bound");
    }

    @Test
    void aBoundValueThatIsNoArgumentIsRefused() {
        UUID tenant = UUID.randomUUID();
        var query = db.select(MEMBER.ID).from(MEMBER).where(MEMBER.TENANT_ID.eq(tenant), MEMBER.FULL_NAME.eq("Hoàng Văn Kể"));
        assertThatThrownBy(() -> RenderedOnce.of(db, query, tenant)).hasMessageContaining("Hoàng Văn Kể");
    }

    @Test
    void samplesThatAreEqualAreRefused() {
        assertThatThrownBy(() -> RenderedOnce.of(db, db.selectOne().limit(20L).offset(20L), 20L, 20L))
                .hasMessageContaining("must differ");
    }

    private Select<?> page(UUID tenant, UUID[] ids, long size, long offset) {
        var units = DSL.field(DSL.selectCount().from(MEMBER_UNIT)
                .where(MEMBER_UNIT.TENANT_ID.eq(tenant), MEMBER_UNIT.MEMBER_ID.eq(MEMBER.ID)));
        return db.select(MEMBER.ID, units).from(MEMBER)
                .where(MEMBER.TENANT_ID.eq(tenant), MEMBER.ID.eq(DSL.any(ids)))
                .orderBy(MEMBER.FULL_NAME)
                .limit(size)
                .offset(offset);
    }
}
