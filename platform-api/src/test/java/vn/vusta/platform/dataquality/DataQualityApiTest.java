package vn.vusta.platform.dataquality;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data-quality rules through the API, on Hưng Yên's 10-month report of 2025 held against its history
 * ({@link HistoryFixture}): the national reviewer adds rules of each kind to 2025's indicator set beside the starter
 * rules, the union's figures fail them as entered, a blocking rule refuses the sending until it is fixed, a warning
 * until it is explained; the reviewer reads the results with the explanations, and a rule added later runs over the
 * reports sent before it. The rules added are removed afterwards (2025's set is shared with every test).
 */
@PlatformApiTest
class DataQualityApiTest {

    private static final String HUNG_YEN = HistoryFixture.TENANT.toString();

    private final List<String> added = new ArrayList<>();
    private String reviewer;

    @BeforeEach
    void history() {
        HistoryFixture.ensure();
        reviewer = KeycloakTokens.accessToken("national-reviewer");
    }

    @AfterEach
    void removeAddedRules() {
        for (String id : added) {
            Api.call("DELETE", "/api/v1/national/quality-rules/" + id, reviewer, null, "vi");
        }
    }

    @Test
    void theNationalUnionsRulesAreCheckedRefusedByFieldAndAudited() {
        String editor = KeycloakTokens.accessToken("hung-yen-editor");
        // The starter set ships with every year of the indicator set.
        JsonNode starter = Api.get("/api/v1/national/quality-rules?year=2025", reviewer).json();
        assertThat(formulas(starter)).contains("TV02 ≤ TV01", "GT03 ≤ GT02", "|TC05 − TC05[-1y]| ≤ 20 %", "|z(TC05)| ≤ 3.5", "0 ≤ TC05",
                "0 ≤ TC01 ≤ 2000");
        assertThat(Api.get("/api/v1/national/quality-rules?year=2025", editor).status()).as("the union does not read them here").isEqualTo(403);
        assertThat(call("POST", "/api/v1/national/quality-rules?year=2025", editor, "{}").status()).isEqualTo(403);

        var unknown = call("POST", "/api/v1/national/quality-rules?year=2025", reviewer,
                "{\"kind\": \"COMPARISON\", \"indicatorCode\": \"KH02\", \"operator\": \"GE\", \"otherCode\": \"ZZ99\", \"explanation\": \"x\"}");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().path("errors").toString())
                .isEqualTo("[{\"field\":\"otherCode\",\"message\":\"bộ chỉ tiêu năm 2025 không có chỉ tiêu ZZ99\"}]");
        var unexplained = call("POST", "/api/v1/national/quality-rules?year=2025", reviewer,
                "{\"kind\": \"RANGE\", \"indicatorCode\": \"TV03\", \"max\": 10, \"explanation\": \" \"}");
        assertThat(unexplained.json().path("errors").get(0).path("field").asString()).isEqualTo("explanation");
        var reversed = call("POST", "/api/v1/national/quality-rules?year=2025", reviewer,
                "{\"kind\": \"RANGE\", \"indicatorCode\": \"TV03\", \"min\": 10, \"max\": 1, \"explanation\": \"x\"}");
        assertThat(reversed.json().path("errors").get(0).path("field").asString()).isEqualTo("max");

        JsonNode range = add(2025, "{\"kind\": \"RANGE\", \"indicatorCode\": \"TV03\", \"max\": 10, \"importance\": \"WARNING\", "
                + "\"explanation\": \"Quá 10 kiến nghị trong 10 tháng là hiếm: cần giải trình.\", \"areas\": [\"CONSULTANCY\"]}");
        assertThat(range.path("formula").asString()).isEqualTo("TV03 ≤ 10");
        JsonNode changed = call("PUT", "/api/v1/national/quality-rules/" + range.path("id").asString(), reviewer,
                "{\"kind\": \"RANGE\", \"indicatorCode\": \"TV03\", \"min\": 0, \"max\": 10, \"importance\": \"WARNING\", "
                        + "\"explanation\": \"Quá 10 kiến nghị trong 10 tháng là hiếm: cần giải trình.\", \"areas\": [\"CONSULTANCY\"]}").json();
        assertThat(changed.path("formula").asString()).isEqualTo("0 ≤ TV03 ≤ 10");
        assertThat(changed.path("rule").path("areas").toString()).isEqualTo("[\"CONSULTANCY\"]");
        JsonNode comparison = add(2025, "{\"kind\": \"COMPARISON\", \"indicatorCode\": \"KH02\", \"operator\": \"GE\", \"otherCode\": \"KH01\", "
                + "\"factor\": 2, \"importance\": \"BLOCKING\", \"explanation\": \"Mỗi hội nghị khoa học đi kèm ít nhất hai hội thảo.\"}");
        assertThat(comparison.path("formula").asString()).isEqualTo("KH02 ≥ 2 × KH01");

        // Hưng Yên's report: its members 1.300 (25 % over 1.040 a year earlier, and far from 1.000–1.040), 3
        // conferences and 2 workshops (fewer than 2 × 3), 12 recommendations (over 10).
        String periodId = period(editor, 2025, "M10");
        String id = call("POST", "/api/v1/reports", editor, "{\"periodId\": \"" + periodId + "\"}").json().path("id").asString();
        String step = "/api/v1/reports/" + id;
        for (String section : List.of("ORGANISATION", "DIFFICULTIES", "NEXT_TASKS")) {
            call("PUT", step + "/sections/" + section, editor, "{\"html\": \"<p>Nội dung</p>\"}");
        }
        enter(step, editor, "TC05", 1300);
        enter(step, editor, "TC01", 20);
        enter(step, editor, "TV01", 5);
        enter(step, editor, "TV02", 3);
        enter(step, editor, "GT02", 0);
        enter(step, editor, "GT03", 0);
        enter(step, editor, "TT02", 0);
        enter(step, editor, "KH04", 0);
        enter(step, editor, "KH01", 3);
        enter(step, editor, "KH02", 2);
        enter(step, editor, "TV03", 12);
        JsonNode results = Api.get(step + "/quality", editor).json();
        assertThat(result(results, "|TC05 − TC05[-1y]| ≤ 20 %").path("outcome").asString()).isEqualTo("FAILED");
        assertThat(result(results, "|TC05 − TC05[-1y]| ≤ 20 %").path("comparedTo").asInt()).isEqualTo(1040);
        assertThat(result(results, "|z(TC05)| ≤ 3.5").path("outcome").asString()).isEqualTo("FAILED");
        assertThat(result(results, "|z(TC05)| ≤ 3.5").path("comparedTo").asInt()).as("the median").isEqualTo(1020);
        assertThat(result(results, "KH02 ≥ 2 × KH01").path("outcome").asString()).isEqualTo("FAILED");
        assertThat(result(results, "KH02 ≥ 2 × KH01").path("comparedTo").asInt()).isEqualTo(6);
        assertThat(result(results, "0 ≤ TV03 ≤ 10").path("outcome").asString()).isEqualTo("FAILED");
        assertThat(result(results, "TV02 ≤ TV01").path("outcome").asString()).isEqualTo("PASSED");
        assertThat(result(results, "|z(KH04)| ≤ 3.5").path("outcome").asString()).as("no history of KH04").isEqualTo("NOT_EVALUATED");
        // Within a fifth of a year earlier and near its history, the members pass both.
        enter(step, editor, "TC05", 1045);
        results = Api.get(step + "/quality", editor).json();
        assertThat(result(results, "|TC05 − TC05[-1y]| ≤ 20 %").path("outcome").asString()).isEqualTo("PASSED");
        assertThat(result(results, "|z(TC05)| ≤ 3.5").path("outcome").asString()).isEqualTo("PASSED");
        enter(step, editor, "TC05", 1300);

        // Sending: each failing figure named; the blocking rule and both unexplained warnings.
        String admin = KeycloakTokens.accessToken("hung-yen-admin");
        call("POST", step + "/submission", admin, null);
        call("POST", step + "/approval", admin, "{\"meetingDate\": \"2025-10-28\", \"minutes\": \"Biên bản số 20\"}");
        var refused = call("POST", step + "/sending", admin, null);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("values.TC05");
        assertThat(refused.json().path("errors").get(0).path("message").asString())
                .isEqualTo("số liệu TC05 chưa đạt, cần giải trình trước khi gửi: Số hội viên cá nhân thay đổi quá 20% so với cùng kỳ "
                        + "năm trước: cần giải trình (sáp nhập, rà soát danh sách…).");
        assertThat(fields(refused.json().path("problems"))).containsExactly("values.TC05", "values.TC05", "values.TV03", "values.KH02");
        assertThat(refused.json().path("problems").toString())
                .contains("số liệu KH02 chưa đạt quy tắc chặn gửi: Mỗi hội nghị khoa học đi kèm ít nhất hai hội thảo.");

        // The warnings explained (at the approved report, on the summary): only the blocking rule stops it.
        String yoy = result(results, "|TC05 − TC05[-1y]| ≤ 20 %").path("ruleId").asString();
        explain(step, editor, yoy, "Sáp nhập Hội Làm vườn huyện vào Liên hiệp hội, thêm 260 hội viên.");
        explain(step, editor, result(results, "|z(TC05)| ≤ 3.5").path("ruleId").asString(), "Như trên: sáp nhập.");
        explain(step, editor, result(results, "0 ≤ TV03 ≤ 10").path("ruleId").asString(), "Năm có Đại hội, nhiều kiến nghị.");
        var nothing = call("PUT", step + "/quality/" + result(results, "TV02 ≤ TV01").path("ruleId").asString() + "/explanation",
                editor, "{\"explanation\": \"x\"}");
        assertThat(nothing.json().path("errors").get(0).path("field").asString()).isEqualTo("explanation");
        var blocked = call("POST", step + "/sending", admin, null);
        assertThat(blocked.status()).isEqualTo(422);
        assertThat(fields(blocked.json().path("problems"))).containsExactly("values.KH02");
        // Fixed at the draft: sent.
        call("POST", step + "/withdrawal", admin, null);
        enter(step, editor, "KH02", 6);
        call("POST", step + "/submission", admin, null);
        call("POST", step + "/approval", admin, "{\"meetingDate\": \"2025-10-29\", \"minutes\": \"Biên bản số 21\"}");
        var sent = call("POST", step + "/sending", admin, null);
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(call("PUT", step + "/quality/" + yoy + "/explanation", editor, "{\"explanation\": \"khác\"}").status())
                .as("a sent report's explanations stay").isEqualTo(409);
        assertThat(Api.get("/api/v1/audit?action=quality-result.&limit=50", admin).body())
                .contains("quality-result.explained", "Sáp nhập Hội Làm vườn huyện");

        // The reviewer reads every result with the union's explanations.
        JsonNode reviewed = Api.get("/api/v1/national/reports/" + HUNG_YEN + "/" + id + "/quality", reviewer).json();
        assertThat(result(reviewed, "|TC05 − TC05[-1y]| ≤ 20 %").path("explanation").asString())
                .isEqualTo("Sáp nhập Hội Làm vườn huyện vào Liên hiệp hội, thêm 260 hội viên.");
        assertThat(result(reviewed, "|TC05 − TC05[-1y]| ≤ 20 %").path("explainedBy").asString()).isEqualTo("hung-yen-editor");
        assertThat(result(reviewed, "KH02 ≥ 2 × KH01").path("outcome").asString()).isEqualTo("PASSED");
        assertThat(Api.get("/api/v1/national/reports/" + HUNG_YEN + "/" + id + "/quality", admin).status()).isEqualTo(403);

        // The period's review: Hưng Yên fails the two explained warnings on the members and the range.
        JsonNode period = Api.get("/api/v1/national/periods/2025/M10/quality", reviewer).json();
        JsonNode hungYen = union(period, "33");
        assertThat(formulas(hungYen.path("failed"))).containsExactlyInAnyOrder("|TC05 − TC05[-1y]| ≤ 20 %", "|z(TC05)| ≤ 3.5", "0 ≤ TV03 ≤ 10");
        assertThat(count(period, "0 ≤ TV03 ≤ 10").path("provinces").toString()).contains("Hưng Yên");
    }

    @Test
    void aRuleAddedLaterRunsOverTheReportsSentBeforeIt() {
        // Hưng Yên's 10-month reports of 2024 and 2023 were accepted long before this rule.
        JsonNode before = Api.get("/api/v1/national/periods/2024/M10/quality", reviewer).json();
        assertThat(union(before, "33").path("failed")).isEmpty();
        add(2024, "{\"kind\": \"RANGE\", \"indicatorCode\": \"TC05\", \"max\": 1035, \"importance\": \"BLOCKING\", "
                + "\"explanation\": \"Không quá 1.035 hội viên.\"}");
        JsonNode after = Api.get("/api/v1/national/periods/2024/M10/quality", reviewer).json();
        assertThat(formulas(union(after, "33").path("failed"))).containsExactly("TC05 ≤ 1035");
        assertThat(count(after, "TC05 ≤ 1035").path("failed").asInt()).isEqualTo(1);
        assertThat(after.path("unionsFailing").asInt()).isEqualTo(1);
        // 2023's 1.030 passes it: rules are the year's own.
        assertThat(union(Api.get("/api/v1/national/periods/2023/M10/quality", reviewer).json(), "33").path("failed")).isEmpty();
        // The outlier rule reads the history before the year: 2024's 1.040 against 1.000–1.030 (median 1.015, MAD 10).
        assertThat(result(union(after, "33").path("failed"), "|z(TC05)| ≤ 3.5").isMissingNode()).isTrue();
    }

    @Test
    void copyingAYearsIndicatorSetCopiesItsRules() {
        // 2027 → 2028: 2028 has no indicators yet, so the copy brings the starter rules and one added to 2027.
        add(2027, "{\"kind\": \"RANGE\", \"indicatorCode\": \"KT03\", \"max\": 5000, \"explanation\": \"Không quá 5.000 cá nhân.\"}");
        var copied = call("POST", "/api/v1/national/calendar/2027/copy", reviewer, null);
        assertThat(copied.status()).as(copied.body()).isIn(200, 201);
        JsonNode rules2028 = Api.get("/api/v1/national/quality-rules?year=2028", reviewer).json();
        assertThat(formulas(rules2028)).contains("KT03 ≤ 5000", "GT03 ≤ GT02", "|TC05 − TC05[-1y]| ≤ 20 %");
        for (JsonNode r : rules2028) {
            if (r.path("formula").asString().equals("KT03 ≤ 5000")) {
                added.add(r.path("id").asString());
            }
        }
    }

    private JsonNode add(int year, String json) {
        var created = call("POST", "/api/v1/national/quality-rules?year=" + year, reviewer, json);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        added.add(created.json().path("id").asString());
        return created.json();
    }

    private static void enter(String step, String editor, String code, int value) {
        var entered = call("PUT", step + "/values/" + code, editor, "{\"value\": " + value + ", \"reason\": \"Số liệu rà soát\"}");
        assertThat(entered.status()).as(entered.body()).isEqualTo(200);
    }

    private static void explain(String step, String editor, String ruleId, String text) {
        var explained = call("PUT", step + "/quality/" + ruleId + "/explanation", editor, "{\"explanation\": \"" + text + "\"}");
        assertThat(explained.status()).as(explained.body()).isEqualTo(200);
    }

    static JsonNode result(JsonNode results, String formula) {
        for (JsonNode r : results) {
            if (r.path("formula").asString().equals(formula)) {
                return r;
            }
        }
        return tools.jackson.databind.node.MissingNode.getInstance();
    }

    private static JsonNode union(JsonNode period, String provinceCode) {
        for (JsonNode u : period.path("unions")) {
            if (u.path("provinceCode").asString().equals(provinceCode)) {
                return u;
            }
        }
        throw new AssertionError("no union " + provinceCode + " in " + period);
    }

    private static JsonNode count(JsonNode period, String formula) {
        return result(period.path("rules"), formula);
    }

    private static List<String> formulas(JsonNode list) {
        var formulas = new ArrayList<String>();
        list.forEach(r -> formulas.add(r.path("formula").asString()));
        return formulas;
    }

    private static List<String> fields(JsonNode problems) {
        var fields = new ArrayList<String>();
        problems.forEach(p -> fields.add(p.path("field").asString()));
        return fields;
    }

    static String period(String token, int year, String kind) {
        for (JsonNode p : Api.get("/api/v1/reports?year=" + year, token).json()) {
            if (p.path("period").path("kind").asString().equals(kind)) {
                return p.path("period").path("id").asString();
            }
        }
        throw new AssertionError("no period " + kind + " " + year);
    }

    private static Api.Response call(String method, String path, String token, String json) {
        return Api.call(method, path, token, json, "vi");
    }
}
