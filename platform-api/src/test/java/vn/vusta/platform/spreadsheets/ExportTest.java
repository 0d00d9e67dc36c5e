package vn.vusta.platform.spreadsheets;

import vn.vusta.platform.Api;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports of the members list with its filters and of the units, as .xlsx and .csv, under the headings imports
 * read: what a spreadsheet would run as a formula is written as text, and an export imported again changes nothing.
 */
@PlatformApiTest
class ExportTest {

    private final String editor = KeycloakTokens.accessToken("hung-yen-editor");
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anExportHoldsTheFilteredMembersWithFormulasMadeHarmlessAndImportsAgainUnchanged() throws Exception {
        ImportTest.confirm(Api.upload("/api/v1/imports/members", editor, "cong-thuc.csv", Sheets.csv(',', true, List.of(
                List.of("Họ và tên", "Năm sinh", "Học vị", "Chuyên ngành", "Cơ quan công tác", "Điện thoại", "Địa chỉ", "Hội thành viên"),
                List.of("Lý Văn Công " + tag, "1971", "TS", "@SUM(A1:A9)", "=HYPERLINK(\"http://x.example\",\"bấm\")",
                        "+84 912 345 678", "-2+3", "HNHHY"),
                List.of("Lý Thị Thức " + tag, "1983", "TS", "Hóa học", "Viện Hóa", "", "", ""),
                List.of("Lý Văn Ba " + tag, "1990", "ThS", "", "", "", "", "HNHHY")))).json(), null);

        var csv = Api.download("/api/v1/members/export?format=csv&degree=TS&q=" + tag, editor);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.disposition()).startsWith("attachment").contains("hoi-vien-").contains(".csv");
        assertThat(csv.body()).startsWith((byte) 0xef, (byte) 0xbb, (byte) 0xbf);
        List<List<String>> rows = Sheets.readCsv(csv.body());
        assertThat(rows.getFirst()).containsExactlyElementsOf(Imports.headings(ImportKind.MEMBERS));
        assertThat(rows).extracting(List::getFirst).containsExactlyInAnyOrder("Họ và tên", "Lý Văn Công " + tag, "Lý Thị Thức " + tag);
        List<String> formulas = rows.stream().filter(r -> r.getFirst().equals("Lý Văn Công " + tag)).findFirst().orElseThrow();
        assertThat(formulas).contains("'@SUM(A1:A9)", "'=HYPERLINK(\"http://x.example\",\"bấm\")", "'+84 912 345 678", "'-2+3",
                "Hội Nông học tỉnh Hưng Yên", "1971", "TS", "Đang sinh hoạt");

        var xlsx = Api.download("/api/v1/members/export?q=" + tag + "&unitId=" + ImportTest.HUNG_YEN_UNIT, editor);
        assertThat(xlsx.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        List<List<String>> sheet = Sheets.readXlsx(xlsx.body());
        assertThat(sheet.getFirst()).containsExactlyElementsOf(Imports.headings(ImportKind.MEMBERS));
        assertThat(sheet).extracting(List::getFirst)
                .containsExactly("Họ và tên", "Lý Văn Ba " + tag, "Lý Văn Công " + tag);
        assertThat(sheet.get(2)).contains("'@SUM(A1:A9)", "'=HYPERLINK(\"http://x.example\",\"bấm\")", "'+84 912 345 678", "'-2+3");

        JsonNode again = Api.upload("/api/v1/imports/members", editor, "hoi-vien.xlsx", xlsx.body()).json();
        assertThat(ImportTest.problems(again)).isEmpty();
        assertThat(again.path("rowCount").asInt()).isEqualTo(2);
        assertThat(again.path("identicalCount").asInt()).as("the formulas read back as they were").isEqualTo(2);
        JsonNode csvAgain = Api.upload("/api/v1/imports/members", editor, "hoi-vien.csv", csv.body()).json();
        assertThat(csvAgain.path("identicalCount").asInt()).isEqualTo(2);
    }

    @Test
    void theUnitsExportAsXlsx() throws Exception {
        var xlsx = Api.download("/api/v1/units/export?format=XLSX", editor);
        assertThat(xlsx.status()).isEqualTo(200);
        List<List<String>> sheet = Sheets.readXlsx(xlsx.body());
        assertThat(sheet.getFirst()).containsExactly("Tên đơn vị", "Tên viết tắt", "Loại", "Lĩnh vực hoạt động",
                "Số quyết định thành lập", "Ngày quyết định", "Cơ quan ban hành", "Xã/phường", "Tỉnh/thành phố",
                "Người đứng đầu", "Điện thoại", "Email", "Trạng thái", "Ngày giải thể");
        assertThat(sheet).anySatisfy(row -> assertThat(row).startsWith("Hội Nông học tỉnh Hưng Yên", "HNHHY", "Hội thành viên"));
        assertThat(sheet.toString()).doesNotContain("Thanh Hóa", "Hải Phòng");
    }

    @Test
    void anUnknownFormatIsABadRequestNamingIt() {
        var response = vn.vusta.platform.Api.call("GET", "/api/v1/members/export?format=pdf", editor, null, "vi");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("format");
    }
}
