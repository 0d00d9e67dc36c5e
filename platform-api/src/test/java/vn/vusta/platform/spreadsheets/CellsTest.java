package vn.vusta.platform.spreadsheets;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Cell values: formulas made harmless and read back, Vietnamese text folded, dates and phones as provinces write them. */
class CellsTest {

    @Test
    void whatASpreadsheetWouldRunIsWrittenBehindAQuoteAndReadBackWithoutIt() {
        for (String formula : new String[]{"=1+2", "+84 912 345 678", "-2+3", "@SUM(A1)", "\t=1+2", "\r=1+2"}) {
            assertThat(Cells.harmless(formula)).isEqualTo("'" + formula);
        }
        assertThat(Cells.harmless("Hoàng Văn Kể")).isEqualTo("Hoàng Văn Kể");
        assertThat(Cells.harmless("'quoted")).isEqualTo("'quoted");
        assertThat(Cells.clean(Cells.harmless("=HYPERLINK(\"x\")"))).isEqualTo("=HYPERLINK(\"x\")");
        assertThat(Cells.clean("'ordinary")).as("a quote before ordinary text is the user's").isEqualTo("'ordinary");
    }

    @Test
    void textIsComposedAndTrimmedAndFoldsWithoutDiacriticsOrCase() {
        String decomposed = "Hoa\u0300ng Va\u0306n Ke\u0302\u0309";
        assertThat(Cells.clean("  " + decomposed + "\u00a0")).isEqualTo("Hoàng Văn Kể");
        assertThat(Cells.fold("HOÀNG  Văn Kể")).isEqualTo("hoang van ke");
        assertThat(Cells.fold("Đơn vị/Hội thành viên")).isEqualTo("don vi hoi thanh vien");
        assertThat(Cells.fold("Hội Y học tỉnh Thanh Hoá")).isEqualTo(Cells.fold("Hội Y học tỉnh Thanh Hóa"));
    }

    @Test
    void datesYearsAndPhonesAsProvincesWriteThem() {
        assertThat(Cells.date("05/04/2012")).contains(LocalDate.of(2012, 4, 5));
        assertThat(Cells.date("5/4/2012")).contains(LocalDate.of(2012, 4, 5));
        assertThat(Cells.date("2012-04-05")).contains(LocalDate.of(2012, 4, 5));
        assertThat(Cells.date("31/02/2020")).isEmpty();
        assertThat(Cells.year("1968")).contains(1968);
        assertThat(Cells.year("12/09/1968")).contains(1968);
        assertThat(Cells.year("68")).isEmpty();
        assertThat(Cells.phoneKey("+84 912 345 031")).isEqualTo(Cells.phoneKey("0912.345.031")).isEqualTo("0912345031");
        assertThat(Cells.phone("0237 3037 071")).isTrue();
        assertThat(Cells.phone("gọi sau")).isFalse();
        assertThat(Cells.list("HYH; Hội Làm vườn tỉnh Thanh Hóa;\n HLV ;")).containsExactly("HYH", "Hội Làm vườn tỉnh Thanh Hóa", "HLV");
    }
}
