package vn.vusta.platform.members;

import org.jooq.Condition;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import vn.vusta.platform.db.jooq.Routines;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.EXPERTISE_FIELD;
import static vn.vusta.platform.db.jooq.Tables.MEMBER;
import static vn.vusta.platform.db.jooq.Tables.MEMBER_EXPERTISE;
import static vn.vusta.platform.db.jooq.Tables.MEMBER_UNIT;

/**
 * A search of the members list: a text that ignores diacritics and case and tolerates small typos ("hoang van ke"
 * finds "Hoàng Văn Kể"), and filters by unit, field of expertise (a field finds its branches too), title, degree,
 * status and expert. Every part is optional.
 */
public record MemberQuery(String text, UUID unitId, String fieldCode, AcademicTitle title, Degree degree,
                          MemberStatus status, Boolean expert) {

    public static MemberQuery everyone() {
        return new MemberQuery(null, null, null, null, null, null, null);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    /** The members this query finds, as a condition on {@code MEMBER}; the tenant is row-level security's part. */
    public Condition condition() {
        var conditions = new ArrayList<Condition>();
        if (hasText()) {
            conditions.add(DSL.condition(Routines.nameMatches(DSL.val(text.strip()), MEMBER.FULL_NAME)));
        }
        if (unitId != null) {
            conditions.add(DSL.exists(DSL.selectOne().from(MEMBER_UNIT)
                    .where(MEMBER_UNIT.MEMBER_ID.eq(MEMBER.ID), MEMBER_UNIT.UNIT_ID.eq(unitId))));
        }
        if (fieldCode != null && !fieldCode.isBlank()) {
            conditions.add(DSL.exists(DSL.selectOne().from(MEMBER_EXPERTISE)
                    .join(EXPERTISE_FIELD).on(EXPERTISE_FIELD.CODE.eq(MEMBER_EXPERTISE.FIELD_CODE))
                    .where(MEMBER_EXPERTISE.MEMBER_ID.eq(MEMBER.ID),
                            EXPERTISE_FIELD.CODE.eq(fieldCode).or(EXPERTISE_FIELD.PARENT_CODE.eq(fieldCode)))));
        }
        if (title != null) {
            conditions.add(MEMBER.ACADEMIC_TITLE.eq(title.name()));
        }
        if (degree != null) {
            conditions.add(MEMBER.DEGREE.eq(degree.name()));
        }
        if (status != null) {
            conditions.add(MEMBER.STATUS.eq(status.name()));
        }
        if (expert != null) {
            conditions.add(MEMBER.EXPERT.eq(expert));
        }
        return DSL.and(conditions);
    }

    /** Vietnamese order: given name, then the whole name; a search puts the closest names first. */
    public List<SortField<?>> order() {
        var order = new ArrayList<SortField<?>>();
        if (hasText()) {
            order.add(Routines.nameSimilarity(DSL.val(text.strip()), MEMBER.FULL_NAME).desc());
        }
        var vietnamese = DSL.collation(DSL.name("vietnamese"));
        order.add(Routines.givenName(MEMBER.FULL_NAME).collate(vietnamese).asc());
        order.add(MEMBER.FULL_NAME.collate(vietnamese).asc());
        order.add(MEMBER.ID.asc());
        return order;
    }
}
