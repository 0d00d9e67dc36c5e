package vn.vusta.platform.consultancy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vusta.platform.consultancy.HungYenTasks.EXPERT;
import static vn.vusta.platform.consultancy.HungYenTasks.accepted;
import static vn.vusta.platform.consultancy.HungYenTasks.cancelled;
import static vn.vusta.platform.consultancy.HungYenTasks.editor;
import static vn.vusta.platform.consultancy.HungYenTasks.get;
import static vn.vusta.platform.consultancy.HungYenTasks.reported;
import static vn.vusta.platform.consultancy.HungYenTasks.started;
import static vn.vusta.platform.consultancy.HungYenTasks.step;
import static vn.vusta.platform.consultancy.HungYenTasks.task;

/** Consultancy, critique and social assessment tasks through /api/v1/consultancy, as a union's secretariat keeps them. */
@PlatformApiTest
class ConsultancyApiTest {

    @Test
    void thanhHoasPlanOf2021ReadsAsItsReportSaysTenAssignedFourDoneBy30June() {
        String viewer = KeycloakTokens.accessToken("thanh-hoa-viewer");
        JsonNode midYear = Api.get("/api/v1/consultancy/plan?year=2021&asOf=2021-06-30", viewer).json();
        assertThat(figures(midYear.path("total"))).isEqualTo("assigned 10, done 4, awaiting 1, in progress 4, not started 1, cancelled 0, overdue 0");
        assertThat(midYear.path("total").path("reportsSubmitted").asInt()).isEqualTo(5);
        assertThat(midYear.path("byKind").path("CRITIQUE").path("assigned").asInt()).isEqualTo(7);
        JsonNode yearEnd = Api.get("/api/v1/consultancy/plan?year=2021&asOf=2021-12-31", viewer).json();
        assertThat(figures(yearEnd.path("total"))).isEqualTo("assigned 10, done 9, awaiting 0, in progress 0, not started 0, cancelled 1, overdue 0");

        JsonNode tasks = Api.get("/api/v1/consultancy/tasks?year=2021", viewer).json();
        assertThat(tasks).hasSize(10);
        assertThat(tasks).allSatisfy(t -> assertThat(t.path("authority").asString()).isEqualTo("Chủ tịch UBND tỉnh Thanh Hóa"));
        long doneByJune = 0;
        for (JsonNode t : tasks) {
            if (!t.path("acceptedOn").isNull() && !LocalDate.parse(t.path("acceptedOn").asString()).isAfter(LocalDate.of(2021, 6, 30))) {
                doneByJune++;
                assertThat(t.path("resultDocument").path("name").asString()).endsWith(".pdf");
                assertThat(t.path("panel")).isNotEmpty();
            }
        }
        assertThat(doneByJune).isEqualTo(4);
        assertThat(Api.get("/api/v1/consultancy/tasks?year=2021&status=CANCELLED", viewer).json().get(0)
                .path("cancelReason").asString()).startsWith("UBND tỉnh giao Sở Nông nghiệp");
        assertThat(Api.get("/api/v1/consultancy/tasks?kind=SOCIAL_ASSESSMENT", viewer).json()).hasSize(1);
        assertThat(Api.get("/api/v1/consultancy/tasks?authorityKind=NATIONAL_UNION", viewer).json()).isEmpty();

        // Hải Phòng's task of the national union is Hải Phòng's alone.
        JsonNode haiPhong = Api.get("/api/v1/consultancy/tasks?authorityKind=NATIONAL_UNION",
                KeycloakTokens.accessToken("hai-phong-viewer")).json();
        assertThat(haiPhong).hasSize(1);
        assertThat(haiPhong.get(0).path("subject").asString()).startsWith("Đề xuất các giải pháp tiếp tục đẩy mạnh CNH, HĐH Hải Phòng");
        assertThat(tasks.toString()).doesNotContain("Hải Phòng");
    }

    @Test
    void aTaskGoesFromAssignedToAcceptedAndItsHistoryRecordsWhoAndWhen() {
        String editor = editor();
        int year = HungYenTasks.year();
        UUID unit = UUID.fromString("0195d2a0-0033-7000-8000-000000000001");
        var created = Api.call("POST", "/api/v1/consultancy/tasks", editor, """
                {"planYear": %d, "kind": "SOCIAL_ASSESSMENT", "subject": "  Giám định xã hội Dự án đê biển  ",
                 "authorityKind": "PEOPLES_COUNCIL", "authority": "HĐND tỉnh Hưng Yên", "assignmentNumber": "12/NQ-HĐND",
                 "assignedOn": "%d-01-15", "dueOn": "%d-09-30", "leadUnitId": "%s", "panelMemberIds": ["%s", "%s"]}"""
                .formatted(year, year, year, unit, EXPERT, EXPERT), "vi");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode task = created.json();
        UUID id = UUID.fromString(task.path("id").asString());
        assertThat(task.path("subject").asString()).isEqualTo("Giám định xã hội Dự án đê biển");
        assertThat(task.path("status").asString()).isEqualTo("ASSIGNED");
        assertThat(task.path("leadUnit").path("name").asString()).isEqualTo("Hội Nông học tỉnh Hưng Yên");
        assertThat(task.path("panel")).hasSize(1);
        assertThat(task.path("panel").get(0).path("writtenName").asString()).isEqualTo("TS. Trần Văn Phúc");
        assertThat(names(task.path("nextSteps"))).containsExactly("START", "CANCEL");

        OffsetDateTime before = OffsetDateTime.now().minusSeconds(5);
        var start = step(editor, id, "start", "{\"date\": \"%d-02-10\", \"comment\": \"Họp hội đồng lần 1\"}".formatted(year));
        assertThat(start.status()).as(start.body()).isEqualTo(200);
        assertThat(start.json().path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(start.json().path("startedOn").asString()).isEqualTo(year + "-02-10");
        assertThat(names(start.json().path("nextSteps"))).containsExactly("SUBMIT_REPORT", "CANCEL");

        reported(editor, id, LocalDate.of(year, 8, 20));
        JsonNode submitted = get("/api/v1/consultancy/tasks/" + id);
        assertThat(submitted.path("status").asString()).isEqualTo("REPORT_SUBMITTED");
        assertThat(submitted.path("resultDocument").path("name").asString()).isEqualTo("Báo cáo phản biện.pdf");
        assertThat(names(submitted.path("nextSteps"))).containsExactly("ACCEPT", "CANCEL");
        String resultId = submitted.path("resultDocument").path("id").asString();
        assertThat(Api.download("/api/v1/files/" + resultId, editor).body()).isEqualTo(HungYenTasks.demoPdf());

        var accept = step(editor, id, "accept", """
                {"date": "%d-09-05", "assessment": "Đạt yêu cầu, kiến nghị được tiếp thu.", "rating": "EXCELLENT"}""".formatted(year));
        assertThat(accept.status()).as(accept.body()).isEqualTo(200);
        assertThat(accept.json().path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accept.json().path("acceptedOn").asString()).isEqualTo(year + "-09-05");
        assertThat(accept.json().path("assessment").asString()).isEqualTo("Đạt yêu cầu, kiến nghị được tiếp thu.");
        assertThat(accept.json().path("assessmentRating").asString()).isEqualTo("EXCELLENT");
        assertThat(accept.json().path("nextSteps")).isEmpty();

        JsonNode history = get("/api/v1/consultancy/tasks/" + id + "/history");
        assertThat(history).extracting(h -> h.path("from").asString("") + "→" + h.path("to").asString() + " " + h.path("on").asString())
                .containsExactly("→ASSIGNED " + year + "-01-15", "ASSIGNED→IN_PROGRESS " + year + "-02-10",
                        "IN_PROGRESS→REPORT_SUBMITTED " + year + "-08-20", "REPORT_SUBMITTED→ACCEPTED " + year + "-09-05");
        assertThat(history).allSatisfy(h -> {
            assertThat(h.path("actor").asString()).isEqualTo("hung-yen-editor");
            assertThat(OffsetDateTime.parse(h.path("recordedAt").asString())).isAfter(before.minusMinutes(1));
        });
        assertThat(history.get(1).path("comment").asString()).isEqualTo("Họp hội đồng lần 1");

        String audit = Api.get("/api/v1/audit?action=consultancy-&limit=500", KeycloakTokens.accessToken("hung-yen-admin")).body();
        assertThat(audit).contains("consultancy-task.created", "consultancy-task.start", "consultancy-task.submit-report",
                "consultancy-task.accept", "consultancy-task-transition.recorded", "consultancy-panel-member.added",
                "consultancy-task-attachment.added", id.toString());
    }

    @Test
    void aTaskCannotBeAcceptedBeforeItsReportIsSubmittedNorTakeAStepOutOfTurn() {
        String editor = editor();
        UUID id = task(editor, HungYenTasks.year(), "Phản biện Đề án A");
        var early = step(editor, id, "accept", "{\"assessment\": \"Tốt\"}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat(field(early)).isEqualTo("status");
        assertThat(message(early)).isEqualTo("chưa nộp báo cáo kết quả nên chưa thể nghiệm thu");
        var reportFirst = step(editor, id, "submit-report", null);
        assertThat(reportFirst.status()).isEqualTo(409);
        assertThat(message(reportFirst)).isEqualTo("chỉ nộp được báo cáo kết quả khi nhiệm vụ đang thực hiện");

        started(editor, id, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
        var again = step(editor, id, "start", "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(message(again)).isEqualTo("chỉ bắt đầu thực hiện được nhiệm vụ đang ở trạng thái \"Được giao\"");
        var stillEarly = step(editor, id, "accept", "{\"assessment\": \"Tốt\"}");
        assertThat(stillEarly.status()).isEqualTo(409);
        assertThat(field(stillEarly)).isEqualTo("status");
        assertThat(get("/api/v1/consultancy/tasks/" + id).path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(get("/api/v1/consultancy/tasks/" + id + "/history")).hasSize(2);
    }

    @Test
    void aReportIsNotSubmittedWithoutItsResultDocument() {
        String editor = editor();
        int year = HungYenTasks.year();
        UUID id = task(editor, year, "Phản biện Đề án B");
        started(editor, id, LocalDate.of(year, 3, 1));

        var none = step(editor, id, "submit-report", "{\"date\": \"%d-06-01\"}".formatted(year));
        assertThat(none.status()).isEqualTo(422);
        assertThat(field(none)).isEqualTo("resultFileId");
        assertThat(message(none)).isEqualTo("cần tệp báo cáo kết quả để nộp báo cáo");
        var stranger = step(editor, id, "submit-report", "{\"resultFileId\": \"%s\"}".formatted(UUID.randomUUID()));
        assertThat(stranger.status()).isEqualTo(422);
        assertThat(message(stranger)).isEqualTo("tệp này không phải tệp đính kèm của nhiệm vụ");

        // An ordinary attachment, named as the result when the report is submitted.
        var minutes = Api.upload("/api/v1/consultancy/tasks/" + id + "/attachments", editor, "Biên bản họp hội đồng.pdf",
                HungYenTasks.demoPdf());
        assertThat(minutes.status()).as(minutes.body()).isEqualTo(201);
        assertThat(minutes.json().path("resultDocument").isNull()).isTrue();
        String fileId = minutes.json().path("attachments").get(0).path("id").asString();
        var submitted = step(editor, id, "submit-report", "{\"date\": \"%d-06-01\", \"resultFileId\": \"%s\"}".formatted(year, fileId));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().path("resultDocument").path("id").asString()).isEqualTo(fileId);
        assertThat(submitted.json().path("attachments")).isEmpty();

        // The report submitted keeps its result document.
        var removed = Api.call("DELETE", "/api/v1/consultancy/tasks/" + id + "/attachments/" + fileId, editor, null, "vi");
        assertThat(removed.status()).isEqualTo(409);
        assertThat(message(removed)).isEqualTo("báo cáo kết quả đã nộp, không thay được tệp nữa");
        var replaced = Api.upload("/api/v1/consultancy/tasks/" + id + "/attachments?result=true", editor, "Khác.pdf",
                HungYenTasks.demoPdf());
        assertThat(replaced.status()).isEqualTo(409);
        assertThat(field(replaced)).isEqualTo("result");
    }

    @Test
    void cancellingNeedsAReasonAndRecordsIt() {
        String editor = editor();
        int year = HungYenTasks.year();
        UUID id = task(editor, year, "Phản biện Đề án C");
        for (String body : List.of("{}", "{\"reason\": \"   \"}")) {
            var refused = step(editor, id, "cancel", body);
            assertThat(refused.status()).isEqualTo(422);
            assertThat(field(refused)).isEqualTo("reason");
            assertThat(message(refused)).isEqualTo("cần ghi lý do hủy nhiệm vụ");
        }
        assertThat(get("/api/v1/consultancy/tasks/" + id).path("status").asString()).isEqualTo("ASSIGNED");

        var cancelled = step(editor, id, "cancel", "{\"date\": \"%d-04-01\", \"reason\": \"Đề án được rút lại.\"}".formatted(year));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().path("cancelReason").asString()).isEqualTo("Đề án được rút lại.");
        JsonNode last = get("/api/v1/consultancy/tasks/" + id + "/history").get(1);
        assertThat(last.path("to").asString()).isEqualTo("CANCELLED");
        assertThat(last.path("comment").asString()).isEqualTo("Đề án được rút lại.");

        // Cancelled from each non-final status: in progress, and report submitted.
        UUID started = task(editor, year, "Phản biện Đề án D");
        started(editor, started, LocalDate.of(year, 3, 1));
        cancelled(editor, started, LocalDate.of(year, 3, 2));
        UUID reported = task(editor, year, "Phản biện Đề án E");
        started(editor, reported, LocalDate.of(year, 3, 1));
        reported(editor, reported, LocalDate.of(year, 5, 1));
        cancelled(editor, reported, LocalDate.of(year, 5, 2));
        assertThat(get("/api/v1/consultancy/tasks/" + reported).path("reportSubmittedOn").asString()).isEqualTo(year + "-05-01");
    }

    @Test
    void nothingLeavesAcceptedOrCancelled() {
        String editor = editor();
        int year = HungYenTasks.year();
        UUID done = task(editor, year, "Phản biện Đề án F");
        started(editor, done, LocalDate.of(year, 3, 1));
        reported(editor, done, LocalDate.of(year, 5, 1));
        accepted(editor, done, LocalDate.of(year, 6, 1));
        UUID dropped = task(editor, year, "Phản biện Đề án G");
        cancelled(editor, dropped, LocalDate.of(year, 3, 1));

        for (UUID id : List.of(done, dropped)) {
            for (String step : List.of("start", "submit-report", "accept", "cancel")) {
                var refused = step(editor, id, step, "{\"assessment\": \"Tốt\", \"reason\": \"Lý do\"}");
                assertThat(refused.status()).as(step).isEqualTo(409);
                assertThat(field(refused)).isEqualTo("status");
                assertThat(message(refused)).isEqualTo("nhiệm vụ đã được nghiệm thu hoặc đã hủy, không thay đổi được nữa");
            }
            var changed = Api.call("PUT", "/api/v1/consultancy/tasks/" + id, editor, body(year, "Đổi nội dung", EXPERT), "vi");
            assertThat(changed.status()).isEqualTo(409);
            assertThat(field(changed)).isEqualTo("status");
            var attached = Api.upload("/api/v1/consultancy/tasks/" + id + "/attachments", editor, "Thêm.pdf", HungYenTasks.demoPdf());
            assertThat(attached.status()).isEqualTo(409);
        }
        assertThat(get("/api/v1/consultancy/tasks/" + done).path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(get("/api/v1/consultancy/tasks/" + dropped).path("status").asString()).isEqualTo("CANCELLED");
        assertThat(get("/api/v1/consultancy/tasks/" + done + "/history")).hasSize(4);
    }

    @Test
    void aViewerReadsButCannotCreateChangeOrMoveATask() {
        String editor = editor();
        int year = HungYenTasks.year();
        UUID id = task(editor, year, "Phản biện Đề án H");
        String viewer = KeycloakTokens.accessToken("hung-yen-viewer");
        assertThat(Api.get("/api/v1/consultancy/tasks/" + id, viewer).status()).isEqualTo(200);
        assertThat(Api.get("/api/v1/consultancy/plan?year=" + year, viewer).status()).isEqualTo(200);
        for (String step : List.of("start", "submit-report", "accept", "cancel")) {
            assertThat(step(viewer, id, step, "{\"reason\": \"Lý do\", \"assessment\": \"Tốt\"}").status()).as(step).isEqualTo(403);
        }
        assertThat(Api.call("PUT", "/api/v1/consultancy/tasks/" + id, viewer, body(year, "Đổi", EXPERT), "vi").status()).isEqualTo(403);
        assertThat(Api.call("POST", "/api/v1/consultancy/tasks", viewer, body(year, "Mới", EXPERT), "vi").status()).isEqualTo(403);
        assertThat(Api.upload("/api/v1/consultancy/tasks/" + id + "/attachments", viewer, "a.pdf", HungYenTasks.demoPdf()).status())
                .isEqualTo(403);
        assertThat(get("/api/v1/consultancy/tasks/" + id).path("status").asString()).isEqualTo("ASSIGNED");
        assertThat(get("/api/v1/consultancy/tasks?year=" + year)).hasSize(1);
    }

    @Test
    void aPanelMemberWhoIsNotAnExpertIsRefusedNamingTheField() {
        String editor = editor();
        int year = HungYenTasks.year();
        UUID plain = HungYenTasks.member("Phạm Thị Thường", false);
        var refused = Api.call("POST", "/api/v1/consultancy/tasks", editor, body(year, "Phản biện Đề án I", EXPERT, plain), "vi");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(field(refused)).isEqualTo("panelMemberIds[1]");
        assertThat(message(refused)).startsWith("Phạm Thị Thường không phải chuyên gia");
        var unknown = Api.call("POST", "/api/v1/consultancy/tasks", editor, body(year, "Phản biện Đề án I", UUID.randomUUID()), "en");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(field(unknown)).isEqualTo("panelMemberIds[0]");
        assertThat(message(unknown)).isEqualTo("the union has no such member");
        assertThat(get("/api/v1/consultancy/tasks?year=" + year)).isEmpty();

        // On the panel as an expert, a member stays on it when the flag goes; joining anew is refused.
        UUID expert = HungYenTasks.member("Đinh Văn Chuyên", true);
        UUID id = task(editor, year, "Phản biện Đề án J");
        var panel = Api.call("PUT", "/api/v1/consultancy/tasks/" + id, editor, body(year, "Phản biện Đề án J", EXPERT, expert), "vi");
        assertThat(panel.status()).as(panel.body()).isEqualTo(200);
        assertThat(panel.json().path("panel")).extracting(p -> p.path("fullName").asString())
                .containsExactly("Đinh Văn Chuyên", "Trần Văn Phúc");
        HungYenTasks.flagExpert(expert, false);
        var kept = Api.call("PUT", "/api/v1/consultancy/tasks/" + id, editor, body(year, "Phản biện Đề án J.", EXPERT, expert), "vi");
        assertThat(kept.status()).as(kept.body()).isEqualTo(200);
        assertThat(kept.json().path("panel").get(0).path("expert").asBoolean()).isFalse();
        var joining = Api.call("POST", "/api/v1/consultancy/tasks", editor, body(year, "Phản biện Đề án K", expert), "vi");
        assertThat(joining.status()).isEqualTo(422);
        assertThat(field(joining)).isEqualTo("panelMemberIds[0]");

        var otherTask = task(editor, year, "Phản biện Đề án K");
        var dueBeforeAssignment = Api.call("PUT", "/api/v1/consultancy/tasks/" + otherTask, editor, """
                {"planYear": %d, "kind": "CRITIQUE", "subject": "Phản biện Đề án K", "authorityKind": "DEPARTMENT",
                 "authority": "Sở Xây dựng", "assignmentNumber": "1/SXD", "assignedOn": "%d-05-01", "dueOn": "%d-04-01"}"""
                .formatted(year, year, year), "vi");
        assertThat(dueBeforeAssignment.status()).isEqualTo(422);
        assertThat(field(dueBeforeAssignment)).isEqualTo("dueOn");
    }

    @Test
    void aStepIsDatedNeitherInTheFutureNorBeforeThePreviousStep() {
        String editor = editor();
        int year = HungYenTasks.year();
        UUID id = task(editor, year, "Phản biện Đề án L");
        var future = step(editor, id, "start", "{\"date\": \"%s\"}".formatted(LocalDate.now().plusDays(3)));
        assertThat(future.status()).isEqualTo(422);
        assertThat(field(future)).isEqualTo("date");
        var early = step(editor, id, "start", "{\"date\": \"%d-01-20\"}".formatted(year));
        assertThat(early.status()).isEqualTo(422);
        assertThat(message(early)).isEqualTo("ngày không được trước ngày của bước trước (01/02/%d)".formatted(year));
        assertThat(get("/api/v1/consultancy/tasks/" + id).path("status").asString()).isEqualTo("ASSIGNED");
    }

    @Test
    void twoUsersTakingTheSameStepAtOnceDoNotBothSucceed() throws Exception {
        String editor = editor();
        String admin = KeycloakTokens.accessToken("hung-yen-admin");
        int year = HungYenTasks.year();
        for (int round = 0; round < 3; round++) {
            UUID id = task(editor, year, "Phản biện Đề án M" + round);
            List<Callable<Api.Response>> starts = List.of(
                    () -> step(editor, id, "start", "{\"date\": \"%d-03-01\"}".formatted(year)),
                    () -> step(admin, id, "start", "{\"date\": \"%d-03-02\"}".formatted(year)));
            var statuses = new ArrayList<Integer>();
            try (var pool = Executors.newFixedThreadPool(2)) {
                for (var outcome : pool.invokeAll(starts)) {
                    statuses.add(outcome.get().status());
                }
            }
            assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(200, 409);
            assertThat(get("/api/v1/consultancy/tasks/" + id + "/history")).extracting(h -> h.path("to").asString())
                    .containsExactly("ASSIGNED", "IN_PROGRESS");
        }
    }

    @Test
    void thePlanAgainstDoneOnAnyDayOfFixtureTasks() {
        String editor = editor();
        int year = HungYenTasks.year();
        task(editor, year, "Nhiệm vụ chưa bắt đầu");
        UUID working = task(editor, year, "Nhiệm vụ đang thực hiện");
        started(editor, working, LocalDate.of(year, 3, 1));
        UUID awaiting = task(editor, year, "Nhiệm vụ chờ nghiệm thu");
        started(editor, awaiting, LocalDate.of(year, 3, 1));
        reported(editor, awaiting, LocalDate.of(year, 6, 10));
        UUID done = task(editor, year, "Nhiệm vụ đã nghiệm thu");
        started(editor, done, LocalDate.of(year, 2, 15));
        reported(editor, done, LocalDate.of(year, 5, 20));
        accepted(editor, done, LocalDate.of(year, 6, 30));
        UUID dropped = task(editor, year, "Nhiệm vụ bị hủy");
        cancelled(editor, dropped, LocalDate.of(year, 4, 1));
        var late = HungYenTasks.create(editor, year, "CONSULTANCY", "Nhiệm vụ giao cuối năm", LocalDate.of(year, 11, 3),
                LocalDate.of(year, 12, 20));
        assertThat(late.status()).isEqualTo(201);

        assertThat(figures(plan(year, year + "-01-31"))).isEqualTo("assigned 0, done 0, awaiting 0, in progress 0, not started 0, cancelled 0, overdue 0");
        assertThat(figures(plan(year, year + "-03-31"))).isEqualTo("assigned 5, done 0, awaiting 0, in progress 3, not started 2, cancelled 0, overdue 0");
        assertThat(figures(plan(year, year + "-06-29"))).isEqualTo("assigned 5, done 0, awaiting 2, in progress 1, not started 1, cancelled 1, overdue 0");
        assertThat(figures(plan(year, year + "-06-30"))).isEqualTo("assigned 5, done 1, awaiting 1, in progress 1, not started 1, cancelled 1, overdue 0");
        // Due on 31 October: the one not started and the one in progress are overdue after it; the late one is assigned.
        assertThat(figures(plan(year, year + "-11-15"))).isEqualTo("assigned 6, done 1, awaiting 1, in progress 1, not started 2, cancelled 1, overdue 2");
        JsonNode byKind = Api.get("/api/v1/consultancy/plan?year=%d&asOf=%d-11-15".formatted(year, year), editor).json().path("byKind");
        assertThat(byKind.path("CONSULTANCY").path("assigned").asInt()).isEqualTo(1);
        assertThat(byKind.path("CRITIQUE").path("assigned").asInt()).isEqualTo(5);
        assertThat(byKind.path("SOCIAL_ASSESSMENT").path("assigned").asInt()).isZero();
        assertThat(get("/api/v1/consultancy/tasks?year=%d&status=IN_PROGRESS".formatted(year)))
                .extracting(t -> t.path("id").asString()).containsExactly(working.toString());
        // Read today, long after their due dates: both tasks not started are overdue; the one in progress too.
        assertThat(get("/api/v1/consultancy/tasks?year=%d&status=ASSIGNED".formatted(year)))
                .extracting(t -> t.path("subject").asString() + (t.path("overdue").asBoolean() ? " (overdue)" : ""))
                .containsExactly("Nhiệm vụ chưa bắt đầu (overdue)", "Nhiệm vụ giao cuối năm (overdue)");
        assertThat(get("/api/v1/consultancy/tasks/" + awaiting).path("overdue").asBoolean()).isFalse();
    }

    private static JsonNode plan(int year, String asOf) {
        return get("/api/v1/consultancy/plan?year=%d&asOf=%s".formatted(year, asOf)).path("total");
    }

    private static String figures(JsonNode f) {
        return "assigned %d, done %d, awaiting %d, in progress %d, not started %d, cancelled %d, overdue %d".formatted(
                f.path("assigned").asInt(), f.path("done").asInt(), f.path("awaitingAcceptance").asInt(),
                f.path("inProgress").asInt(), f.path("notStarted").asInt(), f.path("cancelled").asInt(), f.path("overdue").asInt());
    }

    private static String body(int year, String subject, UUID... panel) {
        var ids = new ArrayList<String>();
        for (UUID id : panel) {
            ids.add('"' + id.toString() + '"');
        }
        return """
                {"planYear": %d, "kind": "CRITIQUE", "subject": "%s", "authorityKind": "PEOPLES_COMMITTEE",
                 "authority": "Chủ tịch UBND tỉnh Hưng Yên", "assignmentNumber": "7/QĐ-UBND", "assignedOn": "%d-02-01",
                 "dueOn": "%d-10-31", "panelMemberIds": [%s]}""".formatted(year, subject, year, year, String.join(", ", ids));
    }

    private static List<String> names(JsonNode array) {
        var names = new ArrayList<String>();
        array.forEach(n -> names.add(n.asString()));
        return names;
    }

    private static String field(Api.Response response) {
        return response.json().path("errors").get(0).path("field").asString();
    }

    private static String message(Api.Response response) {
        return response.json().path("errors").get(0).path("message").asString();
    }
}
