package vn.vusta.platform.contests;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.springframework.stereotype.Component;
import vn.vusta.platform.refusal.RefusedException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.MEMBER;
import static vn.vusta.platform.db.jooq.Tables.UNIT;

/**
 * The registry as contests see it: the units that may submit an entry and the members who may be authors or
 * judges (anyone in it but the erased), and the people entered, checked one by one with the field at fault named.
 */
@Component
class People {

    static final String ERASED = "ERASED";

    private final DSLContext db;

    People(DSLContext db) {
        this.db = db;
    }

    void requireUnit(UUID unitId, String field) {
        if (unitId != null && !db.fetchExists(UNIT, UNIT.ID.eq(unitId))) {
            throw RefusedException.invalid(field, "contests.refusal.unit-unknown");
        }
    }

    /**
     * The people entered, checked: each a member or a name (not both, not neither), each member in the registry, no
     * one twice. {@code field} names the list ("authors"); a person's field is "authors[1].memberId".
     */
    List<PersonDraft> checked(List<PersonDraft> people, String field) {
        var seen = new HashSet<Object>();
        var checked = new ArrayList<PersonDraft>();
        for (int i = 0; i < people.size(); i++) {
            PersonDraft person = checked(people.get(i), field + "[" + i + "].");
            if (!seen.add(person.memberId() != null ? person.memberId() : person.name().toLowerCase())) {
                throw RefusedException.invalid(field + "[" + i + "]." + (person.memberId() != null ? "memberId" : "name"),
                        "contests.refusal.person-twice");
            }
            checked.add(person);
        }
        return checked;
    }

    /** One person, checked; {@code prefix} goes before the field's name ("authors[1]." or nothing). */
    PersonDraft checked(PersonDraft person, String prefix) {
        boolean named = person.name() != null && !person.name().isBlank();
        if (person.memberId() == null && !named) {
            throw RefusedException.invalid(prefix + "name", "contests.refusal.person-missing");
        }
        if (person.memberId() != null && named) {
            throw RefusedException.invalid(prefix + "name", "contests.refusal.person-both");
        }
        if (person.memberId() != null && !db.fetchExists(MEMBER, MEMBER.ID.eq(person.memberId()).and(MEMBER.STATUS.ne(ERASED)))) {
            throw RefusedException.invalid(prefix + "memberId", "contests.refusal.member-unknown");
        }
        return new PersonDraft(person.memberId(), named ? person.name().strip() : null);
    }

    /** A person read with the member's row left-joined on {@code memberId}: the member's name, or the name entered. */
    static ContestPerson person(Record r, Field<UUID> memberId, Field<String> name) {
        UUID member = r.get(memberId);
        if (member == null) {
            return new ContestPerson(null, r.get(name), false);
        }
        return new ContestPerson(member, r.get(MEMBER.FULL_NAME), ERASED.equals(r.get(MEMBER.STATUS)));
    }

    /** The join condition of a member's row on {@code memberId}, in the row's tenant. */
    static Condition memberOf(Field<UUID> tenantId, Field<UUID> memberId) {
        return MEMBER.TENANT_ID.eq(tenantId).and(MEMBER.ID.eq(memberId));
    }
}
