package vn.vusta.platform.tenancy;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;

import static vn.vusta.platform.db.jooq.Tables.FORMER_PROVINCE;
import static vn.vusta.platform.db.jooq.Tables.PROVINCE;

/** The 34 provinces in force since 1 July 2025 and the former provinces merged into each. */
@Service
public class Provinces {

    /** A province, or a former one with the province it is part of now. */
    public record Province(String code, String name, boolean former, String partOf) {
    }

    private final DSLContext db;

    Provinces(DSLContext db) {
        this.db = db;
    }

    /** The current provinces first, then the former ones, each by code. */
    @Transactional(readOnly = true)
    public List<Province> all() {
        var current = db.selectFrom(PROVINCE).orderBy(PROVINCE.CODE)
                .fetch(r -> new Province(r.getCode(), r.getName(), false, null));
        var former = db.select(FORMER_PROVINCE.CODE, FORMER_PROVINCE.NAME, PROVINCE.NAME)
                .from(FORMER_PROVINCE).join(PROVINCE).on(PROVINCE.CODE.eq(FORMER_PROVINCE.PROVINCE_CODE))
                .where(FORMER_PROVINCE.CODE.ne(FORMER_PROVINCE.PROVINCE_CODE))
                .orderBy(FORMER_PROVINCE.CODE)
                .fetch(r -> new Province(r.value1(), r.value2(), true, r.value3()));
        var all = new ArrayList<>(current);
        all.addAll(former);
        return all;
    }
}
