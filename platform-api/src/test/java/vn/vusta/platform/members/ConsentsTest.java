package vn.vusta.platform.members;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consents per purpose under Law 91/2025/QH15 (issue 20): each given and withdrawn as a record with its day, way and
 * evidence; a withdrawal stops that purpose's processing at once — the national expert directory and the event's
 * contacts leave the person out — and consents given under Decree 13/2023/NĐ-CP stay valid, marked as such.
 */
@PlatformApiTest
class ConsentsTest {

    private static final String HAI_PHONG_UNIT = "0195d2a0-0031-7000-8000-000000000002";

    @Test
    void aWithdrawalStopsTheExpertDirectoryAndTheEventContactsForThatPersonAtOnce() {
        String editor = KeycloakTokens.accessToken("hai-phong-editor");
        String reviewer = KeycloakTokens.accessToken("national-reviewer");
        String word = letters();
        String name = "Vũ Minh " + word;
        var created = Api.call("POST", "/api/v1/members", editor, """
                {"fullName": "%s", "birthYear": 1980, "email": "%s@example.vn", "phone": "0912000111", "unitIds": ["%s"],
                 "fieldCodes": ["212"], "expert": true, "processingConsentOn": "2026-01-05",
                 "expertSharingConsentOn": "2026-01-05", "sharedData": ["NAME", "EXPERTISE", "PROVINCE"]}"""
                .formatted(name, word.toLowerCase(), HAI_PHONG_UNIT), null);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        var given = Api.call("POST", "/api/v1/members/" + id + "/consents", editor, """
                {"purpose": "EVENT_CONTACTS", "given": true, "effectiveOn": "2026-02-01", "way": "WRITTEN",
                 "evidence": "Phiếu đăng ký hội viên số 12/2026"}""", null);
        assertThat(given.status()).as(given.body()).isEqualTo(201);
        assertThat(given.json().path("law").asString()).isEqualTo("LAW_91_2025");
        var event = Api.call("POST", "/api/v1/events", editor, """
                {"kind": "TRAINING", "title": "Tập huấn %s", "startsOn": "2026-03-10", "participantIds": ["%s"]}"""
                .formatted(word, id), null);
        assertThat(event.status()).as(event.body()).isEqualTo(201);
        String eventId = event.json().path("id").asString();

        assertThat(Api.get("/api/v1/national/experts?q=" + word, reviewer).json().toString()).as("shared with consent")
                .contains(name);
        JsonNode contact = Api.get("/api/v1/events/" + eventId + "/contacts", editor).json().get(0);
        assertThat(contact.path("email").asString()).isEqualTo(word.toLowerCase() + "@example.vn");
        assertThat(contact.path("phone").asString()).isEqualTo("0912000111");

        for (String purpose : new String[]{"EXPERT_DIRECTORY", "EVENT_CONTACTS"}) {
            var withdrawn = Api.call("POST", "/api/v1/members/" + id + "/consents", editor, """
                    {"purpose": "%s", "given": false, "effectiveOn": "2026-04-01", "way": "ELECTRONIC",
                     "evidence": "Thư điện tử ngày 01/04/2026"}""".formatted(purpose), null);
            assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(201);
        }

        assertThat(Api.get("/api/v1/national/experts?q=" + word, reviewer).json().path("items").size())
                .as("out of the directory at once").isZero();
        contact = Api.get("/api/v1/events/" + eventId + "/contacts", editor).json().get(0);
        assertThat(contact.path("consented").asBoolean()).isFalse();
        assertThat(contact.path("email").isNull()).as("no e-mail without the consent").isTrue();
        assertThat(contact.path("phone").isNull()).isTrue();
        assertThat(contact.path("writtenName").asString()).contains(name);
        JsonNode member = Api.get("/api/v1/members/" + id, editor).json();
        assertThat(member.path("expertSharingConsentOn").isNull()).isTrue();
        assertThat(member.path("sharedData").size()).isZero();
        assertThat(member.path("processingConsentOn").asString()).as("the other purposes untouched").isEqualTo("2026-01-05");

        JsonNode consents = Api.get("/api/v1/members/" + id + "/consents", editor).json();
        assertThat(consents.path("current").path("MEMBERSHIP").path("given").asBoolean()).isTrue();
        assertThat(consents.path("current").path("EXPERT_DIRECTORY").path("given").asBoolean()).isFalse();
        assertThat(consents.path("current").path("EVENT_CONTACTS").path("way").asString()).isEqualTo("ELECTRONIC");
        assertThat(consents.path("current").path("EVENT_CONTACTS").path("evidence").asString()).isEqualTo("Thư điện tử ngày 01/04/2026");
        assertThat(consents.path("history").size()).as("two from the record, one given, two withdrawn").isEqualTo(5);
        assertThat(consents.path("history").get(4).path("way").asString()).isEqualTo("MEMBER_RECORD");

        // Giving it again puts the person back.
        Api.call("POST", "/api/v1/members/" + id + "/consents", editor, """
                {"purpose": "EXPERT_DIRECTORY", "given": true, "effectiveOn": "2026-05-01", "way": "WRITTEN"}""", null);
        assertThat(Api.get("/api/v1/members/" + id, editor).json().path("expertSharingConsentOn").asString())
                .isEqualTo("2026-05-01");
    }

    @Test
    void withdrawingMembershipAdministrationIsARequestTheUnionMustAnswer() {
        String editor = KeycloakTokens.accessToken("hai-phong-editor");
        String id = Api.call("POST", "/api/v1/members", editor, """
                {"fullName": "Hà Văn %s", "unitIds": ["%s"], "processingConsentOn": "2025-05-01"}"""
                .formatted(letters(), HAI_PHONG_UNIT), null).json().path("id").asString();
        var withdrawn = Api.call("POST", "/api/v1/members/" + id + "/consents", editor, """
                {"purpose": "MEMBERSHIP", "given": false, "effectiveOn": "2026-06-01", "way": "WRITTEN",
                 "evidence": "Đơn xin thôi tham gia hội"}""", null);
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(201);
        assertThat(Api.get("/api/v1/members/" + id, editor).json().path("processingConsentOn").isNull()).isTrue();
        JsonNode register = Api.get("/api/v1/personal-data/requests", KeycloakTokens.accessToken("hai-phong-admin")).json();
        JsonNode request = null;
        for (JsonNode r : register) {
            if (r.path("memberId").asString().equals(id)) {
                request = r;
            }
        }
        assertThat(request).as("the withdrawal in the register").isNotNull();
        assertThat(request.path("kind").asString()).isEqualTo("WITHDRAWAL");
        assertThat(request.path("receivedOn").asString()).isEqualTo("2026-06-01");
        assertThat(request.path("dueOn").asString()).isEqualTo("2026-06-16");
    }

    @Test
    void consentsGivenUnderDecree13StayValidAndAreMarked() {
        String luuThiMinhHuong = "0195d2a0-0038-7000-8001-000000000003";
        JsonNode consents = Api.get("/api/v1/members/" + luuThiMinhHuong + "/consents",
                KeycloakTokens.accessToken("thanh-hoa-viewer")).json();
        JsonNode membership = consents.path("current").path("MEMBERSHIP");
        assertThat(membership.path("given").asBoolean()).isTrue();
        assertThat(membership.path("effectiveOn").asString()).isEqualTo("2024-01-15");
        assertThat(membership.path("law").asString()).isEqualTo("DECREE_13_2023");
        assertThat(consents.path("current").path("EXPERT_DIRECTORY").path("law").asString()).isEqualTo("DECREE_13_2023");

        String editor = KeycloakTokens.accessToken("hai-phong-editor");
        String id = Api.call("POST", "/api/v1/members", editor, """
                {"fullName": "Lê Thị %s", "unitIds": ["%s"]}""".formatted(letters(), HAI_PHONG_UNIT), null).json().path("id").asString();
        var late = Api.call("POST", "/api/v1/members/" + id + "/consents", editor, """
                {"purpose": "PHOTOS", "given": true, "effectiveOn": "2025-12-31", "way": "WRITTEN"}""", null);
        assertThat(late.json().path("law").asString()).as("given the day before the law").isEqualTo("DECREE_13_2023");
    }

    @Test
    void aConsentWithoutItsWayOrDatedInTheFutureIsRefusedByName() {
        String editor = KeycloakTokens.accessToken("hai-phong-editor");
        String id = Api.call("POST", "/api/v1/members", editor, """
                {"fullName": "Đỗ Văn %s", "unitIds": ["%s"]}""".formatted(letters(), HAI_PHONG_UNIT), null).json().path("id").asString();
        var noWay = Api.call("POST", "/api/v1/members/" + id + "/consents", editor, """
                {"purpose": "PHOTOS", "given": true, "effectiveOn": "2026-01-10"}""", "vi");
        assertThat(noWay.status()).isEqualTo(422);
        assertThat(noWay.body()).contains("\"field\":\"way\"").contains("Chọn hình thức");
        var future = Api.call("POST", "/api/v1/members/" + id + "/consents", editor, """
                {"purpose": "PHOTOS", "given": true, "effectiveOn": "2999-01-10", "way": "WRITTEN"}""", "vi");
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.body()).contains("\"field\":\"effectiveOn\"").contains("tương lai");
        assertThat(Api.get("/api/v1/members/" + id + "/consents", editor).json().path("history").size())
                .as("nothing half-written").isZero();
    }

    /** A word of a name no other test uses, in letters (the search splits names into words). */
    private static String letters() {
        var letters = new StringBuilder("Thu");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 6).toCharArray()) {
            letters.append((char) ('a' + Character.digit(c, 16) % 26));
        }
        return letters.toString();
    }
}
