package vn.vusta.platform.events;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events through /api/v1/events: the seeds' figures read off the lists, an editor's event found by every filter, and
 * each refusal naming its field and writing nothing. Writes go into Hưng Yên, whose demo has one event, so that the
 * figures of Hải Phòng and Thanh Hóa stay those of the seeds.
 */
@PlatformApiTest
class EventsApiTest {

    private static final String HAI_PHONG_GARDENERS = "0195d2a0-0031-7000-8000-000000000001";
    private static final String HUNG_YEN_AGRONOMISTS = "0195d2a0-0033-7000-8000-000000000001";
    private static final String HUNG_YEN_MEMBER = "0195d2a0-0033-7000-8001-000000000001";
    private static final String THANH_HOA_MEMBER = "0195d2a0-0038-7000-8001-000000000001";

    @Test
    void haiPhongsFiguresReadOffItsLists() {
        String viewer = KeycloakTokens.accessToken("hai-phong-viewer");

        JsonNode conferences = Api.get("/api/v1/events?kind=TRAINING&from=2021-01-01&to=2021-06-30", viewer).json();
        assertThat(totals(conferences)).isEqualTo("4 events, 390 attendances, 0 uncounted");
        assertThat(conferences.path("items")).allSatisfy(e ->
                assertThat(e.path("coOrganisers").toString()).contains("Hội Làm vườn thành phố Hải Phòng"));
        assertThat(places(conferences)).containsExactlyInAnyOrder("một xã thuộc huyện Vĩnh Bảo, Hải Phòng",
                "một xã thuộc huyện An Dương, Hải Phòng", "một phường thuộc quận Hải An, Hải Phòng",
                "một phường thuộc quận Dương Kinh, Hải Phòng");

        JsonNode withGardeners = Api.get("/api/v1/events?kind=TRAINING&year=2022&unitId=" + HAI_PHONG_GARDENERS, viewer).json();
        assertThat(totals(withGardeners)).isEqualTo("11 events, 1462 attendances, 0 uncounted");
        assertThat(withGardeners.path("items")).extracting(e -> e.path("place").path("commune").asString())
                .doesNotHaveDuplicates().hasSize(11).allSatisfy(commune -> assertThat(commune).startsWith("xã "));

        JsonNode fruitTrees = Api.get("/api/v1/events?kind=TRAINING&year=2022&q=" + encoded("cay an qua"), viewer).json();
        assertThat(totals(fruitTrees)).isEqualTo("2 events, 206 attendances, 0 uncounted");
        assertThat(places(fruitTrees)).containsExactly("huyện Tiên Lãng, Hải Phòng", "huyện An Dương, Hải Phòng");

        JsonNode meeting = Api.get("/api/v1/events?kind=EXECUTIVE_COMMITTEE_MEETING&from=2022-12-27&to=2022-12-27", viewer)
                .json().path("items").get(0);
        assertThat(meeting.path("title").asString()).isEqualTo("Hội nghị Ban Chấp hành tổng kết công tác năm 2022 và triển khai nhiệm vụ năm 2023");
        JsonNode full = Api.get("/api/v1/events/" + meeting.path("id").asString(), viewer).json();
        assertThat(full.path("outcome").asString()).contains("bầu bổ sung 2 Ủy viên Ban Chấp hành", "9 tập thể và 2 cá nhân");
        assertThat(full.path("participantCount").isNull()).isTrue();

        JsonNode year2021 = Api.get("/api/v1/events?year=2021", viewer).json();
        assertThat(year2021.path("items")).extracting(e -> e.path("kind").asString())
                .contains("THEMATIC_BRIEFING", "EMULATION_PLEDGE_SIGNING", "LAUNCH_CEREMONY", "SCIENTIFIC_WORKSHOP");
        assertThat(year2021.path("totals").path("uncounted").asInt()).isEqualTo(5);
    }

    @Test
    void thanhHoasFirstHalfOf2021AndHungYensConnectionPoint() {
        String thanhHoa = KeycloakTokens.accessToken("thanh-hoa-viewer");
        String firstHalf = "/api/v1/events?from=2021-01-01&to=2021-06-30&kind=";
        assertThat(Api.get(firstHalf + "SCIENTIFIC_WORKSHOP", thanhHoa).json().path("totals").path("events").asInt()).isEqualTo(2);
        assertThat(Api.get(firstHalf + "TRAINING", thanhHoa).json().path("totals").path("events").asInt()).isEqualTo(4);
        JsonNode meeting = Api.get(firstHalf + "STANDING_COMMITTEE_MEETING", thanhHoa).json().path("items").get(0);
        assertThat(meeting.path("startsOn").asString()).isEqualTo("2021-06-22");
        assertThat(Api.get("/api/v1/events?q=" + encoded("Hải Phòng"), thanhHoa).json().path("totals").path("events").asInt())
                .isZero();

        JsonNode review = Api.get("/api/v1/events?mode=HYBRID", KeycloakTokens.accessToken("hung-yen-viewer")).json()
                .path("items").get(0);
        JsonNode full = Api.get("/api/v1/events/" + review.path("id").asString(), KeycloakTokens.accessToken("hung-yen-viewer")).json();
        assertThat(full.path("startsOn").asString()).isEqualTo("2021-11-15");
        assertThat(full.path("connectionPoints").toString()).isEqualTo("[\"Hà Nội (điểm cầu chính)\",\"Hưng Yên\"]");
        assertThat(full.path("organiser").path("name").asString()).isEqualTo("Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam");
        assertThat(full.path("place").path("provinceName").asString()).isEqualTo("Hà Nội");
    }

    @Test
    void anEditorRecordsAnEventFindsItByEachFilterChangesItAndDeletesIt() {
        String editor = KeycloakTokens.accessToken("hung-yen-editor");
        String title = "Tọa đàm khoa học nông nghiệp hữu cơ " + suffix();
        var created = Api.call("POST", "/api/v1/events", editor, """
                {"kind": "ROUND_TABLE", "title": "%s", "startsOn": "2031-03-05", "endsOn": "2031-03-06", "mode": "HYBRID",
                 "place": "Hội trường Liên hiệp hội", "commune": "phường Phố Hiến", "provinceCode": "33",
                 "connectionPoints": ["Phố Hiến", "  ", "Mỹ Hào"], "organiserUnitId": "%s",
                 "coOrganisers": [{"unitId": "%s"}, {"partnerName": " Sở Khoa học và Công nghệ "}],
                 "participantCount": 85, "participantIds": ["%s"],
                 "topics": ["Nông nghiệp hữu cơ", "Chuyển đổi số"], "outcome": "Kiến nghị 5 giải pháp."}"""
                .formatted(title, HUNG_YEN_AGRONOMISTS, HUNG_YEN_AGRONOMISTS, HUNG_YEN_MEMBER), "vi");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();

        JsonNode event = Api.get("/api/v1/events/" + id, editor).json();
        assertThat(event.path("title").asString()).isEqualTo(title);
        assertThat(event.path("endsOn").asString()).isEqualTo("2031-03-06");
        assertThat(event.path("place").path("provinceName").asString()).isEqualTo("Hưng Yên");
        assertThat(event.path("connectionPoints").toString()).isEqualTo("[\"Phố Hiến\",\"Mỹ Hào\"]");
        assertThat(event.path("organiser").path("name").asString()).isEqualTo("Hội Nông học tỉnh Hưng Yên");
        assertThat(event.path("coOrganisers")).extracting(c -> c.path("name").asString())
                .containsExactly("Hội Nông học tỉnh Hưng Yên", "Sở Khoa học và Công nghệ");
        assertThat(event.path("participants").get(0).path("fullName").asString()).isEqualTo("Trần Văn Phúc");
        assertThat(event.path("participants").get(0).path("titles").asString()).isEqualTo("TS.");
        assertThat(event.path("topics")).hasSize(2);

        for (String filter : List.of("year=2031", "from=2031-03-05&to=2031-03-05", "kind=ROUND_TABLE", "mode=HYBRID",
                "unitId=" + HUNG_YEN_AGRONOMISTS, "q=" + encoded("so khoa hoc va cong nghe"), "q=" + encoded("CHUYỂN ĐỔI SỐ"))) {
            JsonNode found = Api.get("/api/v1/events?" + filter, editor).json();
            assertThat(found.path("items")).as(filter).extracting(e -> e.path("id").asString()).contains(id);
        }
        for (String filter : List.of("year=2030", "from=2031-03-06", "kind=TRAINING", "mode=ONLINE", "q=" + encoded("lúa"))) {
            JsonNode found = Api.get("/api/v1/events?" + filter, editor).json();
            assertThat(found.path("items")).as(filter).extracting(e -> e.path("id").asString()).doesNotContain(id);
        }
        assertThat(Api.get("/api/v1/events/" + id, KeycloakTokens.accessToken("thanh-hoa-admin")).status()).isEqualTo(404);

        var changed = Api.call("PUT", "/api/v1/events/" + id, editor, """
                {"kind": "ROUND_TABLE", "title": "%s", "startsOn": "2031-03-05", "participantCount": 0,
                 "coOrganisers": [{"partnerName": "Sở Nông nghiệp và Môi trường"}]}""".formatted(title), "vi");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().path("endsOn").asString()).as("a one-day event").isEqualTo("2031-03-05");
        assertThat(changed.json().path("mode").asString()).isEqualTo("IN_PERSON");
        assertThat(changed.json().path("participants")).isEmpty();
        assertThat(changed.json().path("organiser").path("name").isNull()).as("the union itself").isTrue();
        assertThat(changed.json().path("coOrganisers").get(0).path("name").asString()).isEqualTo("Sở Nông nghiệp và Môi trường");

        assertThat(Api.call("DELETE", "/api/v1/events/" + id, editor, null, null).status()).isEqualTo(204);
        assertThat(Api.get("/api/v1/events/" + id, editor).status()).isEqualTo(404);
        String audit = Api.get("/api/v1/audit?action=event.&limit=500", KeycloakTokens.accessToken("hung-yen-admin")).body();
        assertThat(audit).contains("event.created", "event.updated", "event.deleted", id, "Sở Khoa học và Công nghệ");
    }

    @Test
    void eachRefusalNamesItsFieldAndWritesNothing() {
        String editor = KeycloakTokens.accessToken("hung-yen-editor");
        String title = "Lớp tập huấn bị từ chối " + suffix();

        var endBeforeStart = create(editor, title, "\"startsOn\": \"2031-05-10\", \"endsOn\": \"2031-05-09\"", "vi");
        assertThat(endBeforeStart.status()).isEqualTo(422);
        assertThat(endBeforeStart.contentType()).startsWith("application/problem+json");
        assertThat(endBeforeStart.json().path("errors").toString())
                .isEqualTo("[{\"field\":\"endsOn\",\"message\":\"ngày kết thúc không được trước ngày bắt đầu\"}]");
        assertThat(create(editor, title, "\"startsOn\": \"2031-05-10\", \"endsOn\": \"2031-05-09\"", "en").json()
                .path("detail").asString()).isEqualTo("endsOn: the last day cannot come before the first");

        var negative = create(editor, title, "\"startsOn\": \"2031-05-10\", \"participantCount\": -1", "vi");
        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.json().path("errors").toString())
                .isEqualTo("[{\"field\":\"participantCount\",\"message\":\"số người tham gia không được âm\"}]");

        // A member of another union is no member here; nor is an identifier of nobody.
        var otherUnionsMember = create(editor, title, "\"startsOn\": \"2031-05-10\", \"participantIds\": [\"%s\", \"%s\"]"
                .formatted(HUNG_YEN_MEMBER, THANH_HOA_MEMBER), "vi");
        assertThat(otherUnionsMember.status()).isEqualTo(422);
        assertThat(otherUnionsMember.json().path("errors").toString()).isEqualTo(
                "[{\"field\":\"participantIds[1]\",\"message\":\"người này không phải hội viên của Liên hiệp hội\"}]");
        var nobody = create(editor, title, "\"startsOn\": \"2031-05-10\", \"participantIds\": [\"%s\"]"
                .formatted(UUID.randomUUID()), "vi");
        assertThat(nobody.json().path("errors").get(0).path("field").asString()).isEqualTo("participantIds[0]");

        var otherUnionsUnit = create(editor, title, "\"startsOn\": \"2031-05-10\", \"organiserUnitId\": \"%s\""
                .formatted(HAI_PHONG_GARDENERS), "vi");
        assertThat(otherUnionsUnit.status()).isEqualTo(422);
        assertThat(otherUnionsUnit.json().path("errors").toString())
                .isEqualTo("[{\"field\":\"organiserUnitId\",\"message\":\"không có đơn vị này trong Liên hiệp hội\"}]");
        var unknownCoOrganiser = create(editor, title, "\"startsOn\": \"2031-05-10\", \"coOrganisers\": [{\"partnerName\": \"Sở Y tế\"}, {\"unitId\": \"%s\"}]"
                .formatted(HAI_PHONG_GARDENERS), "vi");
        assertThat(unknownCoOrganiser.json().path("errors").get(0).path("field").asString()).isEqualTo("coOrganisers[1].unitId");

        var pointsInPerson = create(editor, title, "\"startsOn\": \"2031-05-10\", \"connectionPoints\": [\"Hưng Yên\"]", "vi");
        assertThat(pointsInPerson.json().path("errors").get(0).path("field").asString()).isEqualTo("connectionPoints");
        var noTitle = create(editor, " ", "\"startsOn\": \"2031-05-10\"", "vi");
        assertThat(noTitle.status()).isEqualTo(400);
        assertThat(noTitle.json().path("errors").toString()).contains("{\"field\":\"title\",\"message\":\"không được để trống\"}");

        assertThat(Api.get("/api/v1/events?q=" + encoded(title), editor).json().path("totals").path("events").asInt())
                .as("nothing written").isZero();
        assertThat(Api.get("/api/v1/audit?action=event.&limit=500", KeycloakTokens.accessToken("hung-yen-admin")).body())
                .doesNotContain(title);
    }

    @Test
    void attachmentsAreUploadedListedDownloadedRemovedAndRefusedOverTheLimit() throws IOException {
        String editor = KeycloakTokens.accessToken("hung-yen-editor");
        String title = "Hội nghị có ảnh " + suffix();
        var created = create(editor, title, "\"startsOn\": \"2031-09-09\", \"participantCount\": 40", "vi");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        byte[] photo = demo("hoi-nghi.png");

        var uploaded = Api.upload("/api/v1/events/" + id + "/attachments", editor, "Quang cảnh hội nghị.png", photo);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        String fileId = uploaded.json().path("id").asString();
        assertThat(uploaded.json().path("contentType").asString()).isEqualTo("image/png");
        JsonNode event = Api.get("/api/v1/events/" + id, editor).json();
        assertThat(event.path("attachments")).extracting(f -> f.path("name").asString()).containsExactly("Quang cảnh hội nghị.png");
        assertThat(Api.get("/api/v1/events?q=" + encoded(title), editor).json().path("items").get(0).path("attachments").asInt())
                .isEqualTo(1);
        var download = Api.download("/api/v1/files/" + fileId, editor);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(photo);

        byte[] tooLarge = new byte[20 * 1024 * 1024 + 1];
        Arrays.fill(tooLarge, (byte) 'a');
        var refused = Api.upload("/api/v1/events/" + id + "/attachments", editor, "bien-ban.txt", tooLarge);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("file");
        assertThat(refused.json().path("errors").get(0).path("message").asString()).contains("lớn hơn giới hạn 20 MB");
        assertThat(Api.get("/api/v1/events/" + id, editor).json().path("attachments")).hasSize(1);

        // Another union's administrator reaches neither the file nor the event's attachments.
        String thanhHoa = KeycloakTokens.accessToken("thanh-hoa-admin");
        assertThat(Api.download("/api/v1/files/" + fileId, thanhHoa).status()).isEqualTo(404);
        assertThat(Api.call("DELETE", "/api/v1/events/" + id + "/attachments/" + fileId, thanhHoa, null, null).status())
                .isEqualTo(404);
        assertThat(Api.upload("/api/v1/events/" + id + "/attachments", thanhHoa, "anh.png", photo).status()).isEqualTo(404);

        assertThat(Api.call("DELETE", "/api/v1/events/" + id + "/attachments/" + fileId, editor, null, null).status())
                .isEqualTo(204);
        assertThat(Api.download("/api/v1/files/" + fileId, editor).status()).isEqualTo(404);
        assertThat(Api.get("/api/v1/events/" + id, editor).json().path("attachments")).isEmpty();

        // Deleting the event deletes its files.
        String second = Api.upload("/api/v1/events/" + id + "/attachments", editor, "bao-cao.pdf", demo("bao-cao.pdf"))
                .json().path("id").asString();
        assertThat(Api.call("DELETE", "/api/v1/events/" + id, editor, null, null).status()).isEqualTo(204);
        assertThat(Api.download("/api/v1/files/" + second, editor).status()).isEqualTo(404);
        assertThat(Api.get("/api/v1/audit?action=event.attachment&limit=500", KeycloakTokens.accessToken("hung-yen-admin")).body())
                .contains("event.attachment-added", "event.attachment-removed", fileId);
    }

    private static Api.Response create(String token, String title, String fields, String language) {
        return Api.call("POST", "/api/v1/events", token, """
                {"kind": "TRAINING", "title": "%s", %s}""".formatted(title, fields), language);
    }

    private static String totals(JsonNode page) {
        JsonNode totals = page.path("totals");
        return totals.path("events").asInt() + " events, " + totals.path("participants").asLong() + " attendances, "
                + totals.path("uncounted").asInt() + " uncounted";
    }

    private static List<String> places(JsonNode page) {
        var places = new ArrayList<String>();
        for (JsonNode e : page.path("items")) {
            JsonNode place = e.path("place");
            places.add(String.join(", ", List.of(place.path("place").asString(), place.path("provinceName").asString())));
        }
        return places;
    }

    private static byte[] demo(String name) throws IOException {
        try (InputStream in = EventsApiTest.class.getResourceAsStream("/demo-files/" + name)) {
            return in.readAllBytes();
        }
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
