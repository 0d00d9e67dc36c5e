package vn.vusta.platform.spreadsheets;

import vn.vusta.platform.members.AcademicTitle;
import vn.vusta.platform.members.Degree;
import vn.vusta.platform.members.Gender;
import vn.vusta.platform.members.MemberStatus;
import vn.vusta.platform.registry.UnitKind;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The words a sheet uses for the registry's coded values: exports write the first of each, imports read any of
 * them whatever the case and diacritics (and the code itself).
 */
final class Vocabulary {

    private static final Map<String, Gender> GENDERS = new HashMap<>();
    private static final Map<String, AcademicTitle> TITLES = new HashMap<>();
    private static final Map<String, Degree> DEGREES = new HashMap<>();
    private static final Map<String, MemberStatus> MEMBER_STATUSES = new HashMap<>();
    private static final Map<String, UnitKind> UNIT_KINDS = new HashMap<>();
    private static final Map<String, Boolean> UNIT_ACTIVE = new HashMap<>();
    private static final Map<String, Boolean> YES_NO = new HashMap<>();

    static {
        words(GENDERS, Gender.MALE, "Nam", "M");
        words(GENDERS, Gender.FEMALE, "Nữ", "F");
        words(TITLES, AcademicTitle.GS, "GS", "Giáo sư");
        words(TITLES, AcademicTitle.PGS, "PGS", "Phó Giáo sư");
        degree(Degree.TSKH, "Tiến sĩ khoa học");
        degree(Degree.TS, "Tiến sĩ");
        degree(Degree.THS, "Thạc sĩ");
        degree(Degree.BSCKII, "Bác sĩ chuyên khoa II", "Bác sĩ chuyên khoa 2", "BSCK2", "CKII");
        degree(Degree.BSCKI, "Bác sĩ chuyên khoa I", "Bác sĩ chuyên khoa 1", "BSCK1", "CKI");
        degree(Degree.CN, "Cử nhân");
        degree(Degree.KS, "Kỹ sư");
        degree(Degree.BS, "Bác sĩ");
        degree(Degree.DS, "Dược sĩ");
        degree(Degree.KTS, "Kiến trúc sư");
        degree(Degree.CD, "Cao đẳng");
        degree(Degree.TC, "Trung cấp");
        degree(Degree.OTHER);
        words(MEMBER_STATUSES, MemberStatus.ACTIVE, "Đang sinh hoạt", "Sinh hoạt", "Đang hoạt động", "Hoạt động");
        words(MEMBER_STATUSES, MemberStatus.INACTIVE, "Ngừng sinh hoạt", "Thôi sinh hoạt", "Không sinh hoạt");
        words(MEMBER_STATUSES, MemberStatus.DECEASED, "Đã mất", "Từ trần", "Qua đời");
        words(UNIT_KINDS, UnitKind.MEMBER_ASSOCIATION, "Hội thành viên", "Hội");
        words(UNIT_KINDS, UnitKind.AFFILIATED_CENTRE, "Trung tâm trực thuộc", "Đơn vị trực thuộc", "Trung tâm");
        words(UNIT_KINDS, UnitKind.LINKED_UNIT, "Đơn vị liên kết", "Liên kết");
        words(UNIT_KINDS, UnitKind.COLLECTIVE_MEMBER, "Hội viên tập thể", "Tập thể");
        UNIT_ACTIVE.put(Cells.fold("Đang hoạt động"), true);
        UNIT_ACTIVE.put(Cells.fold("Hoạt động"), true);
        UNIT_ACTIVE.put(Cells.fold("Đã giải thể"), false);
        UNIT_ACTIVE.put(Cells.fold("Giải thể"), false);
        for (String yes : new String[]{"Có", "x", "Yes", "true", "1"}) {
            YES_NO.put(Cells.fold(yes), true);
        }
        for (String no : new String[]{"Không", "No", "false", "0"}) {
            YES_NO.put(Cells.fold(no), false);
        }
    }

    private Vocabulary() {
    }

    @SafeVarargs
    private static <E extends Enum<E>> void words(Map<String, E> map, E value, String... words) {
        map.put(Cells.fold(value.name()), value);
        for (String word : words) {
            map.put(Cells.fold(word), value);
        }
    }

    /** A degree by its code, the way forms write it ({@link Degree#written()}) and its words. */
    private static void degree(Degree degree, String... words) {
        DEGREES.put(degreeKey(degree.name()), degree);
        DEGREES.put(degreeKey(degree.written()), degree);
        for (String word : words) {
            DEGREES.put(degreeKey(word), degree);
        }
    }

    static String gender(Gender gender) {
        return gender == null ? "" : gender == Gender.MALE ? "Nam" : "Nữ";
    }

    static Optional<Gender> gender(String text) {
        return Optional.ofNullable(GENDERS.get(Cells.fold(text)));
    }

    static Optional<AcademicTitle> title(String text) {
        return Optional.ofNullable(TITLES.get(Cells.fold(text)));
    }

    /** "ThS", "Th.S", "Thạc sĩ", "CĐ": spaces and dots do not count; of "ThS.BS" the higher, ThS. */
    static Optional<Degree> degree(String text) {
        Degree degree = DEGREES.get(degreeKey(text));
        if (degree != null) {
            return Optional.of(degree);
        }
        return combined(text).filter(both -> both.title() == null).map(TitleAndDegree::degree);
    }

    private static String degreeKey(String text) {
        return Cells.fold(text).replace(" ", "");
    }

    /** "PGS.TS", "GS. TSKH", "PGS", "ThS": a title, a degree, or a title then a degree. */
    static Optional<TitleAndDegree> titleAndDegree(String text) {
        Optional<Degree> degree = degree(text);
        if (degree.isPresent()) {
            return Optional.of(new TitleAndDegree(null, degree.get()));
        }
        Optional<AcademicTitle> title = title(text);
        if (title.isPresent()) {
            return Optional.of(new TitleAndDegree(title.get(), null));
        }
        String folded = Cells.fold(text);
        for (AcademicTitle candidate : new AcademicTitle[]{AcademicTitle.PGS, AcademicTitle.GS}) {
            String prefix = candidate.name().toLowerCase() + " ";
            if (folded.startsWith(prefix)) {
                Optional<Degree> rest = Optional.ofNullable(DEGREES.get(degreeKey(folded.substring(prefix.length()))));
                if (rest.isPresent()) {
                    return rest.map(d -> new TitleAndDegree(candidate, d));
                }
            }
        }
        return combined(text);
    }

    /**
     * Titles and degrees written one after another, as signatures do: "ThS.BS", "TS.BS", "PGS.TS.BS",
     * "ThS. BS.", "GS. TSKH": read word by word, each the longest run of words that is a title or a degree
     * ("Th.S" is one). A person keeps one title and the highest degree (the first in {@link Degree}'s order).
     */
    private static Optional<TitleAndDegree> combined(String text) {
        String[] words = Cells.fold(text).split(" ");
        AcademicTitle title = null;
        Degree degree = null;
        int i = 0;
        while (i < words.length) {
            int end = -1;
            AcademicTitle foundTitle = null;
            Degree foundDegree = null;
            for (int j = words.length; j > i && end < 0; j--) {
                String run = String.join(" ", java.util.Arrays.copyOfRange(words, i, j));
                foundTitle = TITLES.get(run);
                foundDegree = foundTitle == null ? DEGREES.get(run.replace(" ", "")) : null;
                if (foundTitle != null || foundDegree != null) {
                    end = j;
                }
            }
            if (end < 0 || (foundTitle != null && title != null && foundTitle != title)) {
                return Optional.empty();
            }
            if (foundTitle != null) {
                title = foundTitle;
            } else if (degree == null || foundDegree.ordinal() < degree.ordinal()) {
                degree = foundDegree;
            }
            i = end;
        }
        return title == null && degree == null ? Optional.empty() : Optional.of(new TitleAndDegree(title, degree));
    }

    record TitleAndDegree(AcademicTitle title, Degree degree) {
    }

    static String memberStatus(MemberStatus status) {
        return switch (status) {
            case ACTIVE -> "Đang sinh hoạt";
            case INACTIVE -> "Ngừng sinh hoạt";
            case DECEASED -> "Đã mất";
            case ERASED -> "";
        };
    }

    /** Any status but erased, which only an erasure sets. */
    static Optional<MemberStatus> memberStatus(String text) {
        return Optional.ofNullable(MEMBER_STATUSES.get(Cells.fold(text)));
    }

    static String unitKind(UnitKind kind) {
        return switch (kind) {
            case MEMBER_ASSOCIATION -> "Hội thành viên";
            case AFFILIATED_CENTRE -> "Trung tâm trực thuộc";
            case LINKED_UNIT -> "Đơn vị liên kết";
            case COLLECTIVE_MEMBER -> "Hội viên tập thể";
        };
    }

    static Optional<UnitKind> unitKind(String text) {
        return Optional.ofNullable(UNIT_KINDS.get(Cells.fold(text)));
    }

    static String unitActive(boolean active) {
        return active ? "Đang hoạt động" : "Đã giải thể";
    }

    static Optional<Boolean> unitActive(String text) {
        return Optional.ofNullable(UNIT_ACTIVE.get(Cells.fold(text)));
    }

    static String yesNo(boolean value) {
        return value ? "Có" : "Không";
    }

    static Optional<Boolean> yesNo(String text) {
        return Optional.ofNullable(YES_NO.get(Cells.fold(text)));
    }
}
