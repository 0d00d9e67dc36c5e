package vn.vusta.platform.contests;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contests and awards through /api/v1/contests: the seeds' contests as Hải Phòng and Thanh Hóa read them, and an
 * edition run by Hưng Yên's secretariat from its launch to its prizes and nominations, every mistake refused with
 * the field named and nothing of it written.
 */
@PlatformApiTest
class ContestsApiTest {

    /** A member of Hưng Yên's demo registry: Trần Văn Phúc. */
    private static final String HUNG_YEN_MEMBER = "0195d2a0-0033-7000-8001-000000000001";
    /** A member of Thanh Hóa's registry, which Hưng Yên cannot see. */
    private static final String THANH_HOA_MEMBER = "0195d2a0-0038-7000-8001-000000000004";
    /** A unit of Hải Phòng, which Hưng Yên cannot see. */
    private static final String HAI_PHONG_UNIT = "0195d2a0-0031-7000-8000-000000000001";
    private static final AtomicInteger NEXT = new AtomicInteger(1);

    @Test
    void haiPhongReadsTheContestsOfItsReports() {
        String viewer = KeycloakTokens.accessToken("hai-phong-viewer");
        JsonNode in2021 = ok(Api.get("/api/v1/contests?year=2021", viewer));
        JsonNode third = edition(in2021, "Hội thi Sáng tạo kỹ thuật thành phố Hải Phòng lần thứ ba, năm 2020 – 2021");
        assertThat(third.path("number").asInt()).isEqualTo(3);
        assertThat(third.path("launchedOn").asString()).startsWith("2021-0");
        assertThat(third.path("launchNotice").asString()).startsWith("Lễ phát động Hội thi Sáng tạo kỹ thuật thành phố Hải Phòng lần thứ ba");
        // "Tổng hợp, lựa chọn 03 mô hình, sản phẩm tham gia Cuộc thi Sáng tạo thanh thiếu niên nhi đồng …"
        JsonNode youth = edition(in2021, "Cuộc thi Sáng tạo thanh thiếu niên nhi đồng thành phố Hải Phòng năm 2020 – 2021");
        assertThat(youth.path("entries").asInt()).isEqualTo(3);
        assertThat(contest(in2021, "Cuộc thi Sáng tạo thanh thiếu niên nhi đồng thành phố Hải Phòng").path("partner").asString())
                .isEqualTo("Thành đoàn Hải Phòng");
        assertThat(edition(in2021, "Giải thưởng Sáng tạo Khoa học và Công nghệ Việt Nam (VIFOTEC) năm 2021").path("launchNotice").asString())
                .startsWith("Thông báo phát động Giải thưởng Sáng tạo Khoa học Công nghệ Việt Nam năm 2021");
        assertThat(in2021.path("entries").asInt()).isEqualTo(9);
        assertThat(in2021.path("prizes").asInt()).isEqualTo(4);

        JsonNode fourth = edition(ok(Api.get("/api/v1/contests?year=2023", viewer)),
                "Hội thi Sáng tạo kỹ thuật thành phố Hải Phòng lần thứ tư, năm 2023 – 2024");
        assertThat(fourth.path("launchedOn").isNull()).isTrue();

        // "Giới thiệu 02 công trình, giải pháp có chất lượng tham gia Sách vàng Sáng tạo Việt Nam năm 2021".
        JsonNode nominations = ok(Api.get("/api/v1/contests/nominations?year=2021", viewer));
        assertThat(tallies(nominations)).containsExactly("2021 GOLDEN_BOOK 2 0");

        // The third Hội thi's final round: each entry's score is the average of its three judges'.
        JsonNode third2021 = ok(Api.get("/api/v1/contests/editions/" + third.path("id").asString(), viewer));
        assertThat(third2021.path("judges")).hasSize(3);
        JsonNode finalRound = third2021.path("rounds").get(1);
        assertThat(finalRound.path("name").asString()).isEqualTo("Vòng chung khảo");
        assertThat(standings(finalRound)).containsExactly(
                "1 90.00 Giải pháp IoT giám sát độ mặn nước tưới cho vùng rau màu ven biển",
                "2 84.00 Hệ thống điều khiển tự động cầu trục tại bến container Đình Vũ",
                "3 78.33 Quy trình ủ phân hữu cơ vi sinh từ phụ phẩm trồng ổi",
                "4 70.67 Phần mềm số hóa hồ sơ di tích lịch sử cấp thành phố");
        assertThat(third2021.path("prizes")).extracting(p -> p.path("grade").asString() + " " + p.path("entryTitle").asString())
                .containsExactly("FIRST Giải pháp IoT giám sát độ mặn nước tưới cho vùng rau màu ven biển",
                        "SECOND Hệ thống điều khiển tự động cầu trục tại bến container Đình Vũ",
                        "THIRD Quy trình ủ phân hữu cơ vi sinh từ phụ phẩm trồng ổi",
                        "CONSOLATION Phần mềm số hóa hồ sơ di tích lịch sử cấp thành phố");
        JsonNode firstEntry = third2021.path("entries").get(0);
        assertThat(firstEntry.path("unitName").asString()).isEqualTo("Hội Tin học thành phố Hải Phòng");
        assertThat(firstEntry.path("authors")).extracting(a -> a.path("name").asString())
                .containsExactly("Nguyễn Đức Mạnh", "Phạm Thị Hồng Nhung");
        assertThat(in2021.toString()).doesNotContain("Thanh Hóa");
    }

    @Test
    void thanhHoaReadsItsContestVifotecRoundAndTheYouthContestWithTheTinhDoan() {
        String viewer = KeycloakTokens.accessToken("thanh-hoa-viewer");
        JsonNode in2021 = ok(Api.get("/api/v1/contests?year=2021", viewer));
        assertThat(edition(in2021, "Hội thi Sáng tạo kỹ thuật Thanh Hóa 2020-2021").path("startYear").asInt()).isEqualTo(2020);
        assertThat(contest(in2021, "Cuộc thi Sáng tạo thanh thiếu niên nhi đồng tỉnh Thanh Hóa").path("partner").asString())
                .isEqualTo("Tỉnh đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Thanh Hóa");
        JsonNode technical = ok(Api.get("/api/v1/contests?year=2021&kind=NATIONAL_AWARD", viewer));
        assertThat(technical.path("contests")).allSatisfy(c -> assertThat(c.path("kind").asString()).isEqualTo("NATIONAL_AWARD"));
        assertThat(tallies(ok(Api.get("/api/v1/contests/nominations?year=2021", viewer))))
                .contains("2021 VIFOTEC 2 1", "2021 GOLDEN_BOOK 1 0");
        assertThat(in2021.toString()).doesNotContain("Hải Phòng");
    }

    @Test
    void anEditorRunsAnEditionFromItsLaunchToPrizesAndNominations() throws Exception {
        String editor = KeycloakTokens.accessToken("hung-yen-editor");
        String contestName = "Hội thi Sáng tạo kỹ thuật tỉnh Hưng Yên " + NEXT.getAndIncrement() + UUID.randomUUID().toString().substring(0, 4);
        String contestId = created(Api.call("POST", "/api/v1/contests", editor, """
                {"name": "%s", "kind": "TECHNICAL_INNOVATION", "partner": "Sở Khoa học và Công nghệ tỉnh Hưng Yên"}"""
                .formatted(contestName), "vi")).path("id").asString();
        JsonNode edition = created(Api.call("POST", "/api/v1/contests/" + contestId + "/editions", editor,
                "{\"number\": 1, \"startYear\": 2025, \"endYear\": 2026}", "vi"));
        assertThat(edition.path("name").asString()).isEqualTo(contestName + " lần thứ nhất, năm 2025 – 2026");
        assertThat(edition.path("launchedOn").isNull()).as("planned").isTrue();
        String editionId = edition.path("id").asString();
        String base = "/api/v1/contests/editions/" + editionId;

        JsonNode launched = ok(Api.call("POST", base + "/launch", editor,
                "{\"launchedOn\": \"2025-04-10\", \"notice\": \"Thông báo số 12/TB-LHH phát động Hội thi\"}", "vi"));
        assertThat(launched.path("launchedOn").asString()).isEqualTo("2025-04-10");

        JsonNode irrigation = created(Api.call("POST", base + "/entries", editor, """
                {"title": "Máy bơm tưới tiết kiệm nước", "field": "Nông nghiệp", "unitId": "0195d2a0-0033-7000-8000-000000000001",
                 "authors": [{"memberId": "%s"}, {"name": "Nguyễn Thị Hòa"}]}""".formatted(HUNG_YEN_MEMBER), "vi"));
        assertThat(irrigation.path("unitName").asString()).isEqualTo("Hội Nông học tỉnh Hưng Yên");
        assertThat(irrigation.path("authors")).extracting(a -> a.path("name").asString()).containsExactly("Trần Văn Phúc", "Nguyễn Thị Hòa");
        String a = irrigation.path("id").asString();
        String b = entry(editor, base, "Phần mềm quản lý nhãn lồng", "Công ty TNHH Phần mềm Phố Hiến");
        String c = entry(editor, base, "Lò sấy nhãn bằng khí sinh học", null);

        String judgeOne = created(Api.call("POST", base + "/judges", editor, "{\"memberId\": \"%s\"}".formatted(HUNG_YEN_MEMBER), "vi"))
                .path("id").asString();
        String judgeTwo = created(Api.call("POST", base + "/judges", editor, "{\"name\": \"TS. Đỗ Văn Giám\"}", "vi"))
                .path("id").asString();
        String roundId = created(Api.call("POST", base + "/rounds", editor,
                "{\"number\": 1, \"name\": \"Vòng chung khảo\", \"heldOn\": \"2026-03-15\"}", "vi")).path("id").asString();

        JsonNode round = ok(scores(editor, roundId, score(a, judgeOne, "80"), score(a, judgeTwo, "90"),
                score(b, judgeOne, "70"), score(b, judgeTwo, "71.5"), score(c, judgeOne, "85"), score(c, judgeTwo, "85")));
        // Ties share a rank.
        assertThat(standings(round)).containsExactly("1 85.00 Máy bơm tưới tiết kiệm nước", "1 85.00 Lò sấy nhãn bằng khí sinh học",
                "3 70.75 Phần mềm quản lý nhãn lồng");
        // A judge corrects a score: it replaces the earlier one.
        round = ok(scores(editor, roundId, score(c, judgeTwo, "84")));
        assertThat(standings(round)).containsExactly("1 85.00 Máy bơm tưới tiết kiệm nước", "2 84.50 Lò sấy nhãn bằng khí sinh học",
                "3 70.75 Phần mềm quản lý nhãn lồng");
        assertThat(round.path("standings").get(0).path("scores").path(judgeTwo).decimalValue()).isEqualByComparingTo("90");
        assertThat(ok(Api.get("/api/v1/contests/rounds/" + roundId, editor)).path("standings").get(1).path("average").decimalValue())
                .isEqualByComparingTo("84.50");

        created(Api.call("POST", base + "/prizes", editor, """
                {"entryId": "%s", "grade": "FIRST", "awardedOn": "2026-04-01", "decision": "Quyết định số 20/QĐ-BTC"}""".formatted(a), "vi"));
        created(Api.call("POST", base + "/prizes", editor, "{\"entryId\": \"%s\", \"grade\": \"SECOND\"}".formatted(c), "vi"));
        JsonNode nomination = created(Api.call("POST", base + "/nominations", editor,
                "{\"entryId\": \"%s\", \"award\": \"VIFOTEC\", \"year\": 2026, \"nominatedOn\": \"2026-05-01\"}".formatted(a), "vi"));
        assertThat(nomination.path("result").asString()).isEqualTo("PENDING");
        JsonNode outcome = ok(Api.call("POST", "/api/v1/contests/nominations/" + nomination.path("id").asString() + "/outcome",
                editor, "{\"result\": \"AWARDED\", \"note\": \"Giải Ba\"}", "vi"));
        assertThat(outcome.path("resultNote").asString()).isEqualTo("Giải Ba");

        JsonNode whole = ok(Api.get(base, editor));
        assertThat(whole.path("entries")).hasSize(3);
        assertThat(whole.path("judges")).extracting(j -> j.path("person").path("name").asString())
                .containsExactly("Trần Văn Phúc", "TS. Đỗ Văn Giám");
        assertThat(whole.path("prizes")).extracting(p -> p.path("grade").asString() + " " + p.path("entryTitle").asString())
                .containsExactly("FIRST Máy bơm tưới tiết kiệm nước", "SECOND Lò sấy nhãn bằng khí sinh học");
        assertThat(whole.path("nominations").get(0).path("result").asString()).isEqualTo("AWARDED");
        JsonNode contest = ok(Api.get("/api/v1/contests/" + contestId, editor));
        assertThat(contest.path("editions").get(0).path("entries").asInt()).isEqualTo(3);
        assertThat(contest.path("editions").get(0).path("prizes").asInt()).isEqualTo(2);
        assertThat(contest.path("editions").get(0).path("nominations").asInt()).isEqualTo(1);
        assertThat(tallies(ok(Api.get("/api/v1/contests/nominations?year=2026", editor)))).contains("2026 VIFOTEC 1 1");

        byte[] photo;
        try (var in = getClass().getResourceAsStream("/demo-files/hoi-nghi.png")) {
            photo = in.readAllBytes();
        }
        JsonNode withPhoto = created(Api.upload(base + "/attachments", editor, "Lễ trao giải.png", photo));
        String photoId = withPhoto.path("attachments").get(0).path("id").asString();
        assertThat(withPhoto.path("attachments").get(0).path("contentType").asString()).isEqualTo("image/png");
        assertThat(ok(Api.call("DELETE", base + "/attachments/" + photoId, editor, null, "vi")).path("attachments")).isEmpty();

        String audit = Api.get("/api/v1/audit?action=contest&limit=500", KeycloakTokens.accessToken("hung-yen-admin")).body();
        assertThat(audit).contains("contest.created", "contest-edition.launched", "contest-entry.created",
                "contest-judge.added", "contest-score.recorded", "contest-score.changed", "contest-prize.awarded",
                "contest-nomination.outcome-recorded", "contest-edition.file-attached", "contest-edition.file-detached",
                "hung-yen-editor", editionId);
    }

    @Test
    void everyMistakeIsRefusedNamingItsFieldAndWritesNothing() {
        String editor = KeycloakTokens.accessToken("hung-yen-editor");
        String contestName = "Cuộc thi Sáng tạo thanh thiếu niên nhi đồng tỉnh Hưng Yên " + UUID.randomUUID().toString().substring(0, 6);
        String contestId = created(Api.call("POST", "/api/v1/contests", editor, """
                {"name": "%s", "kind": "YOUTH_INNOVATION", "partner": "Tỉnh đoàn Hưng Yên"}""".formatted(contestName), "vi"))
                .path("id").asString();
        refused(Api.call("POST", "/api/v1/contests", editor, "{\"name\": \"%s\", \"kind\": \"YOUTH_INNOVATION\"}".formatted(contestName), "vi"),
                409, "name", "đã có hội thi mang tên này");
        refused(Api.call("POST", "/api/v1/contests", editor, """
                {"name": "Hội thi khác %s", "kind": "OTHER", "unitId": "%s"}""".formatted(UUID.randomUUID(), HAI_PHONG_UNIT), "vi"),
                422, "unitId", "không có đơn vị này trong hệ thống");

        String editions = "/api/v1/contests/" + contestId + "/editions";
        refused(Api.call("POST", editions, editor, "{\"number\": 1, \"startYear\": 2021, \"endYear\": 2020}", "vi"),
                422, "endYear", "năm kết thúc không được trước năm bắt đầu");
        refused(Api.call("POST", editions, editor, "{\"number\": 1, \"startYear\": 2021, \"endYear\": 2020}", "en"),
                422, "endYear", "the end year must not be before the start year");
        String first = created(Api.call("POST", editions, editor, "{\"number\": 1, \"startYear\": 2020, \"endYear\": 2021}", "vi"))
                .path("id").asString();
        refused(Api.call("POST", editions, editor, "{\"number\": 1, \"startYear\": 2022, \"endYear\": 2023}", "vi"),
                409, "number", "hội thi đã có kỳ mang số thứ tự này");
        String second = created(Api.call("POST", editions, editor, "{\"number\": 2, \"startYear\": 2022, \"endYear\": 2023}", "vi"))
                .path("id").asString();
        assertThat(ok(Api.get("/api/v1/contests/" + contestId, editor)).path("editions")).hasSize(2);

        String base = "/api/v1/contests/editions/" + first;
        refused(Api.call("POST", base + "/launch", editor, "{\"launchedOn\": \"2023-01-05\", \"notice\": \"Thông báo phát động\"}", "vi"),
                422, "launchedOn", "ngày phát động phải trong các năm 2019 – 2021");

        refused(Api.call("POST", base + "/entries", editor, "{\"title\": \"Mô hình A\", \"authors\": []}", "vi"),
                422, "authors", "bài dự thi cần ít nhất một tác giả");
        refused(Api.call("POST", base + "/entries", editor, "{\"title\": \"Mô hình A\", \"authors\": [{\"name\": \"Lê An\"}, {\"name\": \" \"}]}", "vi"),
                422, "authors[1].name", "cần chọn hội viên hoặc nhập họ tên");
        refused(Api.call("POST", base + "/entries", editor, """
                {"title": "Mô hình A", "authors": [{"memberId": "%s"}]}""".formatted(THANH_HOA_MEMBER), "vi"),
                422, "authors[0].memberId", "không có hội viên này trong danh sách hội viên");
        refused(Api.call("POST", base + "/entries", editor, """
                {"title": "Mô hình A", "unitId": "%s", "authors": [{"name": "Lê An"}]}""".formatted(HAI_PHONG_UNIT), "vi"),
                422, "unitId", "không có đơn vị này trong hệ thống");
        String entry = entry(editor, base, "Mô hình A", null);
        refused(Api.call("POST", base + "/entries", editor, "{\"title\": \"Mô hình A\", \"authors\": [{\"name\": \"Lê Bình\"}]}", "vi"),
                409, "title", "kỳ hội thi đã có bài dự thi mang tên này");
        String otherEntry = entry(editor, "/api/v1/contests/editions/" + second, "Mô hình của kỳ sau", null);

        String judge = created(Api.call("POST", base + "/judges", editor, "{\"name\": \"TS. Phạm Chấm\"}", "vi")).path("id").asString();
        refused(Api.call("POST", base + "/judges", editor, "{\"name\": \"TS. Phạm Chấm\"}", "vi"),
                409, "name", "người này đã là giám khảo của kỳ hội thi");
        String otherJudge = created(Api.call("POST", "/api/v1/contests/editions/" + second + "/judges", editor,
                "{\"name\": \"TS. Phạm Chấm\"}", "vi")).path("id").asString();
        String round = created(Api.call("POST", base + "/rounds", editor, "{\"number\": 1, \"name\": \"Vòng sơ khảo\"}", "vi"))
                .path("id").asString();
        refused(Api.call("POST", base + "/rounds", editor, "{\"number\": 1, \"name\": \"Vòng khác\"}", "vi"),
                409, "number", "kỳ hội thi đã có vòng mang số thứ tự này");

        refused(scores(editor, round, score(entry, judge, "101")), 422, "scores[0].score", "điểm phải từ 0 đến 100");
        refused(scores(editor, round, score(entry, judge, "-1")), 422, "scores[0].score", "điểm phải từ 0 đến 100");
        refused(scores(editor, round, score(entry, judge, "80.125")), 422, "scores[0].score",
                "điểm chỉ có tối đa hai chữ số thập phân");
        // A score for an entry of another edition, a score by a judge of another edition: the first, valid score of
        // the submission is not written either.
        refused(scores(editor, round, score(entry, judge, "80"), score(otherEntry, judge, "75")), 422, "scores[1].entryId",
                "bài dự thi không thuộc kỳ hội thi này");
        refused(scores(editor, round, score(entry, otherJudge, "75")), 422, "scores[0].judgeId",
                "giám khảo không thuộc kỳ hội thi này");
        assertThat(ok(Api.get("/api/v1/contests/rounds/" + round, editor)).path("standings").get(0).path("average").isNull()).isTrue();

        created(Api.call("POST", base + "/prizes", editor, "{\"entryId\": \"%s\", \"grade\": \"THIRD\"}".formatted(entry), "vi"));
        refused(Api.call("POST", base + "/prizes", editor, "{\"entryId\": \"%s\", \"grade\": \"FIRST\"}".formatted(entry), "vi"),
                409, "entryId", "bài dự thi này đã được trao giải");
        refused(Api.call("POST", base + "/prizes", editor, "{\"entryId\": \"%s\", \"grade\": \"FIRST\"}".formatted(otherEntry), "vi"),
                422, "entryId", "bài dự thi không thuộc kỳ hội thi này");

        refused(Api.call("POST", base + "/nominations", editor, "{\"entryId\": \"%s\", \"award\": \"GOLDEN_BOOK\", \"year\": 2019}".formatted(entry), "vi"),
                422, "year", "năm đề cử không được trước năm 2020, năm bắt đầu kỳ hội thi");
        created(Api.call("POST", base + "/nominations", editor, "{\"entryId\": \"%s\", \"award\": \"GOLDEN_BOOK\", \"year\": 2021}".formatted(entry), "vi"));
        refused(Api.call("POST", base + "/nominations", editor, "{\"entryId\": \"%s\", \"award\": \"GOLDEN_BOOK\", \"year\": 2021}".formatted(entry), "vi"),
                409, "entryId", "bài dự thi này đã được đề cử giải thưởng này trong năm đó");

        JsonNode whole = ok(Api.get(base, editor));
        assertThat(whole.path("entries")).hasSize(1);
        assertThat(whole.path("prizes")).hasSize(1);
        assertThat(whole.path("nominations")).hasSize(1);
        assertThat(whole.path("launchedOn").isNull()).as("not launched").isTrue();
    }

    @Test
    void aViewerReadsButCannotWriteAndAnotherUnionsEditionIsNotFound() {
        String viewer = KeycloakTokens.accessToken("hai-phong-viewer");
        assertThat(Api.call("POST", "/api/v1/contests", viewer, "{\"name\": \"Hội thi\", \"kind\": \"OTHER\"}", "vi").status())
                .isEqualTo(403);
        var notFound = Api.get("/api/v1/contests/editions/0195d2a0-0038-7000-8031-000000000001", viewer);
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.json().path("detail").asString()).contains("kỳ hội thi");
    }

    private static String entry(String token, String base, String title, String submittedBy) {
        return created(Api.call("POST", base + "/entries", token, """
                {"title": "%s", "submittedBy": %s, "authors": [{"name": "Vũ Thị Tác Giả"}]}"""
                .formatted(title, submittedBy == null ? "null" : "\"" + submittedBy + "\""), "vi")).path("id").asString();
    }

    private static String score(String entry, String judge, String score) {
        return "{\"entryId\": \"%s\", \"judgeId\": \"%s\", \"score\": %s}".formatted(entry, judge, score);
    }

    private static Api.Response scores(String token, String round, String... scores) {
        return Api.call("POST", "/api/v1/contests/rounds/" + round + "/scores", token,
                "{\"scores\": [" + String.join(", ", scores) + "]}", "vi");
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private static void refused(Api.Response response, int status, String field, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode error = response.json().path("errors").get(0);
        assertThat(error.path("field").asString()).isEqualTo(field);
        assertThat(error.path("message").asString()).isEqualTo(message);
    }

    private static JsonNode contest(JsonNode overview, String name) {
        for (JsonNode contest : overview.path("contests")) {
            if (contest.path("name").asString().equals(name)) {
                return contest;
            }
        }
        throw new AssertionError("no contest " + name + " in " + overview);
    }

    private static JsonNode edition(JsonNode overview, String name) {
        for (JsonNode contest : overview.path("contests")) {
            for (JsonNode edition : contest.path("editions")) {
                if (edition.path("name").asString().equals(name)) {
                    return edition;
                }
            }
        }
        throw new AssertionError("no edition " + name + " in " + overview);
    }

    private static List<String> tallies(JsonNode nominations) {
        var tallies = new ArrayList<String>();
        for (JsonNode t : nominations.path("tallies")) {
            tallies.add(t.path("year").asInt() + " " + t.path("award").asString() + " " + t.path("nominated").asInt() + " "
                    + t.path("awarded").asInt());
        }
        return tallies;
    }

    private static List<String> standings(JsonNode round) {
        var standings = new ArrayList<String>();
        for (JsonNode s : round.path("standings")) {
            // Two decimals as the page shows them; JSON numbers lose their trailing zeros on the way.
            standings.add(s.path("rank").asString() + " " + s.path("average").decimalValue().setScale(2, RoundingMode.HALF_UP)
                    + " " + s.path("title").asString());
        }
        return standings;
    }
}
