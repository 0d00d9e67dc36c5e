package vn.vusta.platform.spreadsheets;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.tenancy.TenantTransactions;
import vn.vusta.platform.tenancy.Tenants;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vusta.platform.db.jooq.Tables.REGISTRY_IMPORT;

/**
 * Imports read bounded input: a zip bomb or a giant cell is refused at once with a Vietnamese refusal naming the
 * limit, nothing kept; a CSV saved in an encoding that damaged its Vietnamese is refused naming the encoding to save
 * in; the sheet read is the first one the user sees. The bombs are built here, in code.
 */
@PlatformApiTest
class ImportLimitsTest {

    private static final List<String> HEADINGS = List.of("Họ và tên", "Năm sinh", "Email");

    @Autowired
    DSLContext db;
    @Autowired
    TenantTransactions transactions;
    @Autowired
    Tenants tenants;

    private final String editor = KeycloakTokens.accessToken("hung-yen-editor");
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aSmallXlsxThatInflatesToHundredsOfMegabytesIsRefusedAtOnceNamingTheLimit() throws IOException {
        byte[] sheet = Sheets.xlsx(List.of(List.<Object>of("Họ và tên", "Năm sinh"), List.<Object>of("Lê Thị Mai " + tag, 1980)));
        byte[] bomb = padded(sheet, 300L << 20);
        assertThat(bomb.length).as("a few hundred KB on the wire").isLessThan(1 << 20);

        var refused = timedUpload("bom-" + tag + ".xlsx", bomb);
        assertThat(refused.json().path("detail").asString()).contains("giải nén").contains("lần");
        assertNothingKept("bom-" + tag + ".xlsx");
    }

    @Test
    void aSmallXlsxHoldingOneTwentyMegabyteCellIsRefusedWithoutEchoingIt() throws IOException {
        byte[] bomb = Sheets.xlsx(List.of(List.<Object>of("Họ và tên", "Năm sinh"), List.<Object>of("A".repeat(20 << 20), 1980)));
        assertThat(bomb.length).isLessThan(1 << 20);

        var refused = timedUpload("o-lon-" + tag + ".xlsx", bomb);
        assertThat(refused.body().length()).as("the cell is not echoed").isLessThan(2_000);
        assertNothingKept("o-lon-" + tag + ".xlsx");
    }

    @Test
    void aCellLongerThanTheLimitIsRefusedNamingRowColumnAndLimit() throws IOException {
        var text = new StringBuilder();
        var random = new java.util.Random(15);
        while (text.length() < 3_000) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        byte[] file = Sheets.xlsx(List.of(List.<Object>of("Họ và tên", "Năm sinh", "Cơ quan công tác"),
                List.<Object>of("Lê Văn Tâm " + tag, 1980, text.toString())));

        var refused = timedUpload("dai-" + tag + ".xlsx", file);
        assertThat(refused.json().path("detail").asString()).contains("dòng 2", "cột C", "2.000 ký tự");
        assertThat(refused.body()).doesNotContain(text.substring(0, 100));
    }

    @Test
    void aSheetWithTensOfThousandsOfBlankRowsBeforeItsDataIsRefusedNamingTheLimit() throws IOException {
        byte[] file = Sheets.xlsx(List.of(List.<Object>of("Họ và tên", "Năm sinh"), List.<Object>of("Lê Văn Tâm " + tag, 1980)));
        byte[] spaced = Sheets.xlsx(List.of(List.<Object>of("Họ và tên", "Năm sinh")));
        // A row far below the heading, as when a stray cell sits at the bottom of the sheet.
        spaced = withRowAt(spaced, 60_000, "Lê Văn Tâm " + tag);
        assertThat(Api.upload("/api/v1/imports/members", editor, "ok-" + tag + ".xlsx", file).status()).isEqualTo(201);

        var refused = timedUpload("trong-" + tag + ".xlsx", spaced);
        assertThat(refused.json().path("detail").asString()).contains("dòng trống liền nhau");
    }

    @Test
    void aWindows1252CsvIsRefusedNamingTheEncodingToSaveIn() {
        // English Windows saves "Nguyễn Văn Hòa" as "Nguy?n V?n Hòa", the ò as byte F2.
        String text = "Họ và tên;Năm sinh\r\nNguy?n V?n Hòa " + tag + ";1980\r\nTr?n Th? Ng?c Ánh " + tag + ";1985\r\n";
        byte[] file = text.getBytes(Charset.forName("windows-1252"));

        var refused = Api.upload("/api/v1/imports/members", editor, "cp1252-" + tag + ".csv", file);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("file");
        assertThat(refused.json().path("detail").asString()).contains("Windows-1252", "Lưu tệp dưới dạng CSV UTF-8");
        assertNothingKept("cp1252-" + tag + ".csv");
    }

    @Test
    void aVietnameseWindowsCsvAndUtf8AndUtf16FilesAreAllReadRight() {
        List<List<String>> rows = List.of(HEADINGS, List.of("Nguyễn Văn Hòa " + tag, "1980", ""),
                List.of("Trần Thị Ngọc Ánh " + tag, "1985", ""));
        String text = String.join("\r\n", rows.stream().map(r -> String.join(";", r)).toList()) + "\r\n";
        // Windows-1258 as Vietnamese Excel writes it: base letters followed by combining tone marks.
        String decomposed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replace("\u0065\u0302", "\u00ea").replace("\u0061\u0306", "\u0103").replace("\u0061\u0302", "\u00e2")
                .replace("\u006f\u0302", "\u00f4").replace("\u006f\u031b", "\u01a1").replace("\u0075\u031b", "\u01b0")
                .replace("\u0041\u0302", "\u00c2");
        var files = new java.util.LinkedHashMap<String, byte[]>();
        files.put("utf8", text.getBytes(StandardCharsets.UTF_8));
        files.put("utf8bom", ("\ufeff" + text).getBytes(StandardCharsets.UTF_8));
        files.put("utf16le", ("\ufeff" + text).getBytes(StandardCharsets.UTF_16LE));
        files.put("utf16be", ("\ufeff" + text).getBytes(StandardCharsets.UTF_16BE));
        files.put("cp1258", decomposed.getBytes(Charset.forName("windows-1258")));
        files.forEach((name, bytes) -> {
            var preview = Api.upload("/api/v1/imports/members", editor, name + ".csv", bytes);
            assertThat(preview.status()).as(name + ": " + preview.body()).isEqualTo(201);
            assertThat(ImportTest.problems(preview.json())).as(name).isEmpty();
            assertThat(preview.json().path("sample").toString()).as(name)
                    .contains("Nguyễn Văn Hòa " + tag, "Trần Thị Ngọc Ánh " + tag);
        });
    }

    @Test
    void aQuestionMarkOrReplacementCharacterInANameIsAProblemOfThatRow() {
        byte[] file = Sheets.csv(';', true, List.of(HEADINGS, List.of("Nguy?n Văn Hòa " + tag, "1980", ""),
                List.of("Lê Văn Tâm " + tag, "1981", ""), List.of("Tr\ufffdn Thị Ánh " + tag, "1985", "")));
        var preview = Api.upload("/api/v1/imports/members", editor, "hong-" + tag + ".csv", file);
        assertThat(preview.status()).isEqualTo(201);
        assertThat(ImportTest.problems(preview.json())).hasSize(2)
                .allSatisfy(line -> assertThat(line).contains("Họ và tên", "hỏng"))
                .anySatisfy(line -> assertThat(line).startsWith("2 |"))
                .anySatisfy(line -> assertThat(line).startsWith("4 |"));
        assertThat(preview.json().path("confirmable").asBoolean()).isFalse();
    }

    @Test
    void anXlsxWhoseFirstSheetIsHiddenIsReadFromTheFirstVisibleSheet() throws IOException {
        byte[] file = hiddenFirstSheet(tag);
        var preview = Api.upload("/api/v1/imports/members", editor, "an-" + tag + ".xlsx", file);
        assertThat(preview.status()).as(preview.body()).isEqualTo(201);
        assertThat(preview.json().path("sample").toString()).contains("Hiển Thị " + tag).doesNotContain("Bị Ẩn");
    }

    private Api.Response timedUpload(String name, byte[] file) {
        // The first call of a token is checked at Keycloak (introspection, signing keys): not the upload's time.
        assertThat(Api.get("/api/v1/me", editor).status()).isEqualTo(200);
        long start = System.nanoTime();
        var refused = Api.upload("/api/v1/imports/members", editor, name, file);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        // Unbounded, the bomb was read for 23 s; bounded, it is refused within its first MB (~0,1 s on a quiet machine).
        assertThat(millis).as("refused at once").isLessThan(5_000);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("file");
        assertThat(refused.json().path("detail").asString()).contains("Tệp \"" + name + "\"");
        return refused;
    }

    private void assertNothingKept(String fileName) {
        var hungYen = tenants.findByCode("hung-yen").orElseThrow();
        assertThat(transactions.inTenant(hungYen, () -> db.fetchCount(REGISTRY_IMPORT, REGISTRY_IMPORT.FILE_NAME.eq(fileName))))
                .as("the upload is discarded").isZero();
    }

    /** The workbook with {@code padding} bytes of spaces (legal XML whitespace) inside its sheet's data. */
    private static byte[] padded(byte[] xlsx, long padding) throws IOException {
        return rewrite(xlsx, (name, content, out) -> {
            if (!name.startsWith("xl/worksheets/sheet")) {
                out.write(content);
                return;
            }
            String xml = new String(content, StandardCharsets.UTF_8);
            int at = xml.indexOf("<sheetData>") + "<sheetData>".length();
            out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (long written = 0; written < padding; written += spaces.length) {
                out.write(spaces);
            }
            out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
        });
    }

    /** The workbook with one more row, number {@code row}, holding {@code text} in its first cell. */
    private static byte[] withRowAt(byte[] xlsx, int row, String text) throws IOException {
        return rewrite(xlsx, (name, content, out) -> {
            String xml = new String(content, StandardCharsets.UTF_8);
            if (name.startsWith("xl/worksheets/sheet")) {
                xml = xml.replace("</sheetData>", "<row r=\"" + row + "\"><c r=\"A" + row + "\" t=\"inlineStr\"><is><t>"
                        + text + "</t></is></c><c r=\"B" + row + "\"><v>1980</v></c></row></sheetData>");
                xml = xml.replaceAll("<dimension ref=\"[^\"]*\"/>", "");
            }
            out.write(xml.getBytes(StandardCharsets.UTF_8));
        });
    }

    /** Two sheets: the first hidden, holding a stale list; the second the one the user sees. */
    private static byte[] hiddenFirstSheet(String tag) throws IOException {
        var out = new ByteArrayOutputStream();
        var workbook = new org.dhatim.fastexcel.Workbook(out, "Test", "1.0");
        var hidden = workbook.newWorksheet("Cũ");
        hidden.value(0, 0, "Họ và tên");
        hidden.value(1, 0, "Người Bị Ẩn " + tag);
        hidden.setVisibilityState(org.dhatim.fastexcel.VisibilityState.HIDDEN);
        var shown = workbook.newWorksheet("Danh sách");
        shown.value(0, 0, "Họ và tên");
        shown.value(1, 0, "Người Hiển Thị " + tag);
        workbook.setActiveTab(1);
        workbook.finish();
        return out.toByteArray();
    }

    private interface EntryWriter {
        void write(String name, byte[] content, java.io.OutputStream out) throws IOException;
    }

    private static byte[] rewrite(byte[] xlsx, EntryWriter writer) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var in = org.apache.commons.compress.archivers.zip.ZipFile.builder()
                .setSeekableByteChannel(new org.apache.commons.compress.utils.SeekableInMemoryByteChannel(xlsx)).get();
             var zip = new ZipOutputStream(out)) {
            for (var entries = in.getEntries(); entries.hasMoreElements(); ) {
                var entry = entries.nextElement();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                try (var content = in.getInputStream(entry)) {
                    writer.write(entry.getName(), content.readAllBytes(), zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
