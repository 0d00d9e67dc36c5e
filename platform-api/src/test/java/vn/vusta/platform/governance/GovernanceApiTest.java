package vn.vusta.platform.governance;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vusta.platform.governance.HungYenGovernance.body;
import static vn.vusta.platform.governance.HungYenGovernance.editor;
import static vn.vusta.platform.governance.HungYenGovernance.end;
import static vn.vusta.platform.governance.HungYenGovernance.get;
import static vn.vusta.platform.governance.HungYenGovernance.member;
import static vn.vusta.platform.governance.HungYenGovernance.seat;
import static vn.vusta.platform.governance.HungYenGovernance.seated;
import static vn.vusta.platform.governance.HungYenGovernance.term;

/** Terms, bodies, seats and their history through /api/v1/governance, as a union's secretariat keeps them. */
@PlatformApiTest
class GovernanceApiTest {

    @Test
    void thanhHoasCurrentLeadershipAtAGlance() {
        JsonNode leaderships = Api.get("/api/v1/governance/leadership", KeycloakTokens.accessToken("thanh-hoa-viewer")).json();
        assertThat(leaderships).hasSize(1);
        JsonNode current = leaderships.get(0);
        assertThat(current.path("term").path("name").asString()).isEqualTo("Nhiệm kỳ 2024–2029");
        assertThat(leaders(current)).containsExactly(
                "CHAIR PGS.TS. Lê Công Cường [EXECUTIVE_COMMITTEE, STANDING_COMMITTEE, PERMANENT_OFFICE]",
                "VICE_CHAIR_SECRETARY_GENERAL PGS.TS. Hoàng Đình Đạt [EXECUTIVE_COMMITTEE, STANDING_COMMITTEE, PERMANENT_OFFICE]",
                // Vice-Presidents in Vietnamese order of their given names: Hương before Tuấn.
                "VICE_CHAIR GS.TSKH. Lưu Thị Minh Hương [EXECUTIVE_COMMITTEE, STANDING_COMMITTEE, PERMANENT_OFFICE]",
                "VICE_CHAIR TS. Lê Xuân Tuấn [EXECUTIVE_COMMITTEE, STANDING_COMMITTEE, PERMANENT_OFFICE]");
        JsonNode bodies = current.path("bodies");
        assertThat(bodies.get(1).path("body").path("kind").asString()).isEqualTo("STANDING_COMMITTEE");
        assertThat(bodies.get(1).path("mandates")).hasSize(11);
        assertThat(bodies.get(2).path("body").path("kind").asString()).isEqualTo("PERMANENT_OFFICE");
        assertThat(bodies.get(2).path("mandates")).hasSize(4);
        assertThat(leaderships.toString()).doesNotContain("Phạm Quang Thiều").doesNotContain("Hải Phòng");

        // On a day of the previous term: its President, and the Standing Committee before Đặng Đình Hải left it.
        JsonNode earlier = Api.get("/api/v1/governance/leadership?on=2021-06-22", KeycloakTokens.accessToken("thanh-hoa-viewer"))
                .json().get(0);
        assertThat(earlier.path("term").path("name").asString()).isEqualTo("Nhiệm kỳ 2019–2024");
        assertThat(leaders(earlier).getFirst()).startsWith("CHAIR GS.TSKH. Phạm Văn Sơn");
        assertThat(names(earlier.path("bodies").get(1).path("mandates"))).hasSize(11).contains("Đặng Đình Hải");
    }

    @Test
    void theHistoryOfATermShowsEachChangeWithTheDecisionOrMeetingThatMadeIt() {
        String viewer = KeycloakTokens.accessToken("thanh-hoa-viewer");
        String termId = termNamed(Api.get("/api/v1/governance/terms", viewer).json(), "Nhiệm kỳ 2019–2024");
        JsonNode history = Api.get("/api/v1/governance/terms/" + termId + "/history", viewer).json();

        JsonNode ended = history.get(0);
        assertThat(ended.path("on").asString()).isEqualTo("2024-10-18");
        assertThat(ended.path("changes")).allSatisfy(c -> assertThat(c.path("mandate").path("endReason").asString()).isEqualTo("TERM_ENDED"));

        JsonNode election = setOn(history, "2022-12-27");
        assertThat(election.path("decision").path("number").asString()).isEqualTo("32/NQ-LHH");
        assertThat(changes(election)).containsExactly(
                "START SUPPLEMENTARY_ELECTION Lê Công Đạt MEMBER EXECUTIVE_COMMITTEE",
                "START SUPPLEMENTARY_ELECTION Mai Minh Thắng MEMBER EXECUTIVE_COMMITTEE",
                "START SUPPLEMENTARY_ELECTION Lê Xuân Tuấn MEMBER STANDING_COMMITTEE");
        JsonNode resignation = setOn(history, "2021-12-28");
        assertThat(resignation.path("decision").path("text").asString()).startsWith("Hội nghị Ban Chấp hành lần thứ 4");
        assertThat(changes(resignation)).containsExactly(
                "END RESIGNED Đặng Đình Hải MEMBER EXECUTIVE_COMMITTEE",
                "END RESIGNED Đặng Đình Hải MEMBER STANDING_COMMITTEE");
        // The supplementary election names the seat it filled.
        JsonNode elected = election.path("changes").get(0).path("mandate");
        JsonNode replaced = Api.get("/api/v1/governance/mandates/" + elected.path("replacesMandateId").asString(), viewer).json();
        assertThat(replaced.path("holder").path("fullName").asString()).isEqualTo("Đặng Đình Hải");
        assertThat(history.get(history.size() - 1).path("on").asString()).isEqualTo("2019-10-25");
    }

    @Test
    void anEditorRecordsATermItsBodiesSeatsAResignationAndASupplementaryElection() {
        String editor = editor();
        var term = term(editor);
        UUID executive = body(editor, term.id(), "EXECUTIVE_COMMITTEE", 3);
        UUID chair = member("Trần Quốc Chủ");
        UUID leaving = member("Nguyễn Thị Thôi");
        UUID successor = member("Lê Văn Bổ");
        UUID chairSeat = seated(editor, executive, chair, "CHAIR", term.startsOn());
        UUID leavingSeat = seated(editor, executive, leaving, "MEMBER", term.startsOn());

        var resigned = end(editor, leavingSeat, term.day(200), "RESIGNED", "Hội nghị Ban Chấp hành lần thứ 2", "vi");
        assertThat(resigned.status()).as(resigned.body()).isEqualTo(200);
        assertThat(resigned.json().path("endReason").asString()).isEqualTo("RESIGNED");
        var elected = seat(editor, executive, successor, "MEMBER", term.day(300), "SUPPLEMENTARY_ELECTION",
                "Hội nghị Ban Chấp hành lần thứ 3", leavingSeat);
        assertThat(elected.status()).as(elected.body()).isEqualTo(201);
        assertThat(elected.json().path("replacesMandateId").asString()).isEqualTo(leavingSeat.toString());

        JsonNode seats = get("/api/v1/governance/bodies/" + executive);
        assertThat(seats.path("body").path("seats").asInt()).isEqualTo(3);
        assertThat(names(seats.path("mandates"))).containsExactly("Trần Quốc Chủ", "Lê Văn Bổ", "Nguyễn Thị Thôi");
        assertThat(get("/api/v1/governance/terms/" + term.id()).path("congress").asString()).startsWith("Đại hội đại biểu");
        assertThat(get("/api/v1/governance/terms/" + term.id() + "/bodies").get(0).path("kind").asString())
                .isEqualTo("EXECUTIVE_COMMITTEE");
        assertThat(get("/api/v1/governance/mandates/" + chairSeat).path("holder").path("titles").asString()).isEqualTo("TS.");

        JsonNode history = get("/api/v1/governance/terms/" + term.id() + "/history");
        assertThat(history).extracting(set -> set.path("on").asString()).containsExactly(
                term.day(300).toString(), term.day(200).toString(), term.startsOn().toString());
        assertThat(changes(history.get(0))).containsExactly("START SUPPLEMENTARY_ELECTION Lê Văn Bổ MEMBER EXECUTIVE_COMMITTEE");
        assertThat(history.get(1).path("decision").path("number").asString()).isEqualTo("12/NQ-LHH");

        JsonNode leadership = get("/api/v1/governance/leadership?on=" + term.day(250)).get(0);
        assertThat(leaders(leadership)).containsExactly("CHAIR TS. Trần Quốc Chủ [EXECUTIVE_COMMITTEE]");
        assertThat(names(leadership.path("bodies").get(0).path("mandates"))).containsExactly("Trần Quốc Chủ");

        String audit = Api.get("/api/v1/audit?action=governance-&limit=500", KeycloakTokens.accessToken("hung-yen-admin")).body();
        assertThat(audit).contains("governance-term.created", "governance-body.created", "governance-mandate.ended",
                "hung-yen-editor", leavingSeat.toString(), elected.json().path("id").asString());
    }

    @Test
    void aCongressOpeningANewTermEndsTheRunningOneWithItsSeats() {
        String editor = editor();
        var first = term(editor);
        UUID executive = body(editor, first.id(), "EXECUTIVE_COMMITTEE", null);
        UUID seat = seated(editor, executive, member("Phạm Văn Cũ"), "MEMBER", first.startsOn());

        var second = term(editor);
        JsonNode ended = get("/api/v1/governance/terms/" + first.id());
        assertThat(ended.path("endsOn").asString()).isEqualTo(second.startsOn().toString());
        JsonNode mandate = get("/api/v1/governance/mandates/" + seat);
        assertThat(mandate.path("endsOn").asString()).isEqualTo(second.startsOn().toString());
        assertThat(mandate.path("endReason").asString()).isEqualTo("TERM_ENDED");
        assertThat(mandate.path("endDecision").path("text").asString()).startsWith("Đại hội đại biểu lần thứ");

        // A term whose congress met before the running term began overlaps it.
        var overlappingTerm = Api.call("POST", "/api/v1/governance/terms", editor, """
                {"startYear": 1950, "endYear": 1955, "congress": "Đại hội lần thứ nhất", "startsOn": "%s"}"""
                .formatted(second.startsOn().minusDays(1)), "vi");
        assertThat(overlappingTerm.status()).isEqualTo(409);
        assertThat(overlappingTerm.json().path("errors").get(0).path("field").asString()).isEqualTo("startsOn");
        assertThat(get("/api/v1/governance/terms/" + second.id()).path("endsOn").isNull()).isTrue();
    }

    @Test
    void anEndBeforeTheStartIsRefusedNamingTheFieldAndChangesNothing() {
        String editor = editor();
        var term = term(editor);
        UUID executive = body(editor, term.id(), "EXECUTIVE_COMMITTEE", 5);
        UUID seat = seated(editor, executive, member("Hoàng Văn Sớm"), "MEMBER", term.day(10));

        var vietnamese = end(editor, seat, term.day(5), "RESIGNED", "Hội nghị Ban Chấp hành", "vi");
        assertThat(vietnamese.status()).isEqualTo(400);
        assertThat(vietnamese.contentType()).startsWith("application/problem+json");
        assertThat(vietnamese.json().path("title").asString()).isEqualTo("Dữ liệu không hợp lệ");
        assertThat(vietnamese.json().path("errors").toString())
                .isEqualTo("[{\"field\":\"endsOn\",\"message\":\"ngày kết thúc phải sau ngày bắt đầu giữ vị trí\"}]");
        var english = end(editor, seat, term.day(10), "RESIGNED", "Hội nghị Ban Chấp hành", "en");
        assertThat(english.json().path("detail").asString()).isEqualTo("endsOn: the end must come after the start of the seat");
        assertThat(get("/api/v1/governance/mandates/" + seat).path("endsOn").isNull()).isTrue();

        var noDecision = Api.call("POST", "/api/v1/governance/mandates/" + seat + "/end", editor,
                "{\"endsOn\": \"%s\", \"reason\": \"RESIGNED\", \"decision\": {\"text\": \" \"}}".formatted(term.day(20)), "vi");
        assertThat(noDecision.status()).isEqualTo(400);
        assertThat(noDecision.json().path("errors").toString()).contains("{\"field\":\"decision.text\",\"message\":\"không được để trống\"}");

        var beforeTheTerm = seat(editor, executive, member("Đỗ Thị Trước"), "MEMBER", term.day(-1), "APPOINTED", "Quyết định", null);
        assertThat(beforeTheTerm.status()).isEqualTo(400);
        assertThat(beforeTheTerm.json().path("errors").get(0).path("field").asString()).isEqualTo("startsOn");

        var yearsReversed = Api.call("POST", "/api/v1/governance/terms", editor,
                "{\"startYear\": 2029, \"endYear\": 2024, \"congress\": \"Đại hội\", \"startsOn\": \"2030-01-01\"}", "vi");
        assertThat(yearsReversed.status()).isEqualTo(400);
        assertThat(yearsReversed.json().path("errors").toString())
                .isEqualTo("[{\"field\":\"endYear\",\"message\":\"năm kết thúc phải sau năm bắt đầu\"}]");
        assertThat(get("/api/v1/governance/bodies/" + executive).path("mandates")).hasSize(1);
    }

    @Test
    void aBodyHasOneChairAtATimeAndAMemberOneSeat() {
        String editor = editor();
        var term = term(editor);
        UUID executive = body(editor, term.id(), "EXECUTIVE_COMMITTEE", 9);
        UUID first = member("Vũ Văn Nhất");
        UUID firstSeat = seated(editor, executive, first, "CHAIR", term.startsOn());

        var secondChair = seat(editor, executive, member("Vũ Văn Nhì"), "CHAIR", term.day(30), "SUPPLEMENTARY_ELECTION",
                "Hội nghị Ban Chấp hành lần thứ 2", null);
        assertThat(secondChair.status()).isEqualTo(409);
        assertThat(secondChair.json().path("title").asString()).isEqualTo("Xung đột dữ liệu");
        assertThat(secondChair.json().path("errors").get(0).path("field").asString()).isEqualTo("position");
        assertThat(secondChair.json().path("errors").get(0).path("message").asString()).startsWith("ban này đã có Chủ tịch");

        var twice = seat(editor, executive, first, "MEMBER", term.day(30), "APPOINTED", "Quyết định", null);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().path("errors").get(0).path("field").asString()).isEqualTo("memberId");

        var sameKind = Api.call("POST", "/api/v1/governance/terms/" + term.id() + "/bodies", editor,
                "{\"kind\": \"EXECUTIVE_COMMITTEE\", \"seats\": 9}", "vi");
        assertThat(sameKind.status()).isEqualTo(409);
        assertThat(sameKind.json().path("errors").get(0).path("field").asString()).isEqualTo("kind");
        assertThat(get("/api/v1/governance/terms/" + term.id() + "/bodies")).hasSize(1);

        // Once the first President has left, the next one takes the chair from that day.
        assertThat(end(editor, firstSeat, term.day(30), "POSITION_CHANGED", "Hội nghị Ban Chấp hành lần thứ 2", "vi").status())
                .isEqualTo(200);
        assertThat(seat(editor, executive, member("Vũ Văn Ba"), "CHAIR", term.day(30), "SUPPLEMENTARY_ELECTION",
                "Hội nghị Ban Chấp hành lần thứ 2", firstSeat).status()).isEqualTo(201);
        assertThat(get("/api/v1/governance/bodies/" + executive).path("mandates")).hasSize(2);
    }

    @Test
    void aViewerReadsTheGovernanceButChangesNothing() {
        String viewer = KeycloakTokens.accessToken("thanh-hoa-viewer");
        String termId = termNamed(Api.get("/api/v1/governance/terms", viewer).json(), "Nhiệm kỳ 2024–2029");
        JsonNode chair = Api.get("/api/v1/governance/leadership", viewer).json().get(0).path("bodies").get(0).path("mandates").get(0);
        assertThat(chair.path("position").asString()).isEqualTo("CHAIR");

        assertThat(Api.call("POST", "/api/v1/governance/terms", viewer,
                "{\"startYear\": 2029, \"endYear\": 2034, \"congress\": \"Đại hội\", \"startsOn\": \"2029-10-01\"}", null).status())
                .isEqualTo(403);
        assertThat(Api.call("POST", "/api/v1/governance/terms/" + termId + "/bodies", viewer,
                "{\"kind\": \"EXECUTIVE_COMMITTEE\"}", null).status()).isEqualTo(403);
        var ending = Api.call("POST", "/api/v1/governance/mandates/" + chair.path("id").asString() + "/end", viewer,
                "{\"endsOn\": \"2026-01-01\", \"reason\": \"RESIGNED\", \"decision\": {\"text\": \"Hội nghị\"}}", "vi");
        assertThat(ending.status()).isEqualTo(403);
        assertThat(ending.contentType()).startsWith("application/problem+json");
        assertThat(Api.call("DELETE", "/api/v1/governance/mandates/" + chair.path("id").asString(), viewer, null, null).status())
                .isEqualTo(403);
        assertThat(Api.get("/api/v1/governance/mandates/" + chair.path("id").asString(), viewer).json().path("endsOn").isNull())
                .isTrue();
        assertThat(Api.get("/api/v1/governance/terms/" + UUID.randomUUID(), viewer).status()).isEqualTo(404);
    }

    private static List<String> leaders(JsonNode leadership) {
        var leaders = new ArrayList<String>();
        for (JsonNode leader : leadership.path("leaders")) {
            var bodies = new ArrayList<String>();
            leader.path("bodies").forEach(b -> bodies.add(b.asString()));
            leaders.add(leader.path("position").asString() + " " + leader.path("holder").path("titles").asString() + " "
                    + leader.path("holder").path("fullName").asString() + " " + bodies);
        }
        return leaders;
    }

    private static List<String> names(JsonNode mandates) {
        var names = new ArrayList<String>();
        mandates.forEach(m -> names.add(m.path("holder").path("fullName").asString()));
        return names;
    }

    private static List<String> changes(JsonNode set) {
        var changes = new ArrayList<String>();
        for (JsonNode change : set.path("changes")) {
            JsonNode m = change.path("mandate");
            String how = change.path("kind").asString().equals("START") ? m.path("startKind").asString() : m.path("endReason").asString();
            changes.add(change.path("kind").asString() + " " + how + " " + m.path("holder").path("fullName").asString() + " "
                    + m.path("position").asString() + " " + m.path("body").asString());
        }
        return changes;
    }

    private static JsonNode setOn(JsonNode history, String day) {
        for (JsonNode set : history) {
            if (set.path("on").asString().equals(day)) {
                return set;
            }
        }
        throw new AssertionError("No changes on " + day + " in " + history);
    }

    private static String termNamed(JsonNode terms, String name) {
        for (JsonNode term : terms) {
            if (term.path("name").asString().equals(name)) {
                return term.path("id").asString();
            }
        }
        throw new AssertionError("No " + name + " in " + terms);
    }
}
