package vn.vusta.platform.members;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Degrees (học vị, trình độ) as Vietnamese forms write them; {@link #written()} is that spelling. */
public enum Degree {
    /** Tiến sĩ khoa học. */
    TSKH("TSKH"),
    /** Tiến sĩ. */
    TS("TS"),
    /** Thạc sĩ. */
    THS("ThS"),
    /** Bác sĩ chuyên khoa II. */
    BSCKII("BSCKII"),
    /** Bác sĩ chuyên khoa I. */
    BSCKI("BSCKI"),
    /** Cử nhân. */
    CN("CN"),
    /** Kỹ sư. */
    KS("KS"),
    /** Bác sĩ. */
    BS("BS"),
    /** Dược sĩ. */
    DS("DS"),
    /** Kiến trúc sư. */
    KTS("KTS"),
    /** Cao đẳng. */
    CD("CĐ"),
    /** Trung cấp. */
    TC("TC"),
    OTHER("Khác");

    private final String written;

    Degree(String written) {
        this.written = written;
    }

    public String written() {
        return written;
    }

    private static final Map<String, Degree> BY_SPELLING = new HashMap<>();

    static {
        for (Degree degree : values()) {
            BY_SPELLING.put(fold(degree.name()), degree);
            BY_SPELLING.put(fold(degree.written), degree);
        }
    }

    /** The degree a person wrote: "ThS", "ths", "Th.S", "CĐ" or the code; empty when it is none of them. */
    public static Optional<Degree> parse(String text) {
        return text == null ? Optional.empty() : Optional.ofNullable(BY_SPELLING.get(fold(text)));
    }

    private static String fold(String text) {
        return Normalizer.normalize(text.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("[\\p{M}.\\s]", "")
                .toUpperCase(Locale.ROOT);
    }
}
