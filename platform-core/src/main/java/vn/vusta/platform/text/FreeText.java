package vn.vusta.platform.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The one door of free text: everything a person types or a file brings (API bodies and parameters, page forms,
 * imported cells) passes here before the platform keeps or searches it. Text is composed (NFC), so "Kể" typed with
 * combining marks is the "Kể" of the registry; the spaces of Word and web pages (no-break U+00A0, narrow U+202F,
 * figure U+2007, …) become ordinary spaces, so names split into their words; invisible marks (zero-width space,
 * byte order mark, soft hyphen) go. Control characters other than tab, line feed and carriage return are refused:
 * nobody types them, PostgreSQL cannot store NUL, and silently dropping them would hide a damaged file.
 */
public final class FreeText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private FreeText() {
    }

    /** Refused text: a control character, which the refusal names as U+XXXX. */
    public static final class ControlCharacterException extends IllegalArgumentException {

        /** The code of the message that says so; its argument is {@link #character()}. */
        public static final String MESSAGE = "text.control";

        private final int codePoint;

        ControlCharacterException(int codePoint) {
            super("control character " + codePoint(codePoint));
            this.codePoint = codePoint;
        }

        /** The refusal among an exception's causes, if that is why it was thrown (binders and parsers wrap it). */
        public static Optional<ControlCharacterException> within(Throwable error) {
            for (Throwable cause = error; cause != null; cause = cause.getCause()) {
                if (cause instanceof ControlCharacterException refused) {
                    return Optional.of(refused);
                }
            }
            return Optional.empty();
        }

        /** The character as Unicode writes it, "U+0000". */
        public String character() {
            return codePoint(codePoint);
        }
    }

    /** The text cleaned; null stays null. Throws {@link ControlCharacterException} for a control character. */
    public static String clean(String raw) {
        OptionalInt control = controlCharacter(raw);
        if (control.isPresent()) {
            throw new ControlCharacterException(control.getAsInt());
        }
        return normalise(raw);
    }

    /**
     * The text as searches compare it, like the database's {@code fold}: lower case, without diacritics, "đ" as "d"
     * ("Hoàng Đình" -> "hoang dinh"), trimmed.
     */
    public static String folded(String text) {
        return MARKS.matcher(Normalizer.normalize(text.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT)
                .strip();
    }

    /** A person's or an organisation's name: cleaned, each run of whitespace one space, trimmed. */
    public static String name(String raw) {
        String text = clean(raw);
        return text == null ? null : text.strip().replaceAll("\\s+", " ");
    }

    /**
     * The text composed, its spaces folded and invisible marks removed, control characters left where they are for
     * the caller to report (an import names the cell; everyone else calls {@link #clean}).
     */
    public static String normalise(String raw) {
        if (raw == null || raw.isEmpty()) {
            return raw;
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\u200b' || c == '\ufeff' || c == '\u2060' || c == '\u00ad') {
                return;
            }
            if (Character.getType(c) == Character.SPACE_SEPARATOR) {
                out.append(' ');
            } else if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
                out.append('\n');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** The first control character the platform refuses (not tab, line feed, carriage return), if any. */
    public static OptionalInt controlCharacter(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        return text.codePoints()
                .filter(c -> Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r' && c != 0x85)
                .findFirst();
    }

    private static String codePoint(int c) {
        return "U+%04X".formatted(c);
    }
}
