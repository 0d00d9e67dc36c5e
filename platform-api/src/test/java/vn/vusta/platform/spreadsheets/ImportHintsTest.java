package vn.vusta.platform.spreadsheets;

import org.junit.jupiter.api.Test;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a secretariat's file usually gets wrong is either read as meant or refused saying what to do: an
 * OpenDocument sheet, UTF-16 text, phone numbers Excel kept as numbers, "ThS.BS" in the titles column.
 */
@PlatformApiTest
class ImportHintsTest {

    private final String editor = KeycloakTokens.accessToken("hung-yen-editor");
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anOdsSheetIsRefusedSayingToSaveItAsXlsxOrCsvUtf8() throws IOException {
        var refused = Api.upload("/api/v1/imports/members", editor, "danh-sach-" + tag + ".ods", ods());
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("detail").asString())
                .contains("OpenDocument", ".xlsx", "CSV UTF-8").doesNotContain("Không đọc được");
    }

    @Test
    void utf16TextWithOrWithoutByteOrderMarkIsRead() {
        String text = "Họ và tên;Năm sinh\r\nNguyễn Văn Hòa " + tag + ";1980\r\nĐặng Thị Ánh " + tag + ";1985\r\n";
        var files = new java.util.LinkedHashMap<String, byte[]>();
        files.put("utf16le-nobom", text.getBytes(StandardCharsets.UTF_16LE));
        files.put("utf16be-nobom", text.getBytes(StandardCharsets.UTF_16BE));
        files.put("utf16le-bom", ("\ufeff" + text).getBytes(StandardCharsets.UTF_16LE));
        files.forEach((name, bytes) -> {
            var preview = Api.upload("/api/v1/imports/members", editor, name + ".csv", bytes);
            assertThat(preview.status()).as(name + ": " + preview.body()).isEqualTo(201);
            assertThat(ImportTest.problems(preview.json())).as(name).isEmpty();
            assertThat(preview.json().path("sample").toString()).as(name)
                    .contains("Nguyễn Văn Hòa " + tag, "Đặng Thị Ánh " + tag);
        });
    }

    @Test
    void aPhoneKeptAsANumberGetsItsLeadingZeroBackAndTheRowSaysSo() throws IOException {
        byte[] file = Sheets.xlsx(List.of(List.<Object>of("Họ và tên", "Năm sinh", "Điện thoại"),
                List.<Object>of("Lê Văn Số " + tag, 1980, 912345678),
                List.<Object>of("Lê Thị Bàn " + tag, 1981, "9.12345679E8"),
                List.<Object>of("Lê Văn Máy " + tag, 1982, 2253812345L)));
        var preview = Api.upload("/api/v1/imports/members", editor, "so-" + tag + ".xlsx", file);
        assertThat(preview.status()).as(preview.body()).isEqualTo(201);
        assertThat(ImportTest.problems(preview.json())).isEmpty();
        assertThat(preview.json().path("confirmable").asBoolean()).isTrue();
        var notes = new java.util.ArrayList<String>();
        preview.json().path("notes").forEach(n -> notes.add(n.path("row").asInt() + " | " + n.path("message").asString()));
        assertThat(notes).hasSize(3)
                .anySatisfy(n -> assertThat(n).startsWith("2 |").contains("0912345678"))
                .anySatisfy(n -> assertThat(n).startsWith("3 |").contains("0912345679"))
                .anySatisfy(n -> assertThat(n).startsWith("4 |").contains("02253812345"));

        var confirmed = Api.call("POST", "/api/v1/imports/" + preview.json().path("id").asString() + "/confirm", editor,
                "{\"duplicates\": \"SKIP\"}", "vi");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        var found = Api.get("/api/v1/members?q=" + java.net.URLEncoder.encode("le van so " + tag, StandardCharsets.UTF_8), editor);
        String id = found.json().path("items").get(0).path("id").asString();
        assertThat(Api.get("/api/v1/members/" + id, editor).json().path("phone").asString()).isEqualTo("0912345678");
    }

    @Test
    void titlesAndDegreesWrittenTogetherAreUnderstood() {
        List<String> headings = List.of("Họ và tên", "Năm sinh", "Học hàm, học vị");
        var rows = new java.util.ArrayList<List<String>>();
        rows.add(headings);
        List<String> written = List.of("ThS.BS", "TS.BS", "PGS.TS", "ThS. BS.", "PGS.TS.BS", "BSCKII", "Th.S");
        for (int i = 0; i < written.size(); i++) {
            rows.add(List.of("Phạm Văn Học " + tag + " " + (char) ('a' + i), String.valueOf(1970 + i), written.get(i)));
        }
        var preview = Api.upload("/api/v1/imports/members", editor, "hocvi-" + tag + ".csv", Sheets.csv(';', true, rows));
        assertThat(preview.status()).as(preview.body()).isEqualTo(201);
        assertThat(ImportTest.problems(preview.json())).isEmpty();
    }

    /** An OpenDocument spreadsheet's first bytes: its uncompressed "mimetype" entry, then its content. */
    private static byte[] ods() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
            var entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            var crc = new CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
