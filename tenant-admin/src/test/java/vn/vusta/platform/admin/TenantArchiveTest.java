package vn.vusta.platform.admin;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.vusta.platform.TenantAdminTest;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.deploy.test.TestStack;
import vn.vusta.platform.identity.Actor;
import vn.vusta.platform.lifecycle.OnboardingRequest;
import vn.vusta.platform.lifecycle.TenantOnboarding;
import vn.vusta.platform.tenancy.Tenant;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Export then restore gives identical data; damaged, foreign or misplaced archives are refused and write nothing. */
@TenantAdminTest
class TenantArchiveTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    TenantOnboarding onboarding;

    @Test
    void exportThenRestoreGivesIdenticalData() throws Exception {
        var export = call("GET", "/api/v1/tenants/thanh-hoa/export", null);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/zip");
        Map<String, byte[]> files = unzip(export.body());
        JsonNode manifest = JSON.readTree(files.get("manifest.json"));
        assertThat(manifest.path("formatVersion").asInt()).isEqualTo(1);
        assertThat(manifest.path("tenant").path("code").asString()).isEqualTo("thanh-hoa");
        assertThat(manifest.path("tables").toString()).contains("\"name\":\"unit\"", "\"rows\":4", "\"name\":\"member_census\"", "\"rows\":6");

        // A union restores only an archive of its own province; Thanh Hóa's rows, as if Hà Tĩnh had exported them.
        Tenant copy = onboard("ha-tinh", "42");
        var restored = call("POST", "/api/v1/tenants/ha-tinh/restore", ofProvince(export.body(), "42"));
        assertThat(restored.statusCode()).as(new String(restored.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(new String(restored.body(), StandardCharsets.UTF_8)).contains("\"unit\":4", "\"member_census\":6");

        UUID thanhHoa = UUID.fromString("0195d2a0-0000-7000-8000-000000000038");
        for (String table : List.of("unit", "member_census", "member", "member_unit", "member_expertise")) {
            assertThat(rowsWithoutTenant(copy.id(), table)).as(table).isEqualTo(rowsWithoutTenant(thanhHoa, table)).isNotEmpty();
        }
    }

    @Test
    void aDamagedArchiveIsRefusedAndWritesNothing() throws Exception {
        Map<String, byte[]> files = unzip(call("GET", "/api/v1/tenants/thanh-hoa/export", null).body());
        byte[] unit = files.get("tables/unit.json");
        unit[unit.length / 2] ^= 1;
        Tenant target = onboard("dien-bien", "11");
        var refused = call("POST", "/api/v1/tenants/dien-bien/restore", zip(files));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(refused.body()).path("detail").asString())
                .isEqualTo("Bản xuất bị hỏng: mã kiểm tra của bảng \"unit\" không khớp.");
        assertThat(rowsWithoutTenant(target.id(), "unit")).isEmpty();
        assertThat(JSON.readTree(call("POST", "/api/v1/tenants/dien-bien/restore", "không phải zip".getBytes()).body())
                .path("detail").asString()).startsWith("Tệp không phải là bản xuất đọc được");
    }

    /** Rows cut short, with a manifest whose checksum was made to match: refused for the rows, not the checksum. */
    @Test
    void anArchiveWhoseRowsCannotBeReadIsRefused() throws Exception {
        Map<String, byte[]> files = unzip(call("GET", "/api/v1/tenants/hung-yen/export", null).body());
        byte[] unit = "{\"fields\":[{\"name\":\"id\",\"type\":\"UUID\"}],\"records\":[[\"0195d2a0".getBytes(StandardCharsets.UTF_8);
        files.put("tables/unit.json", unit);
        ObjectNode manifest = (ObjectNode) JSON.readTree(files.get("manifest.json"));
        for (JsonNode table : manifest.path("tables")) {
            if (table.path("name").asString().equals("unit")) {
                ((ObjectNode) table).put("sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(unit)));
            }
        }
        files.put("manifest.json", JSON.writeValueAsBytes(manifest));
        Tenant target = onboard("kon-tum", "62");
        var refused = call("POST", "/api/v1/tenants/kon-tum/restore", zip(files));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(refused.body()).path("detail").asString())
                .isEqualTo("Bản xuất bị hỏng: không đọc được các dòng của bảng \"unit\".");
        assertThat(rowsWithoutTenant(target.id(), "member")).isEmpty();
    }

    @Test
    void anArchiveOfAnotherFormatVersionIsRefused() throws Exception {
        Map<String, byte[]> files = unzip(call("GET", "/api/v1/tenants/hung-yen/export", null).body());
        ObjectNode manifest = (ObjectNode) JSON.readTree(files.get("manifest.json"));
        manifest.put("formatVersion", 99);
        files.put("manifest.json", JSON.writeValueAsBytes(manifest));
        onboard("lai-chau", "12");
        var refused = call("POST", "/api/v1/tenants/lai-chau/restore", zip(files));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(refused.body()).path("detail").asString())
                .isEqualTo("Bản xuất có phiên bản định dạng 99; nền tảng này đọc phiên bản 1.");
    }

    @Test
    void aTenantWithDataIsNotOverwritten() throws Exception {
        byte[] archive = ofProvince(call("GET", "/api/v1/tenants/thanh-hoa/export", null).body(), "31");
        var refused = call("POST", "/api/v1/tenants/hai-phong/restore", archive);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(refused.body()).path("detail").asString()).startsWith("Không khôi phục vào \"hai-phong\" vì đã có dữ liệu");
    }

    @Test
    void theCommandLineExportsAndRestoresFiles() throws Exception {
        Path file = Files.createTempFile("hung-yen-", ".zip");
        var exported = CommandLineRun.of("tenants", "export", "hung-yen", "--file=" + file);
        assertThat(exported.exitCode()).as(exported.output()).isZero();
        assertThat(exported.output()).contains("Đã xuất hung-yen", "unit=1", "member=1");
        assertThat(unzip(Files.readAllBytes(file))).containsKeys("manifest.json", "tables/unit.json");
        Files.write(file, ofProvince(Files.readAllBytes(file), "14"));
        Tenant target = onboard("son-la", "14");
        var restored = CommandLineRun.of("tenants", "restore", "son-la", "--file=" + file);
        assertThat(restored.exitCode()).as(restored.output()).isZero();
        assertThat(restored.output()).contains("Đã khôi phục", "unit=1");
        assertThat(rowsWithoutTenant(target.id(), "unit")).hasSize(1);
    }

    @Test
    void aMergedTenantIsNeitherOfferedARestoreNorRestoredInto() throws Exception {
        Tenant merged = onboard("vinh-phuc", "26");
        AdminTestSupport.sql(merged.id(), "update tenant set status = 'MERGED' where id = '" + merged.id() + "'");
        byte[] archive = ofProvince(call("GET", "/api/v1/tenants/hung-yen/export", null).body(), "26");
        var refused = call("POST", "/api/v1/tenants/vinh-phuc/restore", archive);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(refused.body()).path("detail").asString()).isEqualTo("Không khôi phục vào " + merged.name()
                + ": Liên hiệp hội này đã sáp nhập vào Liên hiệp hội khác và chỉ còn để xem. Hãy khôi phục vào một Liên hiệp hội "
                + "đang hoạt động, chưa có dữ liệu, của cùng tỉnh, thành phố.");
        assertThat(rowsWithoutTenant(merged.id(), "unit")).isEmpty();
        AdminTestSupport.inBrowser((browser, wait) -> {
            AdminTestSupport.logIn(browser, wait, "platform-admin", LocalCredentials.DEMO_PASSWORD);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("restore-hai-phong")));
            assertThat(browser.findElements(By.id("restore-vinh-phuc"))).as("Khôi phục offered for a merged union").isEmpty();
            browser.get(AdminTestSupport.baseUrl() + "/tenants/vinh-phuc/restore");
            assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("not-restorable"))).getText())
                    .startsWith("Không khôi phục vào " + merged.name() + ": Liên hiệp hội này đã sáp nhập");
            assertThat(browser.findElements(By.id("archive"))).isEmpty();
        });
    }

    @Test
    void anArchiveOfAnotherProvinceIsRefused() throws Exception {
        Tenant target = onboard("hoa-binh", "17");
        var refused = call("POST", "/api/v1/tenants/hoa-binh/restore", call("GET", "/api/v1/tenants/hung-yen/export", null).body());
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(refused.body()).path("detail").asString()).isEqualTo(
                "Không khôi phục bản xuất của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hưng Yên (tỉnh, thành phố mã 33) vào "
                        + target.name() + " (mã 17): chỉ khôi phục vào Liên hiệp hội của cùng tỉnh, thành phố.");
        assertThat(rowsWithoutTenant(target.id(), "unit")).isEmpty();
    }

    /** The archive with its manifest saying it is of another province (the manifest is not checksummed; its tables are). */
    private static byte[] ofProvince(byte[] archive, String provinceCode) throws Exception {
        Map<String, byte[]> files = unzip(archive);
        ObjectNode manifest = (ObjectNode) JSON.readTree(files.get("manifest.json"));
        ((ObjectNode) manifest.path("tenant")).put("provinceCode", provinceCode);
        files.put("manifest.json", JSON.writeValueAsBytes(manifest));
        return zip(files);
    }

    private Tenant onboard(String code, String province) {
        return ScopedValue.where(Actor.CURRENT, new Actor("platform-admin")).call(() -> onboarding.onboard(
                new OnboardingRequest(code, null, province, "admin@" + code + ".example.vn", "Quản trị", "Người")))
                .tenant();
    }

    /** The tenant's rows as the owner reads them in its scope, without the tenant_id column, in key order. */
    private static List<Map<String, Object>> rowsWithoutTenant(UUID tenant, String table) throws Exception {
        try (var c = DriverManager.getConnection(TestStack.current().postgres().jdbcUrl(),
                LocalCredentials.OWNER_ROLE, LocalCredentials.OWNER_PASSWORD)) {
            c.setAutoCommit(false);
            c.createStatement().execute("select begin_tenant_scope('" + tenant + "')");
            var rows = new ArrayList<Map<String, Object>>();
            try (var rs = c.createStatement().executeQuery("select * from " + table + " order by 2, 3")) {
                var meta = rs.getMetaData();
                while (rs.next()) {
                    var row = new LinkedHashMap<String, Object>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        if (!meta.getColumnName(i).equals("tenant_id")) {
                            Object value = rs.getObject(i);
                            row.put(meta.getColumnName(i), value instanceof java.sql.Array array
                                    ? List.of((Object[]) array.getArray()) : value);
                        }
                    }
                    rows.add(row);
                }
            }
            c.rollback();
            return rows;
        }
    }

    private static Map<String, byte[]> unzip(byte[] archive) throws Exception {
        var files = new LinkedHashMap<String, byte[]>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        }
        return files;
    }

    private static byte[] zip(Map<String, byte[]> files) throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
            }
        }
        return bytes.toByteArray();
    }

    private static HttpResponse<byte[]> call(String method, String path, byte[] body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + System.getProperty("vusta.test.tenant-admin.port") + path))
                .header("Authorization", "Bearer " + KeycloakTokens.accessToken("platform-admin"));
        if (body != null) {
            request.header("Content-Type", "application/zip");
        }
        return HTTP.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
