package vn.vusta.platform.admin;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.TenantAdminTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An archive handed to a restore is bounded like an import: a zip bomb or an archive of thousands of entries is
 * refused at once, in Vietnamese naming the limit, before anything is read into the database. Hải Phòng has
 * data, so a restore that got past the limits would be refused for that instead.
 */
@TenantAdminTest
class ArchiveLimitsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aZipBombIsRefusedAtOnceNamingTheInflateRatio() throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write("{\"format\":\"vusta-tenant-archive\",\"formatVersion\":1}".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("member.json"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                zip.write(spaces);
            }
        }
        assertThat(bytes.size()).as("a few hundred KB on the wire").isLessThan(1 << 20);

        String token = KeycloakTokens.accessToken("platform-admin");
        // The first call validates the token against Keycloak's keys: not what is timed here.
        assertThat(restore("không phải zip".getBytes(StandardCharsets.UTF_8), token).statusCode()).isEqualTo(422);
        long start = System.nanoTime();
        var refused = restore(bytes.toByteArray(), token);
        assertThat((System.nanoTime() - start) / 1_000_000).as("refused at once").isLessThan(5_000);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(refused.body()).path("detail").asString())
                .contains("\"member.json\"", "gấp hơn 200 lần", "chưa có gì được ghi");
    }

    @Test
    void anArchiveOfThousandsOfEntriesIsRefusedNamingTheLimit() throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < 1_000; i++) {
                zip.putNextEntry(new ZipEntry("t" + i + ".json"));
                zip.write('x');
            }
        }
        var refused = restore(bytes.toByteArray(), KeycloakTokens.accessToken("platform-admin"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(refused.body()).path("detail").asString())
                .contains("hơn 500 tệp", "chưa có gì được ghi");
    }

    private static HttpResponse<byte[]> restore(byte[] archive, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                                + System.getProperty("vusta.test.tenant-admin.port") + "/api/v1/tenants/hai-phong/restore"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/zip")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(archive)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
