package vn.vusta.platform.singleserver;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.deploy.ColdBackup;
import vn.vusta.platform.deploy.DataFolder;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.LocalStack;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vusta.platform.singleserver.SingleServer.*;

/**
 * deploy/run-local on one data folder, as its user sees it: what a union entered (a member, an event with its
 * attached file, a report) is there after a stop and a start; a cold backup, a change, and the restore give back
 * every table of both databases and every stored file as they were; {@code --fresh} leaves nothing of it.
 * The stack and platform-api start on the launcher's own settings ({@link LocalStack#springProperties()}).
 */
class DataKeptAcrossRestartsTest {

    private static final String HUNG_YEN_AGRONOMISTS = "0195d2a0-0033-7000-8000-000000000001";
    private static final byte[] MINUTES = "Biên bản tọa đàm, lưu giữ qua các lần khởi động".getBytes(StandardCharsets.UTF_8);

    private final LocalStack.Ports ports = LocalStack.Ports.free();

    private record Written(String member, String memberName, String event, String file, String report) {
    }

    @Test
    void whatAUnionEnteredSurvivesARestartABackupAndRestoreBringBackEverythingAndFreshStartsOver(@TempDir Path temp) throws Exception {
        Path backup = temp.resolve("backups/vusta.tar.gz");
        try (DataFolder folder = DataFolder.open(temp.resolve("data"))) {
            assertThat(folder.isNew()).isTrue();
            assertThatThrownBy(() -> DataFolder.open(folder.root()))
                    .as("a second launcher on the same folder")
                    .isInstanceOf(DataFolder.InUse.class)
                    .hasMessageContaining(folder.root().toString()).hasMessageContaining("in use");

            // First start: a new folder gets the demo; the union enters its data.
            Written written = withPlatform(folder, true, (stack, token) -> write(token));

            // A cold backup; then a change to both databases and the files; the restore takes it back.
            ColdBackup.backup(folder, backup);
            var before = checksums(folder);
            withStack(folder, stack -> {
                execute(ports.postgres(), LocalCredentials.DATABASE, "update event set title = 'Đã sửa sau sao lưu' where id = '" + written.event() + "'");
                execute(ports.postgres(), "keycloak", "update user_entity set email = 'changed@example.vn' where username = 'hung-yen-editor'");
            });
            Files.writeString(folder.files().resolve("after-the-backup.txt"), "not in the backup");
            assertThat(checksums(folder)).isNotEqualTo(before);
            ColdBackup.restore(folder, backup);
            assertThat(checksums(folder)).isEqualTo(before);

            // Second start on the same folder: everything is read back through the API, no demo script ran again.
            withPlatform(folder, false, (stack, token) -> {
                JsonNode member = call(ports.platformApi(), "GET", "/api/v1/members/" + written.member(), token, null).json();
                assertThat(member.path("fullName").asString()).isEqualTo(written.memberName());
                var event = call(ports.platformApi(), "GET", "/api/v1/events/" + written.event(), token, null);
                assertThat(event.status()).isEqualTo(200);
                assertThat(event.json().path("title").asString()).isEqualTo("Tọa đàm giữ dữ liệu");
                assertThat(download(ports.platformApi(), "/api/v1/files/" + written.file(), token)).isEqualTo(MINUTES);
                var report = call(ports.platformApi(), "GET", "/api/v1/reports/" + written.report(), token, null);
                assertThat(report.status()).isEqualTo(200);
                assertThat(report.json().path("status").asString()).isEqualTo("DRAFT");
                return null;
            });

            // --fresh: the same folder starts from nothing (the first start above showed what a new folder gets).
            folder.deleteState();
            assertThat(folder.isNew()).isTrue();
            assertThat(fileChecksums(folder.files())).isEmpty();
            withStack(folder, stack -> {
                assertThat(stack.newDatabase()).isTrue();
                assertThat(count(ports.postgres(), LocalCredentials.DATABASE,
                        "select count(*) from pg_tables where schemaname = 'public'")).as("tables of the platform").isZero();
                assertThat(count(ports.postgres(), "keycloak",
                        "select count(*) from pg_tables where schemaname = 'public'")).as("tables of Keycloak").isZero();
            });
        }
    }

    private Written write(String token) {
        String name = "Nguyễn Thị Lưu Giữ";
        var member = call(ports.platformApi(), "POST", "/api/v1/members", token, """
                {"fullName": "%s", "gender": "FEMALE", "birthYear": 1980, "unitIds": ["%s"]}""".formatted(name, HUNG_YEN_AGRONOMISTS));
        assertThat(member.status()).as(member.body()).isEqualTo(201);
        var event = call(ports.platformApi(), "POST", "/api/v1/events", token, """
                {"kind": "ROUND_TABLE", "title": "Tọa đàm giữ dữ liệu", "startsOn": "2031-03-05", "endsOn": "2031-03-05",
                 "mode": "IN_PERSON", "place": "Hội trường", "provinceCode": "33", "participantCount": 10}""");
        assertThat(event.status()).as(event.body()).isEqualTo(201);
        String eventId = event.json().path("id").asString();
        var file = upload(ports.platformApi(), "/api/v1/events/" + eventId + "/attachments", token, "bien-ban.txt", MINUTES);
        assertThat(file.status()).as(file.body()).isEqualTo(201);
        var report = call(ports.platformApi(), "POST", "/api/v1/reports", token, "{\"periodId\": \"" + openPeriod(token) + "\"}");
        assertThat(report.status()).as(report.body()).isEqualTo(201);
        return new Written(member.json().path("id").asString(), name, eventId, file.json().path("id").asString(),
                report.json().path("id").asString());
    }

    /** A reporting period of Hưng Yên without a report yet. */
    private String openPeriod(String token) {
        for (int year = 2022; year <= 2026; year++) {
            for (JsonNode p : call(ports.platformApi(), "GET", "/api/v1/reports?year=" + year, token, null).json()) {
                if (p.path("reportId").isNull() || p.path("reportId").isMissingNode()) {
                    return p.path("period").path("id").asString();
                }
            }
        }
        throw new AssertionError("Hưng Yên has no period without a report");
    }

    private interface WithPlatform<T> {
        T run(LocalStack stack, String editorToken) throws Exception;
    }

    private interface WithStack {
        void run(LocalStack stack) throws Exception;
    }

    /** The stack (with Keycloak) and platform-api on the folder, as deploy/run-local starts them; stopped after. */
    private <T> T withPlatform(DataFolder folder, boolean expectNewDatabase, WithPlatform<T> work) throws Exception {
        try (var stack = LocalStack.start(ports, true, folder, LocalStack.Settings.LOCAL)) {
            assertThat(stack.newDatabase()).as("the demo goes only into a new database").isEqualTo(expectNewDatabase);
            try (var app = platformApi(ports.platformApi(), stack.springProperties())) {
                String token = token(stack.keycloakUrl(), "vusta", "platform-dev-cli", "hung-yen-editor", LocalCredentials.DEMO_PASSWORD);
                return work.run(stack, token);
            }
        }
    }

    private void withStack(DataFolder folder, WithStack work) throws Exception {
        try (var stack = LocalStack.start(ports, false, folder, LocalStack.Settings.LOCAL)) {
            work.run(stack);
        }
    }

    /** Every table of both databases, and every stored file. */
    private Map<String, Object> checksums(DataFolder folder) throws Exception {
        var checksums = new java.util.LinkedHashMap<String, Object>();
        withStack(folder, stack -> {
            checksums.put("vusta", tableChecksums(ports.postgres(), LocalCredentials.DATABASE));
            checksums.put("keycloak", tableChecksums(ports.postgres(), "keycloak"));
        });
        checksums.put("files", fileChecksums(folder.files()));
        assertThat(checksums.get("vusta").toString()).contains("public.member=", "public.event=", "public.report=");
        assertThat(checksums.get("keycloak").toString()).contains("public.user_entity=");
        return checksums;
    }
}
