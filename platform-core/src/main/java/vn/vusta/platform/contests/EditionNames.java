package vn.vusta.platform.contests;

/**
 * The name of an edition as unions write it: "Hội thi Sáng tạo kỹ thuật thành phố Hải Phòng lần thứ ba, năm 2020 –
 * 2021"; without a number "Cuộc thi Sáng tạo thanh thiếu niên nhi đồng năm 2021".
 */
final class EditionNames {

    /** Lần thứ nhất … lần thứ mười in words; later editions in Roman numerals (lần thứ XI), as decisions write them. */
    private static final String[] ORDINALS = {"nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"};
    private static final int[] ROMAN_VALUES = {100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_DIGITS = {"C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private EditionNames() {
    }

    static String of(String contest, Integer number, int startYear, int endYear) {
        String years = startYear == endYear ? "năm " + startYear : "năm " + startYear + " – " + endYear;
        return number == null ? contest + " " + years : contest + " lần thứ " + ordinal(number) + ", " + years;
    }

    static String ordinal(int number) {
        if (number <= ORDINALS.length) {
            return ORDINALS[number - 1];
        }
        var roman = new StringBuilder();
        int rest = number;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            while (rest >= ROMAN_VALUES[i]) {
                roman.append(ROMAN_DIGITS[i]);
                rest -= ROMAN_VALUES[i];
            }
        }
        return roman.toString();
    }
}
