package vn.vusta.platform.members;

import org.jooq.SortField;
import org.jooq.impl.DSL;
import vn.vusta.platform.db.jooq.Routines;

import java.util.ArrayList;
import java.util.List;

import static vn.vusta.platform.db.jooq.Tables.MEMBER;

/**
 * The orders the members list offers by its columns. By name is Vietnamese order — the given name first, then the
 * whole name — as a union's register lists its members; the others keep it as their second key.
 */
public enum MemberSort {
    NAME, NAME_DESC, BIRTH_YEAR, BIRTH_YEAR_DESC;

    List<SortField<?>> orderBy() {
        return orderBy(true);
    }

    /**
     * The same order, written so that no index gives it: for a few members named by id, which PostgreSQL then reads
     * by id and sorts. Ordered by the name index instead, it may walk the union in name order until it meets enough
     * of them — a tenth of a union of 200.000 for a page of "van nam" (issue 21).
     */
    List<SortField<?>> orderOfFew() {
        return orderBy(false);
    }

    private List<SortField<?>> orderBy(boolean byIndex) {
        var vietnamese = DSL.collation(DSL.name("vietnamese"));
        var order = new ArrayList<SortField<?>>();
        switch (this) {
            case BIRTH_YEAR -> order.add(MEMBER.BIRTH_YEAR.asc().nullsLast());
            case BIRTH_YEAR_DESC -> order.add(MEMBER.BIRTH_YEAR.desc().nullsLast());
            default -> {
            }
        }
        boolean descending = this == NAME_DESC;
        var givenName = Routines.givenName(byIndex ? MEMBER.FULL_NAME : MEMBER.FULL_NAME.concat(DSL.inline(""))).collate(vietnamese);
        var fullName = MEMBER.FULL_NAME.collate(vietnamese);
        order.add(descending ? givenName.desc() : givenName.asc());
        order.add(descending ? fullName.desc() : fullName.asc());
        order.add(MEMBER.ID.asc());
        return order;
    }

    /** The order a click on the column gives from this one: ascending first, then descending. */
    public MemberSort next(MemberSort ascending) {
        return this == ascending ? valueOf(ascending.name() + "_DESC") : ascending;
    }
}
