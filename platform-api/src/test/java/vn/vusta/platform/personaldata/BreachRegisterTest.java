package vn.vusta.platform.personaldata;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The breach register through the API (issue 20): Thanh Hóa's administrator records a breach, sees its deadline (72
 * hours from detection) and whether it is overdue, records its notification; Hải Phòng's breach is not found;
 * bad input names the field in Vietnamese; both writes are in the audit log; an editor is refused.
 */
@PlatformApiTest
class BreachRegisterTest {

    /** Hải Phòng's demo breach (R__demo_tenants_personaldata.sql). */
    private static final String HAI_PHONG_BREACH = "0195d2a0-0031-7000-8060-000000000001";

    @Test
    void aBreachIsRecordedWithItsDeadlineAndIsOverdueUntilNotified() {
        String admin = KeycloakTokens.accessToken("thanh-hoa-admin");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        OffsetDateTime detected = OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(80).truncatedTo(ChronoUnit.MINUTES);
        var created = Api.call("POST", "/api/v1/personal-data/breaches", admin, """
                {"detectedAt": "%s", "description": "Gửi nhầm danh sách hội viên %s cho một đơn vị ngoài",
                 "dataCategories": "Họ tên, thư điện tử", "personsAffected": 35,
                 "consequences": "Lộ thư điện tử của 35 hội viên", "measures": "Đề nghị đơn vị nhận xóa thư"}"""
                .formatted(detected, tag), "vi");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode breach = created.json();
        String id = breach.path("id").asString();
        assertThat(OffsetDateTime.parse(breach.path("notificationDeadline").asString()))
                .isEqualTo(detected.plusHours(72));
        assertThat(breach.path("overdue").asBoolean()).as("80 hours after detection, not notified").isTrue();
        assertThat(breach.path("recordedBy").asString()).isEqualTo("thanh-hoa-admin");

        JsonNode read = Api.get("/api/v1/personal-data/breaches/" + id, admin).json();
        assertThat(read.path("description").asString()).contains(tag);
        assertThat(Api.get("/api/v1/personal-data/breaches", admin).body()).contains(id).doesNotContain(HAI_PHONG_BREACH);

        // A notification before the detection is refused, naming the field.
        var early = Api.call("POST", "/api/v1/personal-data/breaches/" + id + "/notification", admin,
                "{\"authorityNotifiedAt\": \"%s\"}".formatted(detected.minusHours(1)), "vi");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().path("errors").get(0).path("field").asString()).isEqualTo("authorityNotifiedAt");
        assertThat(early.json().path("errors").get(0).path("message").asString())
                .isEqualTo("thời điểm thông báo không được trước thời điểm phát hiện");

        OffsetDateTime notified = detected.plusHours(70);
        var notification = Api.call("POST", "/api/v1/personal-data/breaches/" + id + "/notification", admin, """
                {"authorityNotifiedAt": "%s", "note": "Gửi thông báo cho cơ quan chuyên trách"}""".formatted(notified), "vi");
        assertThat(notification.status()).as(notification.body()).isEqualTo(200);
        assertThat(OffsetDateTime.parse(notification.json().path("authorityNotifiedAt").asString())).isEqualTo(notified);
        assertThat(notification.json().path("overdue").asBoolean()).isFalse();
        assertThat(notification.json().path("notificationRecordedBy").asString()).isEqualTo("thanh-hoa-admin");

        assertThat(Api.get("/api/v1/audit?action=personal-data-breach.recorded", admin).body()).contains(id);
        assertThat(Api.get("/api/v1/audit?action=personal-data-breach.notified", admin).body()).contains(id);
    }

    @Test
    void anotherUnionsBreachIsNotFound() {
        String admin = KeycloakTokens.accessToken("thanh-hoa-admin");
        var read = Api.call("GET", "/api/v1/personal-data/breaches/" + HAI_PHONG_BREACH, admin, null, "vi");
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.body()).doesNotContain("Máy tính xách tay");
        var notify = Api.call("POST", "/api/v1/personal-data/breaches/" + HAI_PHONG_BREACH + "/notification", admin,
                "{\"authorityNotifiedAt\": \"2026-02-11T15:00:00+07:00\"}", "vi");
        assertThat(notify.status()).isEqualTo(404);
        // Its own administrator reads it: the id aimed at is real.
        assertThat(Api.get("/api/v1/personal-data/breaches/" + HAI_PHONG_BREACH,
                KeycloakTokens.accessToken("hai-phong-admin")).status()).isEqualTo(200);
    }

    @Test
    void badInputNamesTheFieldInVietnamese() {
        String admin = KeycloakTokens.accessToken("thanh-hoa-admin");
        var missing = Api.call("POST", "/api/v1/personal-data/breaches", admin, """
                {"description": "", "dataCategories": "Họ tên", "personsAffected": -1, "consequences": "Không rõ",
                 "measures": "Đang xác minh"}""", "vi");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().path("errors").toString())
                .contains("\"field\":\"detectedAt\"", "hãy ghi thời điểm phát hiện vi phạm")
                .contains("\"field\":\"description\"", "hãy ghi sự việc đã xảy ra")
                .contains("\"field\":\"personsAffected\"", "số người bị ảnh hưởng không được âm");

        var future = Api.call("POST", "/api/v1/personal-data/breaches", admin, """
                {"detectedAt": "%s", "description": "Sự việc", "dataCategories": "Họ tên", "personsAffected": 1,
                 "consequences": "Không rõ", "measures": "Đang xác minh"}""".formatted(OffsetDateTime.now().plusDays(1)), "vi");
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.json().path("errors").get(0).path("field").asString()).isEqualTo("detectedAt");
        assertThat(future.json().path("errors").get(0).path("message").asString())
                .isEqualTo("thời điểm phát hiện không được ở sau thời điểm hiện tại");
    }

    @Test
    void onlyTheUnionsAdministratorsKeepTheRegister() {
        String editor = KeycloakTokens.accessToken("thanh-hoa-editor");
        assertThat(Api.get("/api/v1/personal-data/breaches", editor).status()).isEqualTo(403);
        assertThat(Api.get("/api/v1/personal-data/processing-activities", editor).status()).isEqualTo(403);
    }
}
