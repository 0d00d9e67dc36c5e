package vn.vusta.platform.reports;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.Api;
import vn.vusta.platform.DemoTenants;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report through /api/v1/reports and /api/v1/national/reports: drafted by Hưng Yên's editor, submitted, approved
 * and sent by its administrator, returned and accepted by the national reviewer; every step refused to the roles
 * that may not take it, and every edit refused once the report is locked. Each test takes a period of its own.
 */
@PlatformApiTest
class ReportsApiTest {

    private static final String HUNG_YEN = DemoTenants.HUNG_YEN.toString();

    @Test
    void aReportGoesFromDraftToAcceptedEachStepByItsRoleAndTheReturnCarriesItsComment() {
        String editor = KeycloakTokens.accessToken("hung-yen-editor");
        String admin = KeycloakTokens.accessToken("hung-yen-admin");
        String viewer = KeycloakTokens.accessToken("hung-yen-viewer");
        String reviewer = KeycloakTokens.accessToken("national-reviewer");
        String platformAdmin = KeycloakTokens.accessToken("platform-admin");
        String periodId = period(viewer, 2022, "Q1");

        assertThat(post("/api/v1/reports", viewer, "{\"periodId\": \"" + periodId + "\"}").status()).isEqualTo(403);
        var created = post("/api/v1/reports", editor, "{\"periodId\": \"" + periodId + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode report = created.json();
        String id = report.path("id").asString();
        assertThat(report.path("status").asString()).isEqualTo("DRAFT");
        assertThat(report.path("header").path("title").asString()).isEqualTo("Báo cáo kết quả hoạt động quý I năm 2022");
        // The header follows the union's previous report (its 10-month report of 2021).
        assertThat(report.path("header").path("signerName").asString()).isEqualTo("Nguyễn Khắc Hào");
        assertThat(report.path("header").path("place").asString()).isEqualTo("Hưng Yên");
        assertThat(value(report, "TC01").path("computed").isNumber()).isTrue();
        assertThat(value(report, "TV03").path("computed").isNull()).isTrue();
        String step = "/api/v1/reports/" + id;
        String national = "/api/v1/national/reports/" + HUNG_YEN + "/" + id;
        writeRequiredSections(step, editor);

        // Submission: the union's administrators only.
        for (String refused : List.of(editor, viewer, reviewer)) {
            assertThat(post(step + "/submission", refused, null).status()).isEqualTo(403);
        }
        assertThat(post(step + "/submission", admin, "{\"comment\": \"Kính trình Ban Thường vụ\"}").json()
                .path("status").asString()).isEqualTo("SUBMITTED");
        var again = post(step + "/submission", admin, null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("errors").toString())
                .isEqualTo("[{\"field\":\"status\",\"message\":\"chỉ báo cáo dự thảo hoặc bị trả lại mới trình được\"}]");
        var lockedValue = put(step + "/values/TV03", editor, "{\"value\": 4}");
        assertThat(lockedValue.status()).isEqualTo(409);
        assertThat(lockedValue.json().path("errors").get(0).path("message").asString())
                .isEqualTo("báo cáo đã trình Ban Thường vụ, không sửa được");

        // Approval on paper, recorded by the secretariat: the meeting's date, not missing, not to come, and the minutes.
        assertThat(post(step + "/approval", viewer, "{\"meetingDate\": \"2022-03-30\", \"minutes\": \"x\"}").status()).isEqualTo(403);
        var noDate = post(step + "/approval", admin, "{\"minutes\": \"Biên bản số 12\"}");
        assertThat(noDate.status()).isEqualTo(422);
        assertThat(noDate.json().path("errors").get(0).path("field").asString()).isEqualTo("meetingDate");
        var noMinutes = post(step + "/approval", editor, "{\"meetingDate\": \"2022-03-30\", \"minutes\": \" \"}");
        assertThat(noMinutes.status()).isEqualTo(422);
        assertThat(noMinutes.json().path("errors").toString())
                .isEqualTo("[{\"field\":\"minutes\",\"message\":\"cần ghi biên bản họp Ban Thường vụ (số, ngày hoặc nội dung)\"}]");
        var future = post(step + "/approval", admin, "{\"meetingDate\": \"" + LocalDate.now().plusDays(3) + "\", \"minutes\": \"x\"}");
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.json().path("errors").get(0).path("message").asString()).isEqualTo("ngày họp không được sau hôm nay");
        assertThat(post(step + "/sending", admin, null).status()).isEqualTo(409);
        JsonNode approved = post(step + "/approval", editor, "{\"meetingDate\": \"2022-03-30\", "
                + "\"minutes\": \"Biên bản họp Ban Thường vụ số 12/BB-LHH ngày 30/03/2022\", \"comment\": \"Thống nhất\"}").json();
        assertThat(approved.path("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.path("approvedOn").asString()).isEqualTo("2022-03-30");
        assertThat(approved.path("approval").path("minutes").asString()).isEqualTo("Biên bản họp Ban Thường vụ số 12/BB-LHH ngày 30/03/2022");
        assertThat(approved.path("approval").path("recordedBy").asString()).as("the editor's name").isNotBlank();
        assertThat(approved.path("approval").path("approvedAt").isNull()).as("not approved in the platform").isTrue();

        // Sending: the administrators; then the national union's turn, the reviewers' only.
        assertThat(post(step + "/sending", editor, null).status()).isEqualTo(403);
        assertThat(post(national + "/acceptance", admin, null).status()).isEqualTo(403);
        assertThat(post(step + "/sending", admin, null).json().path("status").asString()).isEqualTo("SENT");
        for (String refused : List.of(admin, editor, viewer, platformAdmin)) {
            assertThat(post(national + "/return", refused, "{\"comment\": \"x\"}").status()).isEqualTo(403);
            assertThat(post(national + "/acceptance", refused, null).status()).isEqualTo(403);
        }
        var noComment = post(national + "/return", reviewer, "{\"comment\": \"  \"}");
        assertThat(noComment.status()).isEqualTo(422);
        assertThat(noComment.json().path("errors").toString())
                .isEqualTo("[{\"field\":\"comment\",\"message\":\"cần ghi ý kiến khi trả lại báo cáo\"}]");
        assertThat(post(national + "/return", reviewer, null).json().path("errors").get(0).path("field").asString())
                .isEqualTo("comment");
        assertThat(post(national + "/reopening", reviewer, "{\"reason\": \"x\"}").status()).isEqualTo(409);
        JsonNode returned = post(national + "/return", reviewer, "{\"comment\": \"Bổ sung số lớp tập huấn quý I\"}").json();
        assertThat(returned.path("status").asString()).isEqualTo("RETURNED");

        // The province sees the comment, revises, and goes through the steps again.
        JsonNode seen = Api.get(step, viewer).json();
        JsonNode last = seen.path("transitions").get(seen.path("transitions").size() - 1);
        assertThat(last.path("to").asString()).isEqualTo("RETURNED");
        assertThat(last.path("actor").asString()).isEqualTo("national-reviewer");
        assertThat(last.path("comment").asString()).isEqualTo("Bổ sung số lớp tập huấn quý I");
        assertThat(put(step + "/values/TV03", editor, "{\"value\": 2}").status()).isEqualTo(200);
        post(step + "/submission", admin, null);
        post(step + "/approval", admin, "{\"meetingDate\": \"2022-04-02\", \"minutes\": \"Biên bản số 14\"}");
        post(step + "/sending", admin, null);
        JsonNode accepted = post(national + "/acceptance", reviewer, null).json();
        assertThat(accepted.path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.path("transitions")).hasSize(8);

        // Accepted: locked, whatever is edited.
        for (var edit : List.of(put(step + "/values/TV03", editor, "{\"value\": 3}"),
                put(step + "/sections/DIFFICULTIES", editor, "{\"html\": \"<p>Khó khăn</p>\"}"),
                put(step, editor, "{\"title\": \"Báo cáo khác\"}"),
                Api.call("DELETE", step + "/values/TV03", editor, null, "vi"),
                post(step + "/refresh", editor, null))) {
            assertThat(edit.status()).as(edit.body()).isEqualTo(409);
            assertThat(edit.json().path("errors").get(0).path("message").asString())
                    .isEqualTo("báo cáo đã được Liên hiệp Hội Việt Nam tiếp nhận, không sửa được");
        }
        assertThat(post(step + "/submission", admin, null).status()).isEqualTo(409);

        // Reopening takes a reviewer and a reason.
        assertThat(post(national + "/reopening", admin, "{\"reason\": \"x\"}").status()).isEqualTo(403);
        var noReason = post(national + "/reopening", reviewer, "{}");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.json().path("errors").get(0).path("field").asString()).isEqualTo("reason");
        JsonNode reopened = post(national + "/reopening", reviewer, "{\"reason\": \"Điều chỉnh số hội viên theo rà soát\"}").json();
        assertThat(reopened.path("status").asString()).isEqualTo("RETURNED");
        assertThat(reopened.path("acceptedAt").isNull()).isTrue();
        assertThat(put(step + "/values/TV03", editor, "{\"value\": 3}").status()).isEqualTo(200);

        // The reviewer's moves are in the province's audit log, under the reviewer's name.
        String audit = Api.get("/api/v1/audit?action=report.&limit=500", admin).body();
        assertThat(audit).contains("report.accepted", "report.returned", "report.reopened", "national-reviewer", id);
        assertThat(Api.get(national, reviewer).json().path("status").asString()).isEqualTo("RETURNED");
        assertThat(Api.get(national, admin).status()).isEqualTo(403);
    }

    @Test
    void aComputedFigureIsOverriddenOnlyWithAReasonAndBothFiguresAreKept() {
        String editor = KeycloakTokens.accessToken("hung-yen-editor");
        String periodId = period(editor, 2022, "H1");
        String id = post("/api/v1/reports", editor, "{\"periodId\": \"" + periodId + "\"}").json().path("id").asString();
        String step = "/api/v1/reports/" + id;
        var twice = post("/api/v1/reports", editor, "{\"periodId\": \"" + periodId + "\"}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().path("errors").get(0).path("field").asString()).isEqualTo("periodId");

        long computed = value(Api.get(step, editor).json(), "TC05").path("computed").asLong();
        var noReason = put(step + "/values/TC05", editor, "{\"value\": 2500}");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.json().path("errors").toString())
                .isEqualTo("[{\"field\":\"reason\",\"message\":\"cần ghi lý do khi thay số liệu tính từ dữ liệu đã ghi nhận\"}]");
        JsonNode overridden = value(put(step + "/values/TC05", editor,
                "{\"value\": 2500, \"reason\": \"Số liệu tổng hợp từ báo cáo của các hội thành viên\"}").json(), "TC05");
        assertThat(overridden.path("computed").asLong()).isEqualTo(computed);
        assertThat(overridden.path("entered").asLong()).isEqualTo(2500);
        assertThat(overridden.path("reported").asLong()).isEqualTo(2500);
        assertThat(overridden.path("reason").asString()).isEqualTo("Số liệu tổng hợp từ báo cáo của các hội thành viên");
        assertThat(overridden.path("enteredBy").asString()).isEqualTo("hung-yen-editor");
        // Refreshing keeps what was entered.
        assertThat(value(post(step + "/refresh", editor, null).json(), "TC05").path("reported").asLong()).isEqualTo(2500);
        JsonNode cleared = value(Api.call("DELETE", step + "/values/TC05", editor, null, "vi").json(), "TC05");
        assertThat(cleared.path("entered").isNull()).isTrue();
        assertThat(cleared.path("reported").asLong()).isEqualTo(computed);
        // A figure entered by hand needs no reason.
        assertThat(value(put(step + "/values/TV03", editor, "{\"value\": 5}").json(), "TV03").path("reported").asLong()).isEqualTo(5);
        assertThat(put(step + "/values/ZZ99", editor, "{\"value\": 5}").json().path("errors").get(0).path("field").asString())
                .isEqualTo("code");

        // Sections keep the HTML a report may hold, and nothing else.
        JsonNode written = put(step + "/sections/DIFFICULTIES", editor, """
                {"html": "<p onclick=\\"x()\\">Dịch <strong>Covid-19</strong></p><script>alert(1)</script><a href=\\"javascript:x()\\">y</a>"}""").json();
        assertThat(written.path("sections").path("DIFFICULTIES").asString()).isEqualTo("<p>Dịch <strong>Covid-19</strong></p>y");
        JsonNode header = put(step, editor, """
                {"title": "Báo cáo 6 tháng đầu năm 2022", "numberSymbol": "31/BC-LHH", "place": "Hưng Yên",
                 "issuedOn": "2022-06-24", "signerTitle": "CHỦ TỊCH", "signerName": "Nguyễn Khắc Hào"}""").json();
        assertThat(header.path("header").path("numberSymbol").asString()).isEqualTo("31/BC-LHH");
        assertThat(put(step, editor, "{\"title\": \" \"}").json().path("errors").get(0).path("field").asString()).isEqualTo("title");
    }

    @Test
    void ofTwoAdministratorsSubmittingAtOnceOneSucceedsAndTheOtherIsToldTheReportMoved() throws Exception {
        String editor = KeycloakTokens.accessToken("hung-yen-editor");
        String admin = KeycloakTokens.accessToken("hung-yen-admin");
        String id = post("/api/v1/reports", editor, "{\"periodId\": \"" + period(editor, 2022, "Q3") + "\"}").json()
                .path("id").asString();
        var barrier = new CyclicBarrier(2);
        Callable<Integer> submit = () -> {
            barrier.await();
            return post("/api/v1/reports/" + id + "/submission", admin, null).status();
        };
        try (var pool = Executors.newFixedThreadPool(2)) {
            var first = pool.submit(submit);
            var second = pool.submit(submit);
            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(200, 409);
        }
        assertThat(Api.get("/api/v1/reports/" + id, admin).json().path("transitions")).hasSize(1);
    }

    /**
     * Thanh Hóa's chairman (tenant-approver) approves in the platform — nobody else may, and the chairman may do
     * nothing else; sending is refused while a required section is empty, naming each; a sent report is taken back
     * before the national union opens it, and no longer once a reviewer has.
     */
    @Test
    void theChairmanApprovesSendingNeedsTheRequiredSectionsAndASentReportIsTakenBackUntilOpened() {
        String editor = KeycloakTokens.accessToken("thanh-hoa-editor");
        String admin = KeycloakTokens.accessToken("thanh-hoa-admin");
        String viewer = KeycloakTokens.accessToken("thanh-hoa-viewer");
        String chair = KeycloakTokens.accessToken("thanh-hoa-approver");
        String reviewer = KeycloakTokens.accessToken("national-reviewer");
        String id = post("/api/v1/reports", editor, "{\"periodId\": \"" + period(editor, 2022, "Q3") + "\"}").json()
                .path("id").asString();
        String step = "/api/v1/reports/" + id;
        String national = "/api/v1/national/reports/" + DemoTenants.THANH_HOA + "/" + id;

        assertThat(Api.get(step, chair).status()).as("the chairman reads").isEqualTo(200);
        assertThat(put(step + "/sections/ORGANISATION", chair, "{\"html\": \"<p>x</p>\"}").status()).as("and writes nothing").isEqualTo(403);
        assertThat(post(step + "/submission", chair, null).status()).isEqualTo(403);
        assertThat(put(step + "/sections/ORGANISATION", editor, "{\"html\": \"<p>Kết nạp 2 hội thành viên</p>\"}").status()).isEqualTo(200);
        assertThat(put(step + "/sections/DIFFICULTIES", editor, "{\"html\": \"<p><br></p>\"}").status()).isEqualTo(200);
        assertThat(post(step + "/submission", admin, null).status()).isEqualTo(200);

        for (String refused : List.of(editor, admin, viewer, reviewer)) {
            assertThat(post(step + "/chair-approval", refused, null).status()).as("only the chairman approves").isEqualTo(403);
        }
        JsonNode approved = post(step + "/chair-approval", chair, "{\"comment\": \"Đồng ý\"}").json();
        assertThat(approved.path("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.path("approval").path("approvedBy").asString()).isEqualTo("Nguyễn Văn Phát");
        assertThat(approved.path("approval").path("approvedAt").isString()).isTrue();
        assertThat(approved.path("approvedOn").asString()).isEqualTo(LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString());
        assertThat(post(step + "/chair-approval", chair, null).status()).as("once").isEqualTo(409);
        assertThat(post(step + "/sending", chair, null).status()).as("the secretariat sends").isEqualTo(403);

        // Two required sections are empty (one only in appearance): sending names both, the first as the field.
        var refused = post(step + "/sending", admin, null);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("errors").toString())
                .isEqualTo("[{\"field\":\"sections.DIFFICULTIES\",\"message\":\"chưa viết phần bắt buộc “Khó khăn, vướng mắc”\"}]");
        assertThat(refused.json().path("problems").toString()).isEqualTo(
                "[{\"field\":\"sections.DIFFICULTIES\",\"message\":\"chưa viết phần bắt buộc “Khó khăn, vướng mắc”\"},"
                        + "{\"field\":\"sections.NEXT_TASKS\",\"message\":\"chưa viết phần bắt buộc “Nhiệm vụ kỳ tới”\"}]");
        assertThat(Api.get(step, admin).json().path("status").asString()).isEqualTo("APPROVED");

        // Back to draft (the approval undone), the sections written, approved again, sent.
        JsonNode drafted = post(step + "/withdrawal", admin, null).json();
        assertThat(drafted.path("status").asString()).isEqualTo("DRAFT");
        assertThat(drafted.path("approval").isNull()).isTrue();
        writeRequiredSections(step, editor);
        post(step + "/submission", admin, null);
        post(step + "/chair-approval", chair, null);
        JsonNode sent = post(step + "/sending", admin, null).json();
        assertThat(sent.path("status").asString()).isEqualTo("SENT");
        assertThat(sent.path("recallable").asBoolean()).isTrue();

        // Taken back before anyone opened it, then sent again and opened by a reviewer: no longer.
        assertThat(post(step + "/recall", editor, null).status()).isEqualTo(403);
        JsonNode recalled = post(step + "/recall", admin, "{\"comment\": \"Bổ sung số liệu\"}").json();
        assertThat(recalled.path("status").asString()).isEqualTo("APPROVED");
        assertThat(recalled.path("sentAt").isNull()).isTrue();
        assertThat(post(step + "/sending", admin, null).json().path("status").asString()).isEqualTo("SENT");
        assertThat(Api.get(step, admin).json().path("openedAt").isNull()).as("not opened yet").isTrue();
        assertThat(Api.get(national, reviewer).json().path("openedAt").isString()).isTrue();
        var tooLate = post(step + "/recall", admin, null);
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.json().path("errors").get(0).path("message").asString())
                .isEqualTo("Liên hiệp Hội Việt Nam đã mở báo cáo, không rút lại được nữa");
        String audit = Api.get("/api/v1/audit?action=report.&limit=500", admin).body();
        assertThat(audit).contains("report.approved-by-chair", "report.recalled", "report.opened");
    }

    @Test
    void theYearListsItsPeriodsWithTheUnionsReports() {
        String viewer = KeycloakTokens.accessToken("thanh-hoa-viewer");
        JsonNode periods = Api.get("/api/v1/reports?year=2021", viewer).json();
        assertThat(periods).hasSize(5);
        assertThat(periods.get(1).path("period").path("kind").asString()).isEqualTo("H1");
        assertThat(periods.get(1).path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(periods.get(3).path("status").asString()).isEqualTo("RETURNED");
        assertThat(periods.get(4).path("reportId").isNull()).isTrue();
    }

    /** The sections a report is not sent without. */
    static void writeRequiredSections(String step, String editor) {
        for (String section : List.of("ORGANISATION", "DIFFICULTIES", "NEXT_TASKS")) {
            var written = put(step + "/sections/" + section, editor, "{\"html\": \"<p>Nội dung " + section + "</p>\"}");
            assertThat(written.status()).as(written.body()).isEqualTo(200);
        }
    }

    private static String period(String token, int year, String kind) {
        for (JsonNode p : Api.get("/api/v1/reports?year=" + year, token).json()) {
            if (p.path("period").path("kind").asString().equals(kind)) {
                return p.path("period").path("id").asString();
            }
        }
        throw new AssertionError("no period " + kind + " " + year);
    }

    private static JsonNode value(JsonNode report, String code) {
        for (JsonNode v : report.path("values")) {
            if (v.path("code").asString().equals(code)) {
                return v;
            }
        }
        throw new AssertionError("no figure " + code + " in " + report);
    }

    private static Api.Response post(String path, String token, String json) {
        return Api.call("POST", path, token, json, "vi");
    }

    private static Api.Response put(String path, String token, String json) {
        return Api.call("PUT", path, token, json, "vi");
    }
}
