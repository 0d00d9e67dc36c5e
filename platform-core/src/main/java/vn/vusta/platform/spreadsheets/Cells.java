package vn.vusta.platform.spreadsheets;

import vn.vusta.platform.text.FreeText;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Cell values as a Vietnamese secretariat writes them, read and written. */
final class Cells {

    /** The date format of Vietnamese forms; exports write it, imports read it first. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);
    /** Characters with which a spreadsheet program would start a formula (or hide one behind a tab or return). */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .()-]{8,20}");
    /** A number as Excel writes a large one in a text cell or a CSV: 9.12345678E8. */
    private static final Pattern SCIENTIFIC = Pattern.compile("[0-9](\\.[0-9]+)?[eE]\\+?[0-9]{1,2}");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[;\\n]");

    private Cells() {
    }

    /**
     * A cell's text as the user meant it: through the platform's text door ({@link FreeText}: composed, so files
     * typed with combining diacritics or saved from Windows-1258 match the registry; Unicode spaces folded), trimmed,
     * and without the quote an export put before a formula character. Control characters stay for {@link RowCells}
     * to report as the problem of their cell.
     */
    static String clean(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String text = FreeText.normalise(raw).strip();
        if (text.length() > 1 && text.charAt(0) == '\'' && FORMULA_STARTS.indexOf(text.charAt(1)) >= 0) {
            return text.substring(1);
        }
        return text;
    }

    /** A value a spreadsheet program shows as text, never runs: a leading formula character gets a quote. */
    static String harmless(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /**
     * Lower case without diacritics, anything but letters and digits as one space: "Họ và tên", "HỌ VÀ TÊN" and
     * "Ho va ten" are one heading, "Hội Y học tỉnh Thanh Hoá" and "Hội Y học tỉnh Thanh Hóa" one unit.
     */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        var folded = new StringBuilder(decomposed.length());
        boolean space = true;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            }
            if (Character.isLetterOrDigit(c)) {
                folded.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                folded.append(' ');
                space = true;
            }
        }
        int end = folded.length();
        return end > 0 && folded.charAt(end - 1) == ' ' ? folded.substring(0, end - 1) : folded.toString();
    }

    static Optional<LocalDate> date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        return Optional.empty();
    }

    /** A year of birth: "1968", or a whole date of birth of which the year is kept. */
    static Optional<Integer> year(String text) {
        if (text.matches("\\d{4}")) {
            return Optional.of(Integer.parseInt(text));
        }
        return date(text).map(LocalDate::getYear);
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static boolean email(String text) {
        return EMAIL.matcher(text).matches();
    }

    /**
     * A phone number Excel kept as a number, given back the 0 it dropped: 912345678 (or 9.12345678E8) is the
     * mobile 0912345678, 2253812345 the landline 02253812345. Vietnamese numbers begin with 0 and have 10 digits
     * (mobile, 3/5/7/8/9 after the 0) or 11 (landline, 2 after the 0); anything else is returned as written.
     */
    static String leadingZeroRestored(String text) {
        String digits = text.strip();
        if (SCIENTIFIC.matcher(digits).matches()) {
            try {
                digits = new java.math.BigDecimal(digits).toBigIntegerExact().toString();
            } catch (ArithmeticException | NumberFormatException notWhole) {
                return text;
            }
        }
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return text;
        }
        boolean mobile = digits.length() == 9 && "35789".indexOf(digits.charAt(0)) >= 0;
        boolean landline = digits.length() == 10 && digits.charAt(0) == '2';
        return mobile || landline ? "0" + digits : text;
    }

    static boolean phone(String text) {
        String digits = phoneKey(text);
        return PHONE.matcher(text).matches() && digits.length() >= 9 && digits.length() <= 11;
    }

    /** A phone number as digits, the country code as a leading 0: "+84 912 345 031" and "0912.345.031" are one. */
    static String phoneKey(String phone) {
        var digits = new StringBuilder(phone.length());
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        if (phone.strip().startsWith("+84") || (digits.length() == 11 && digits.indexOf("84") == 0)) {
            return "0" + digits.substring(2);
        }
        return digits.toString();
    }

    static String emailKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** The items of a cell that lists several, separated by semicolons or lines. */
    static List<String> list(String text) {
        var items = new ArrayList<String>();
        for (String item : LIST_SEPARATOR.split(text)) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    /** "?" or U+FFFD where a letter was: what a file saved in the wrong encoding leaves of a name. */
    static boolean damaged(String text) {
        return text.indexOf('?') >= 0 || text.indexOf('\ufffd') >= 0;
    }
}
