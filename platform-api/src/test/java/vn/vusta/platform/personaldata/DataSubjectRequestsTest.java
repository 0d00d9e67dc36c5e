package vn.vusta.platform.personaldata;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register of the data subjects' requests (issue 20): each kind's last day counted from the day it came (10 days
 * to see, correct or provide the data; 15 to erase, restrict, object or withdraw), the answer recorded once, a refusal
 * with its reason; the union's administrators alone keep it; an erased person's request keeps its kind and days only.
 */
@PlatformApiTest
class DataSubjectRequestsTest {

    static final String HAI_PHONG_UNIT = "0195d2a0-0031-7000-8000-000000000002";

    @Test
    void eachRequestHasTheLawsLastDayAndIsAnsweredOnce() {
        String admin = KeycloakTokens.accessToken("hai-phong-admin");
        String member = member(admin);
        LocalDate today = VietnamTime.today();

        var access = receive(admin, member, "ACCESS", today.minusDays(20), "Xin bản sao dữ liệu");
        assertThat(access.status()).as(access.body()).isEqualTo(201);
        assertThat(access.json().path("dueOn").asString()).isEqualTo(today.minusDays(10).toString());
        var withdrawal = receive(admin, member, "WITHDRAWAL", today.minusDays(1), null);
        assertThat(withdrawal.json().path("dueOn").asString()).isEqualTo(today.plusDays(14).toString());
        var erasure = receive(admin, member, "ERASURE", today, null);
        assertThat(erasure.json().path("dueOn").asString()).isEqualTo(today.plusDays(15).toString());

        JsonNode register = Api.get("/api/v1/personal-data/requests", admin).json();
        assertThat(register.toString()).contains(access.json().path("id").asString());
        String accessId = access.json().path("id").asString();

        var noReason = Api.call("POST", "/api/v1/personal-data/requests/" + accessId + "/answer", admin, """
                {"answeredOn": "%s", "outcome": "REFUSED"}""".formatted(today), "vi");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body()).contains("\"field\":\"answer\"").contains("lý do");
        var beforeReceived = Api.call("POST", "/api/v1/personal-data/requests/" + accessId + "/answer", admin, """
                {"answeredOn": "%s", "outcome": "DONE"}""".formatted(today.minusDays(30)), "vi");
        assertThat(beforeReceived.status()).isEqualTo(422);
        assertThat(beforeReceived.body()).contains("\"field\":\"answeredOn\"");
        assertThat(Api.get("/api/v1/personal-data/requests/" + accessId, admin).json().path("answeredOn").isNull())
                .as("nothing half-written").isTrue();

        var done = Api.call("POST", "/api/v1/personal-data/requests/" + accessId + "/answer", admin, """
                {"answeredOn": "%s", "outcome": "DONE", "answer": "Đã gửi hồ sơ dữ liệu cá nhân"}""".formatted(today), null);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().path("outcome").asString()).isEqualTo("DONE");
        var again = Api.call("POST", "/api/v1/personal-data/requests/" + accessId + "/answer", admin, """
                {"answeredOn": "%s", "outcome": "DONE"}""".formatted(today), "vi");
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void theRegisterIsTheAdministratorsAndNamesWhatIsWrong() {
        String admin = KeycloakTokens.accessToken("hai-phong-admin");
        assertThat(Api.get("/api/v1/personal-data/requests", KeycloakTokens.accessToken("hai-phong-editor")).status())
                .isEqualTo(403);
        var unknown = receive(admin, UUID.randomUUID().toString(), "ACCESS", VietnamTime.today(), null);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body()).contains("\"field\":\"memberId\"");
        var noKind = Api.call("POST", "/api/v1/personal-data/requests", admin, """
                {"memberId": "%s", "receivedOn": "%s"}""".formatted(member(admin), VietnamTime.today()), "vi");
        assertThat(noKind.status()).isEqualTo(422);
        assertThat(noKind.body()).contains("\"field\":\"kind\"").contains("Chọn loại yêu cầu");
        var future = receive(admin, member(admin), "ACCESS", VietnamTime.today().plusDays(3), null);
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.body()).contains("\"field\":\"receivedOn\"");
    }

    @Test
    void anErasedPersonsRequestKeepsItsKindAndDaysOnly() {
        String admin = KeycloakTokens.accessToken("hai-phong-admin");
        String member = member(admin);
        var erasure = receive(admin, member, "ERASURE", VietnamTime.today(), "Tôi, Nguyễn Văn Riêng, đề nghị xóa dữ liệu");
        String id = erasure.json().path("id").asString();
        assertThat(Api.call("POST", "/api/v1/members/" + member + "/erasure", admin, null, null).status()).isEqualTo(204);
        Api.call("POST", "/api/v1/personal-data/requests/" + id + "/answer", admin, """
                {"answeredOn": "%s", "outcome": "DONE"}""".formatted(VietnamTime.today()), null);
        JsonNode request = Api.get("/api/v1/personal-data/requests/" + id, admin).json();
        assertThat(request.path("kind").asString()).isEqualTo("ERASURE");
        assertThat(request.path("outcome").asString()).isEqualTo("DONE");
        assertThat(request.path("memberName").isNull()).isTrue();
        assertThat(request.toString()).doesNotContain("Riêng");
    }

    static Api.Response receive(String token, String memberId, String kind, LocalDate receivedOn, String details) {
        return Api.call("POST", "/api/v1/personal-data/requests", token, """
                {"memberId": "%s", "kind": "%s", "receivedOn": "%s"%s}""".formatted(memberId, kind, receivedOn,
                details == null ? "" : ", \"details\": \"" + details + "\""), "vi");
    }

    static String member(String token) {
        var created = Api.call("POST", "/api/v1/members", token, """
                {"fullName": "Trịnh Văn Yêu Cầu", "unitIds": ["%s"]}""".formatted(HAI_PHONG_UNIT), null);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }
}
