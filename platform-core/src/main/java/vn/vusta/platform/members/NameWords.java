package vn.vusta.platform.members;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.tenancy.AccessScope;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.text.FreeText;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import static vn.vusta.platform.db.jooq.Tables.NAME_WORD;

/**
 * The words of names, as search compares them: folded like the database's {@code fold} ("Hoàng" -> "hoang",
 * "Đức" -> "duc"). A mistyped word is matched to the words that exist in a name of the union within one or two
 * edits; the union's list of words is read from {@code name_word} (per union, V29) and kept for a minute.
 */
@Component
class NameWords {

    private static final Duration FRESHNESS = Duration.ofMinutes(1);
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final DSLContext db;
    /** Per union its words; under {@link #NATIONAL}, every union's (the national scope reads them all). */
    private final Map<UUID, Known> known = new ConcurrentHashMap<>();
    private static final UUID NATIONAL = new UUID(0, 0);

    NameWords(DSLContext db) {
        this.db = db;
    }

    /**
     * The folded words of a text, in order. Telex's "dd" (typed for "đ", seen as two letters until the keyboard
     * turns them, or when it is off) is "d": no Vietnamese syllable holds "dd", so "hoang dd" finds Hoàng Đình Đạt.
     */
    static List<String> fold(String text) {
        return typed(text).stream().map(NameWords::telex).toList();
    }

    /** The folded words of a text as typed, "dd" kept. */
    private static List<String> typed(String text) {
        String folded = FreeText.folded(text);
        return folded.isEmpty() ? List.of() : Arrays.asList(SPACES.split(folded));
    }

    private static String telex(String word) {
        return word.contains("dd") ? word.replace("dd", "d") : word;
    }

    /**
     * Each folded word of the text with the existing words it may be a typo of: 1 edit from 3 letters, 2 from 7. With
     * {@code everyWord} false, a word that is a word of the union's names stays as typed: in "le anh ngaa" only
     * "ngaa" is mistyped, and a name's other words read every way they could be would make the search read the
     * union's names word by word instead of one range of them (issue 21). A word with "dd" may also be meant as typed
     * (a code, a foreign name): that reading is among its candidates, known to the union's words or not yet.
     */
    @Transactional(readOnly = true)
    public List<Set<String>> tolerant(String text, boolean everyWord) {
        Known union = known();
        List<String> known = union.words();
        Set<String> words = everyWord ? Set.of() : union.set();
        var result = new ArrayList<Set<String>>();
        for (String typed : typed(text)) {
            String word = telex(typed);
            var candidates = new LinkedHashSet<String>();
            candidates.add(word);
            candidates.add(typed);
            int allowed = words.contains(word) ? 0 : word.length() >= 7 ? 2 : word.length() >= 2 ? 1 : 0;
            if (allowed > 0) {
                for (String candidate : known) {
                    if (Math.abs(candidate.length() - word.length()) <= allowed && distance(word, candidate, allowed) <= allowed) {
                        candidates.add(candidate);
                    }
                }
            }
            result.add(candidates);
        }
        return result;
    }

    private Known known() {
        UUID scope = switch (AccessScope.current().orElse(null)) {
            case AccessScope.TenantAccess(Tenant tenant) -> tenant.id();
            case AccessScope.NationalAccess() -> NATIONAL;
            case null -> null;
        };
        if (scope == null) {
            return new Known(List.of(), Instant.MIN);
        }
        Known cached = known.get(scope);
        if (cached == null || Instant.now().isAfter(cached.readAt().plus(FRESHNESS))) {
            cached = new Known(db.selectDistinct(NAME_WORD.WORD).from(NAME_WORD).where(AccessScope.ownRows(NAME_WORD.TENANT_ID))
                    .fetch(NAME_WORD.WORD), Instant.now());
            known.put(scope, cached);
        }
        return cached;
    }

    private record Known(List<String> words, Set<String> set, Instant readAt) {

        Known(List<String> words, Instant readAt) {
            this(words, Set.copyOf(words), readAt);
        }
    }

    /** Levenshtein distance with adjacent transpositions, giving up beyond {@code limit}. */
    static int distance(String a, String b, int limit) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowMin = Math.min(rowMin, d[i][j]);
            }
            if (rowMin > limit) {
                return rowMin;
            }
        }
        return d[a.length()][b.length()];
    }
}
