package vn.vusta.platform.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import tools.jackson.databind.json.JsonMapper;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Hostile values, as jqwik arbitraries: what careless users, pasted documents and attackers send. Drawn with the
 * harness's own {@link Random}, so a seed replays a run exactly.
 */
final class Hostile {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int GEN_SIZE = 1000;

    /** Characters that break text: controls (NUL first), bidirectional marks, spaces of every kind, joiners, BOM. */
    private static final String ODD = "\u0000\u0001\u0007\b\t\n\u000b\f\r\u001b\u007f\u0085\u00a0\u00ad\u1680\u2000"
            + "\u2007\u200b\u200c\u200d\u200e\u200f\u2028\u2029\u202a\u202e\u202f\u2066\u2069\u205f\u3000\ufeff\ufffd"
            + "\ufff9\uffff";

    /** Strings a text field may receive. */
    static final Arbitrary<String> TEXT = Arbitraries.oneOf(
            // controls and odd spaces mixed into Vietnamese letters
            Arbitraries.strings().withChars(ODD).withChars("aăâđêôơưạảấầẩẫậ Nguyễn").ofMinLength(1).ofMaxLength(40),
            // any UTF-16 unit at all, lone surrogates included
            Arbitraries.strings().all().ofMinLength(1).ofMaxLength(30),
            // combining marks piled on a letter (decomposed Vietnamese and worse)
            Arbitraries.strings().withCharRange('\u0300', '\u036f').ofMinLength(1).ofMaxLength(60).map(marks -> "Nguye" + marks + "n"),
            // emoji, with joiners and skin tones; right-to-left text
            Arbitraries.of("👨‍👩‍👧‍👦", "🏳️‍🌈", "👍🏽", "\ud83d", "\ude00x", "\u202eTrần\u202c", "عربي نص", "עִבְרִית",
                    "Hoàng\u00a0Minh\u00a0Trí", "Ｎｇｕｙễｎ", "ﬁ ß İ ǅ", "\u0000", "NUL\u0000here", "' OR 1=1 --",
                    "<script>alert(1)</script>", "${jndi:ldap://x}", "%00", "\\u0000", "../../etc/passwd", " ", ""),
            // very long
            Arbitraries.integers().between(1_000, 120_000).map(n -> "ạ".repeat(n)),
            Arbitraries.integers().between(256, 5_000).map(n -> "x".repeat(n - 1) + "\u0000"));

    /** Raw JSON values for any property: hostile strings, numbers at the edges, wrong types, deep nesting. */
    static final Arbitrary<String> JSON_VALUE = Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(5, TEXT.map(Hostile::quoted)),
            net.jqwik.api.Tuple.of(2, Arbitraries.of("0", "-1", "-0", "2147483647", "2147483648", "-2147483649",
                    "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1e308", "1e400", "-1e400",
                    "1.5", "0.1e-400", "123456789012345678901234567890", "\"NaN\"", "\"Infinity\"", "\"-0\"",
                    "\"2024-02-30\"", "\"0000-00-00\"", "\"+999999999-12-31\"", "\"2024-06-30T25:61:00Z\"",
                    "\"9999-12-31\"", "\"00000000-0000-0000-0000-000000000000\"", "\"not-a-uuid\"", "\"\\ud800x\"", "\"\\u0000\"",
                    "\"0195d2a0-0000-7000-8000-00000000003\\u0000\"")),
            net.jqwik.api.Tuple.of(2, Arbitraries.of("true", "null", "[]", "{}", "[null]", "[\"\\u0000\"]", "{\"\\u0000\":1}",
                    "[1,\"a\",{},[]]", "{\"id\":{\"id\":{\"id\":[]}}}", "\"\"")),
            net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(50, 5_000).map(depth -> "[".repeat(depth) + "]".repeat(depth))),
            net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(50, 3_000).map(depth -> "{\"a\":".repeat(depth) + "1" + "}".repeat(depth))));

    /** Whole bodies that are not the JSON the route expects. */
    static final Arbitrary<String> BODY = Arbitraries.oneOf(
            JSON_VALUE,
            Arbitraries.of("", "{", "{\"", "{\"a\":", "[", "nul", "{}}", "{\"a\":1,}", "\u0000", "\ufeff{}", "{\"a\":\"\\ud800\"}",
                    "{\"a\":\"\\u00\"}", "<xml/>", "a=1&b=2"),
            Arbitraries.strings().all().ofMaxLength(200));

    /** A query parameter's value, already percent-encoded: hostile text, or bytes that are not UTF-8 at all. */
    static final Arbitrary<String> QUERY_VALUE = Arbitraries.oneOf(
            TEXT.map(text -> URLEncoder.encode(text, StandardCharsets.UTF_8)),
            Arbitraries.of("0", "-1", "2147483648", "-9223372036854775809", "1e400", "NaN", "true", "%00", "%C0%80",
                    "%FF%FE", "%ED%A0%80", "%E1%BA", "%", "%zz", "2024-02-30", "00000000-0000-0000-0000-000000000000"),
            Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(40).map(Hostile::percentEncoded));

    /** A cell of an import: hostile text, or numbers that text columns do not expect. */
    static final Arbitrary<Object> CELL = Arbitraries.oneOf(
            TEXT.map(text -> (Object) text),
            Arbitraries.of(0, -1, 1e308, Double.MIN_VALUE, Long.MAX_VALUE, 912_345_678, 1.5, -0.0).map(n -> (Object) n));

    /** Bytes no spreadsheet is made of. */
    static final Arbitrary<byte[]> BYTES = Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(4_096);

    private Hostile() {
    }

    static <T> T draw(Arbitrary<T> arbitrary, Random random) {
        RandomGenerator<T> generator = arbitrary.generator(GEN_SIZE, true);
        return generator.next(random).value();
    }

    static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static String quoted(String text) {
        return JSON.writeValueAsString(text);
    }

    private static String percentEncoded(byte[] bytes) {
        var out = new StringBuilder();
        for (String pair : HexFormat.of().withUpperCase().formatHex(bytes).split("(?<=\\G..)")) {
            out.append('%').append(pair);
        }
        return out.toString();
    }
}
