package vn.vusta.platform.members;

import org.jooq.Condition;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import vn.vusta.platform.tenancy.AccessScope;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.EXPERTISE_FIELD;
import static vn.vusta.platform.db.jooq.Tables.MEMBER;
import static vn.vusta.platform.db.jooq.Tables.MEMBER_EXPERTISE;
import static vn.vusta.platform.db.jooq.Tables.MEMBER_NAME_TOKEN;
import static vn.vusta.platform.db.jooq.Tables.MEMBER_UNIT;

/**
 * A search of the members list: a text that ignores diacritics and case ("hoang van ke" finds "Hoàng Văn Kể";
 * {@link Members#search} tolerates small typos when nothing matches as typed), and filters by unit, field of expertise (a field finds its branches too), title, degree,
 * status and expert. Every part is optional.
 */
public record MemberQuery(String text, UUID unitId, String fieldCode, AcademicTitle title, Degree degree,
                          MemberStatus status, Boolean expert) {

    public static MemberQuery everyone() {
        return new MemberQuery(null, null, null, null, null, null, null);
    }

    public boolean hasText() {
        return !words().isEmpty();
    }

    /**
     * The members this query finds, as a condition on {@code MEMBER}; the tenant is row-level security's part. Each
     * word of the text must be a word of the name, diacritics and case aside; the last may be a word's beginning.
     * As typed: what the list shows, typos tolerated, is {@link Members#matching}, which its export reads too.
     */
    public Condition condition() {
        return condition(words());
    }

    /** The same, each word of the name being one of a set (a typed word and the words it may be a typo of). */
    Condition condition(List<Set<String>> nameWords) {
        return nameWords.isEmpty() ? filters() : filters().and(MEMBER.ID.in(membersNamed(nameWords)));
    }

    /** The folded words of the text, each as a set of one; none without a text. */
    List<Set<String>> words() {
        return text == null ? List.of() : NameWords.fold(text).stream().map(Set::of).toList();
    }

    /** Whether anything but the name narrows the search. */
    boolean filtered() {
        return unitId != null || (fieldCode != null && !fieldCode.isBlank()) || title != null || degree != null
                || status != null || expert != null;
    }

    /** Everything but the name: unit, field, title, degree, status and expert. */
    Condition filters() {
        var conditions = new ArrayList<Condition>();
        conditions.add(AccessScope.ownRows(MEMBER.TENANT_ID));
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
            conditions.add(MemberColumns.ACADEMIC_TITLE.eq(title));
        }
        if (degree != null) {
            conditions.add(MemberColumns.DEGREE.eq(degree));
        }
        if (status != null) {
            conditions.add(MemberColumns.STATUS.eq(status));
        }
        if (expert != null) {
            conditions.add(MEMBER.EXPERT.eq(expert));
        }
        return DSL.and(conditions);
    }

    /**
     * The members with a name word in each set, looked up word by word from the last (the given name, usually the
     * rarest): equality and ranges keep the lookups on the index under row-level security.
     */
    static Select<Record1<UUID>> membersNamed(List<Set<String>> nameWords) {
        var driver = MEMBER_NAME_TOKEN.as("w0");
        var others = new ArrayList<Condition>();
        for (int i = 0; i < nameWords.size() - 1; i++) {
            var word = MEMBER_NAME_TOKEN.as("w" + (i + 1));
            others.add(DSL.exists(DSL.selectOne().from(word).where(AccessScope.ownRows(word.TENANT_ID),
                    word.MEMBER_ID.eq(driver.MEMBER_ID), word.TOKEN.in(nameWords.get(i)))));
        }
        Set<String> last = nameWords.getLast();
        // The last word as typed so far: "hoang van k" already finds Hoàng Văn Kể. A range, so the index serves it.
        Condition lastWord = last.size() == 1
                ? driver.TOKEN.between(last.iterator().next(), last.iterator().next() + Character.MAX_VALUE)
                : driver.TOKEN.in(last);
        return DSL.select(driver.MEMBER_ID).from(driver)
                .where(AccessScope.ownRows(driver.TENANT_ID), lastWord)
                .and(DSL.and(others));
    }

    /** At most this many ways of reading mistyped words are looked up in order; beyond, word by word only. */
    private static final int MOST_READINGS = 32;

    /**
     * The runs of words a name typed in order is looked for as, one per reading of the words (" le anh nga"; V43 keeps
     * a run after a space, which sets it apart from the words). None when there is one word, or more readings of
     * mistyped words than {@link #MOST_READINGS}.
     */
    static List<String> phrases(List<Set<String>> nameWords) {
        if (nameWords.size() < 2) {
            return null;
        }
        List<String> phrases = List.of("");
        for (Set<String> word : nameWords) {
            if (phrases.size() * word.size() > MOST_READINGS) {
                return null;
            }
            phrases = phrases.stream().flatMap(phrase -> word.stream().map(w -> phrase + " " + w)).toList();
        }
        return phrases;
    }

    /**
     * The members with one of these runs of words somewhere in their name, its last word as typed so far ("le anh ng"
     * finds Lê Anh Ngân, "anh nga" too): one range of the name's runs of words (V43) per reading.
     */
    static Select<Record1<UUID>> membersNamedInOrder(List<String> phrases) {
        var run = MEMBER_NAME_TOKEN.as("r");
        // A run's beginning, as a range, so the index serves it under row-level security.
        Condition anyReading = DSL.or(phrases.stream().map(phrase -> run.TOKEN.between(phrase, phrase + Character.MAX_VALUE)).toList());
        return DSL.select(run.MEMBER_ID).from(run).where(AccessScope.ownRows(run.TENANT_ID), anyReading);
    }

    /** Vietnamese order: given name, then the whole name. */
    public List<SortField<?>> order() {
        return MemberSort.NAME.orderBy();
    }
}
