package vn.vusta.platform.observability;

import tools.jackson.databind.JsonNode;
import vn.vusta.platform.Api;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the operators' dashboard counts, done through the API in Hải Phòng's union: a report of the third quarter of
 * 2020 (a period no other test uses) sent to the national union, imports of members, a member created.
 */
final class Exercise {

    private static boolean reportSent;

    private Exercise() {
    }

    /** Sends Hải Phòng's report of 2020 Q3, once per test run. */
    static synchronized void sendAReport() {
        if (reportSent) {
            return;
        }
        String editor = KeycloakTokens.accessToken("hai-phong-editor");
        String admin = KeycloakTokens.accessToken("hai-phong-admin");
        String periodId = null;
        for (JsonNode p : Api.get("/api/v1/reports?year=2020", editor).json()) {
            if (p.path("period").path("kind").asString().equals("Q3")) {
                periodId = p.path("period").path("id").asString();
            }
        }
        var created = post("/api/v1/reports", editor, "{\"periodId\": \"" + periodId + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String step = "/api/v1/reports/" + created.json().path("id").asString();
        for (String section : List.of("ORGANISATION", "DIFFICULTIES", "NEXT_TASKS")) {
            assertThat(Api.call("PUT", step + "/sections/" + section, editor, "{\"html\": \"<p>Nội dung</p>\"}", "vi").status())
                    .isEqualTo(200);
        }
        assertThat(post(step + "/submission", admin, null).status()).isEqualTo(200);
        assertThat(post(step + "/approval", admin, "{\"meetingDate\": \"2020-09-28\", \"minutes\": \"Biên bản số 9\"}").status())
                .isEqualTo(200);
        var sent = post(step + "/sending", admin, null);
        assertThat(sent.json().path("status").asString()).as(sent.body()).isEqualTo("SENT");
        reportSent = true;
    }

    /** Uploads a members sheet (with a bad birth year unless {@code valid}) and confirms it. */
    static void importMembers(boolean valid) {
        String editor = KeycloakTokens.accessToken("hai-phong-editor");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String csv = "Họ và tên,Năm sinh,Email,Điện thoại\r\n"
                + "Lã Văn Nhập " + tag + "," + (valid ? "1971" : "19x1") + ",nhap." + tag + "@example.vn,0911 222 333\r\n";
        var uploaded = Api.upload("/api/v1/imports/members", editor, "hoi-vien-" + tag + ".csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        var confirmed = post("/api/v1/imports/" + uploaded.json().path("id").asString() + "/confirm", editor, null);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(valid ? 200 : 422);
    }

    /** A member of Hải Phòng with these personal data; its id. */
    static String createMember(String name, String email, String phone) {
        var created = post("/api/v1/members", KeycloakTokens.accessToken("hai-phong-editor"), """
                {"fullName": "%s", "email": "%s", "phone": "%s", "unitIds": [], "fieldCodes": []}""".formatted(name, email, phone));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    private static Api.Response post(String path, String token, String json) {
        return Api.call("POST", path, token, json, "vi");
    }
}
