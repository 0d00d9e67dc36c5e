package vn.vusta.platform.fuzz;

import tools.jackson.databind.json.JsonMapper;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Hostile values: what careless users, pasted documents and attackers send. Each is a generator drawing from the
 * harness's one {@link Random}, so a seed replays a run exactly (and a failure prints the value it sent).
 */
final class Hostile {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Characters that break text: controls (NUL first), bidirectional marks, spaces of every kind, joiners, BOM. */
    private static final String ODD = "\u0000\u0001\u0007\b\t\n\u000b\f\r\u001b\u007f\u0085\u00a0\u00ad\u1680\u2000"
            + "\u2007\u200b\u200c\u200d\u200e\u200f\u2028\u2029\u202a\u202e\u202f\u2066\u2069\u205f\u3000\ufeff\ufffd"
            + "\ufff9\uffff";
    private static final String LETTERS = "aăâđêôơưạảấầẩẫậ Nguyễn";

    private static final List<String> ODD_TEXTS = List.of("👨‍👩‍👧‍👦", "🏳️‍🌈", "👍🏽", "\ud83d", "\ude00x",
            "\u202eTrần\u202c", "عربي نص", "עִבְרִית", "Hoàng\u00a0Minh\u00a0Trí", "Ｎｇｕｙễｎ", "ﬁ ß İ ǅ", "\u0000",
            "NUL\u0000here", "' OR 1=1 --", "<script>alert(1)</script>", "${jndi:ldap://x}", "%00", "\\u0000",
            "../../etc/passwd", " ", "");

    private static final List<String> JSON_NUMBERS_AND_FORMATS = List.of("0", "-1", "-0", "2147483647", "2147483648",
            "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1e308", "1e400",
            "-1e400", "1.5", "0.1e-400", "123456789012345678901234567890", "\"NaN\"", "\"Infinity\"", "\"-0\"",
            "\"2024-02-30\"", "\"0000-00-00\"", "\"+999999999-12-31\"", "\"2024-06-30T25:61:00Z\"", "\"9999-12-31\"",
            "\"00000000-0000-0000-0000-000000000000\"", "\"not-a-uuid\"", "\"\\ud800x\"", "\"\\u0000\"",
            "\"0195d2a0-0000-7000-8000-00000000003\\u0000\"");

    private static final List<String> WRONG_TYPES = List.of("true", "null", "[]", "{}", "[null]", "[\"\\u0000\"]",
            "{\"\\u0000\":1}", "[1,\"a\",{},[]]", "{\"id\":{\"id\":{\"id\":[]}}}", "\"\"");

    private static final List<String> BROKEN_BODIES = List.of("", "{", "{\"", "{\"a\":", "[", "nul", "{}}",
            "{\"a\":1,}", "\u0000", "\ufeff{}", "{\"a\":\"\\ud800\"}", "{\"a\":\"\\u00\"}", "<xml/>", "a=1&b=2");

    private static final List<String> QUERY_SPECIALS = List.of("0", "-1", "2147483648", "-9223372036854775809", "1e400",
            "NaN", "true", "%00", "%C0%80", "%FF%FE", "%ED%A0%80", "%E1%BA", "%25", "%2500", "2024-02-30",
            "00000000-0000-0000-0000-000000000000");

    private static final List<Object> CELL_NUMBERS = List.of(0, -1, 1e308, Double.MIN_VALUE, Long.MAX_VALUE,
            912_345_678, 1.5, -0.0);

    /** Strings a text field may receive. */
    static String text(Random random) {
        return switch (random.nextInt(6)) {
            // controls and odd spaces mixed into Vietnamese letters
            case 0 -> chars(random, 1 + random.nextInt(40), i -> random.nextBoolean()
                    ? ODD.charAt(random.nextInt(ODD.length())) : LETTERS.charAt(random.nextInt(LETTERS.length())));
            // any UTF-16 unit at all, lone surrogates included
            case 1 -> chars(random, 1 + random.nextInt(30), i -> (char) random.nextInt(0x10000));
            // combining marks piled on a letter (decomposed Vietnamese and worse)
            case 2 -> "Nguye" + chars(random, 1 + random.nextInt(60), i -> (char) ('\u0300' + random.nextInt(0x70))) + "n";
            // emoji with joiners and skin tones, right-to-left text, NBSP, injection attempts
            case 3 -> pick(ODD_TEXTS, random);
            // very long
            case 4 -> "ạ".repeat(1_000 + random.nextInt(120_000));
            default -> "x".repeat(255 + random.nextInt(5_000)) + "\u0000";
        };
    }

    /** Hostile text that still fits in an address: up to about 4 KB once percent-encoded. */
    static String shortText(Random random) {
        return switch (random.nextInt(6)) {
            case 4 -> "ạ".repeat(100 + random.nextInt(400));
            case 5 -> "x".repeat(255 + random.nextInt(3_000)) + "\u0000";
            default -> {
                String text = text(random);
                yield text.length() > 400 ? text.substring(0, 400) : text;
            }
        };
    }

    /** A raw JSON value for any property: hostile strings, numbers at the edges, wrong types, deep nesting. */
    static String jsonValue(Random random) {
        int kind = random.nextInt(11);
        if (kind < 5) {
            return JSON.writeValueAsString(text(random));
        }
        if (kind < 7) {
            return pick(JSON_NUMBERS_AND_FORMATS, random);
        }
        if (kind < 9) {
            return pick(WRONG_TYPES, random);
        }
        int depth = 50 + random.nextInt(5_000);
        return kind == 9 ? "[".repeat(depth) + "]".repeat(depth) : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    /** A whole body that is not the JSON the route expects. */
    static String body(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> jsonValue(random);
            case 1 -> pick(BROKEN_BODIES, random);
            default -> chars(random, random.nextInt(200), i -> (char) random.nextInt(0x10000));
        };
    }

    /** A query parameter's value, already percent-encoded: hostile text, or bytes that are not UTF-8 at all. */
    static String queryValue(Random random) {
        return switch (random.nextInt(3)) {
            // Longer than Tomcat's 8 KB of request line and headers is refused by the connector (see the README).
            case 0 -> URLEncoder.encode(shortText(random), StandardCharsets.UTF_8);
            case 1 -> pick(QUERY_SPECIALS, random);
            default -> {
                var encoded = new StringBuilder();
                for (byte b : bytes(random, 1 + random.nextInt(40))) {
                    encoded.append('%').append(String.format("%02X", b & 0xff));
                }
                yield encoded.toString();
            }
        };
    }

    /** A cell of an import: hostile text, or numbers that text columns do not expect. */
    static Object cell(Random random) {
        return random.nextInt(4) == 0 ? pick(CELL_NUMBERS, random) : text(random);
    }

    /** Bytes no spreadsheet is made of. */
    static byte[] bytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static String chars(Random random, int length, Function<Integer, Character> character) {
        var text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(character.apply(i));
        }
        return text.toString();
    }

    private Hostile() {
    }
}
