package vn.vusta.platform.nationalreview;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The national review of a period on the fixture of {@link ReviewFixture}, as a national reviewer reads it. */
@PlatformApiTest
class NationalReviewApiTest {

    private static String reviewer;

    // Not @BeforeAll: the database is migrated once the application context has started.
    @BeforeEach
    void fixture() {
        ReviewFixture.ensure();
        reviewer = KeycloakTokens.accessToken("national-reviewer");
    }

    @Test
    void reportingAndOnTimeRatesCountTheFirstSendingAgainstTheExpectedReports() {
        JsonNode status = get("/api/v1/national/periods/2019/H1/status");
        assertThat(status.path("expected").asInt()).isEqualTo(6);
        assertThat(status.path("sent").asInt()).isEqualTo(3);
        assertThat(status.path("onTime").asInt()).isEqualTo(2);
        assertThat(status.path("reportingRate").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(status.path("onTimeRate").decimalValue()).isEqualByComparingTo("33.3");

        JsonNode hcm = province(status, "79");
        assertThat(hcm.path("status").asString()).isEqualTo("SENT");
        assertThat(hcm.path("late").asBoolean()).isTrue();
        assertThat(hcm.path("onTime").asBoolean()).isFalse();
        JsonNode haiDuong = province(status, "30");
        // Returned once and sent again: the first sending (01/07, on time) counts.
        assertThat(haiDuong.path("sentAt").asString()).startsWith("2019-07-01");
        assertThat(haiDuong.path("onTime").asBoolean()).isTrue();
        JsonNode thanhHoa = province(status, "38");
        assertThat(thanhHoa.path("status").asString()).isEqualTo("NOT_STARTED");
        assertThat(thanhHoa.path("late").asBoolean()).isTrue();
        assertThat(province(status, "01").path("reportId").asString()).isEqualTo(ReviewFixture.HA_NOI_REPORT.toString());
    }

    @Test
    void aMergedProvinceIsShownUnderItsNewProvinceAndExpectedOnlyBeforeItsMerger() {
        JsonNode status = get("/api/v1/national/periods/2019/H1/status");
        JsonNode haiDuong = province(status, "30");
        assertThat(haiDuong.path("province").path("name").asString()).isEqualTo("Hải Dương");
        assertThat(haiDuong.path("province").path("partOf").asString()).isEqualTo("31");
        assertThat(haiDuong.path("province").path("partOfName").asString()).isEqualTo("Hải Phòng");
        assertThat(haiDuong.path("expected").asBoolean()).isTrue();
        // Right after Hải Phòng, in Hải Phòng's cluster.
        List<String> codes = codes(status.path("provinces"));
        assertThat(codes.indexOf("30")).isEqualTo(codes.indexOf("31") + 1);

        JsonNode table = get("/api/v1/national/periods/2019/H1/table");
        JsonNode redRiver = cluster(table, 2);
        assertThat(codes(rowsStatus(redRiver))).containsSubsequence("01", "31", "30", "33");
        // Merged on 01/07/2025, before the half-year 2025's deadline (05/07/2025): no longer expected on its own.
        JsonNode after = get("/api/v1/national/periods/2025/H1/status");
        assertThat(codes(after.path("provinces"))).doesNotContain("30");
        assertThat(after.path("expected").asInt()).isEqualTo(5);
    }

    @Test
    void theTableTotalsTheSentReportsAndTheAcceptedOnesApartWithEnteredFiguresWinning() {
        JsonNode table = get("/api/v1/national/periods/2019/H1/table");
        assertThat(table.path("indicators").size()).isEqualTo(31);
        assertThat(table.path("totals").path("TC05").decimalValue()).isEqualByComparingTo("3500");
        assertThat(table.path("acceptedTotals").path("TC05").decimalValue()).isEqualByComparingTo("1500");
        // Hà Nội entered 6 over the computed 4.
        assertThat(row(table, "01").path("values").path("KH01").decimalValue()).isEqualByComparingTo("6");
        assertThat(table.path("totals").path("KH01").decimalValue()).isEqualByComparingTo("9");
        assertThat(table.path("acceptedTotals").path("KH01").decimalValue()).isEqualByComparingTo("6");
        assertThat(table.path("totals").path("TV03").decimalValue()).isEqualByComparingTo("5");
        // Cluster subtotals: Hà Nội and Hải Dương in the Red River Delta, Hồ Chí Minh in the South East.
        assertThat(cluster(table, 2).path("subtotals").path("TC05").decimalValue()).isEqualByComparingTo("1500");
        assertThat(cluster(table, 5).path("subtotals").path("TC05").decimalValue()).isEqualByComparingTo("2000");
    }

    @Test
    void theTableComparesWithTheSamePeriodAYearEarlier() {
        JsonNode table = get("/api/v1/national/periods/2019/H1/table");
        assertThat(table.path("previousPeriod").path("year").asInt()).isEqualTo(2018);
        assertThat(table.path("previousTotals").path("TC05").decimalValue()).isEqualByComparingTo("1350");
        assertThat(row(table, "01").path("previous").path("TC05").decimalValue()).isEqualByComparingTo("900");
        assertThat(row(table, "30").path("previous").path("TC05").decimalValue()).isEqualByComparingTo("450");
        assertThat(row(table, "79").path("previous").has("TC05")).isFalse();
    }

    @Test
    void theAggregateAddsUpTheAcceptedReportsAndNamesTheMissingProvinces() {
        JsonNode aggregate = get("/api/v1/national/periods/2019/H1/aggregate");
        assertThat(aggregate.path("expected").asInt()).isEqualTo(6);
        assertThat(aggregate.path("included").findValuesAsString("name")).containsExactly("Hà Nội", "Hải Dương");
        assertThat(aggregate.path("missing").findValuesAsString("name"))
                .containsExactlyInAnyOrder("Hải Phòng", "Hưng Yên", "Thanh Hóa", "Hồ Chí Minh");
        JsonNode tc05 = line(aggregate, "TC05");
        assertThat(tc05.path("total").decimalValue()).isEqualByComparingTo("1500");
        assertThat(tc05.path("provinces").asInt()).isEqualTo(2);
        assertThat(line(aggregate, "KH01").path("total").decimalValue()).isEqualByComparingTo("6");
    }

    @Test
    void clustersAreEditableAndTheTableFollowsThem() {
        var created = Api.call("POST", "/api/v1/national/clusters", reviewer,
                "{\"name\": \"Cụm thử nghiệm Thủ đô\", \"provinceCodes\": [\"01\"]}", "vi");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        int id = created.json().path("id").asInt();
        try {
            JsonNode table = get("/api/v1/national/periods/2019/H1/table");
            assertThat(cluster(table, id).path("subtotals").path("TC05").decimalValue()).isEqualByComparingTo("1000");
            assertThat(cluster(table, 2).path("subtotals").path("TC05").decimalValue()).isEqualByComparingTo("500");
            var unknown = Api.call("PUT", "/api/v1/national/clusters/" + id, reviewer,
                    "{\"name\": \"Cụm thử nghiệm Thủ đô\", \"provinceCodes\": [\"30\"]}", "vi");
            assertThat(unknown.status()).isEqualTo(422);
            assertThat(unknown.json().path("errors").get(0).path("field").asString()).isEqualTo("provinceCodes");
            var taken = Api.call("POST", "/api/v1/national/clusters", reviewer,
                    "{\"name\": \"Cụm Bắc Trung Bộ\", \"provinceCodes\": []}", "vi");
            assertThat(taken.status()).isEqualTo(409);
        } finally {
            assertThat(Api.call("DELETE", "/api/v1/national/clusters/" + id, reviewer, null, null).status()).isEqualTo(204);
            var restored = Api.call("PUT", "/api/v1/national/clusters/2", reviewer,
                    "{\"name\": \"Cụm Đồng bằng sông Hồng\", \"provinceCodes\": [\"01\", \"22\", \"24\", \"31\", \"33\", \"37\"]}", null);
            assertThat(restored.status()).as(restored.body()).isEqualTo(200);
        }
        assertThat(cluster(get("/api/v1/national/periods/2019/H1/table"), 2).path("subtotals").path("TC05").decimalValue())
                .isEqualByComparingTo("1500");
    }

    @Test
    void theTableAndTheAggregateDownloadAsSpreadsheetsGroupedByCluster() throws Exception {
        var table = Api.download("/api/v1/national/periods/2019/H1/table/export", reviewer);
        assertThat(table.status()).isEqualTo(200);
        assertThat(table.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        List<List<String>> rows = read(table.body());
        assertThat(rows.getFirst().getFirst()).as("title rows first").startsWith("Bảng chỉ tiêu các tỉnh, thành phố");
        List<String> headings = rows.stream().filter(r -> !r.isEmpty() && r.getFirst().equals("Cụm / Tỉnh, thành phố"))
                .findFirst().orElseThrow();
        int tc05 = headings.indexOf(headings.stream().filter(h -> h.startsWith("TC05 Hội viên cá nhân")).findFirst().orElseThrow());
        List<String> firstColumn = rows.stream().map(r -> r.isEmpty() ? "" : r.getFirst()).toList();
        assertThat(firstColumn).containsSubsequence("Cụm Đồng bằng sông Hồng", "Hà Nội", "Hải Phòng",
                "    Hải Dương (nay thuộc Hải Phòng)", "Hưng Yên", "Cộng Cụm Đồng bằng sông Hồng");
        List<String> totals = rows.stream().filter(r -> !r.isEmpty() && r.getFirst().equals("Tổng cộng (báo cáo đã gửi)")).findFirst().orElseThrow();
        assertThat(totals.get(tc05)).isEqualTo("3500");
        assertThat(totals.get(tc05 + 1)).as("a year earlier").isEqualTo("1350");
        assertThat(totals.get(tc05 + 2)).as("change").isEqualTo("2150");

        var aggregate = Api.download("/api/v1/national/periods/2019/H1/aggregate/export", reviewer);
        List<List<String>> lines = read(aggregate.body());
        assertThat(lines).anySatisfy(r -> assertThat(r).startsWith("TC05", "Hội viên cá nhân", "người", "1500", "2"));
        assertThat(lines).anySatisfy(r -> assertThat(r).containsExactly("Số báo cáo đã tiếp nhận", "2/6"));
    }

    @Test
    void onlyTheNationalUnionReadsTheReview() {
        String tenantAdmin = KeycloakTokens.accessToken("thanh-hoa-admin");
        assertThat(Api.get("/api/v1/national/periods/2019/H1/status", tenantAdmin).status()).isEqualTo(403);
        assertThat(Api.get("/api/v1/national/periods/2019/H1/table", tenantAdmin).status()).isEqualTo(403);
        assertThat(Api.call("POST", "/api/v1/national/clusters", tenantAdmin, "{\"name\": \"X\", \"provinceCodes\": []}", null).status())
                .isEqualTo(403);
        assertThat(Api.get("/api/v1/national/periods/2019/H7/status", reviewer).status()).isEqualTo(400);
        assertThat(Api.get("/api/v1/national/periods/2040/H1/status", reviewer).status()).isEqualTo(404);
    }

    private static JsonNode get(String path) {
        var response = Api.get(path, reviewer);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode province(JsonNode status, String code) {
        for (JsonNode p : status.path("provinces")) {
            if (p.path("province").path("code").asString().equals(code)) {
                return p;
            }
        }
        throw new AssertionError("no province " + code + " in " + status);
    }

    private static List<String> codes(JsonNode statuses) {
        var codes = new ArrayList<String>();
        statuses.forEach(s -> codes.add(s.path("province").path("code").asString()));
        return codes;
    }

    private static JsonNode rowsStatus(JsonNode cluster) {
        var statuses = tools.jackson.databind.json.JsonMapper.builder().build().createArrayNode();
        cluster.path("rows").forEach(r -> statuses.add(r.path("status")));
        return statuses;
    }

    private static JsonNode cluster(JsonNode table, int id) {
        for (JsonNode c : table.path("clusters")) {
            if (c.path("clusterId").asInt() == id) {
                return c;
            }
        }
        throw new AssertionError("no cluster " + id);
    }

    private static JsonNode row(JsonNode table, String code) {
        for (JsonNode c : table.path("clusters")) {
            for (JsonNode r : c.path("rows")) {
                if (r.path("status").path("province").path("code").asString().equals(code)) {
                    return r;
                }
            }
        }
        throw new AssertionError("no row " + code);
    }

    private static JsonNode line(JsonNode aggregate, String code) {
        for (JsonNode l : aggregate.path("lines")) {
            if (l.path("indicator").path("code").asString().equals(code)) {
                return l;
            }
        }
        throw new AssertionError("no line " + code);
    }

    static List<List<String>> read(byte[] xlsx) throws Exception {
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
             var rows = workbook.getFirstSheet().openStream()) {
            return rows.map(NationalReviewApiTest::cells).collect(Collectors.toList());
        }
    }

    private static List<String> cells(Row row) {
        var cells = new ArrayList<String>();
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(row.getCellText(i));
        }
        while (!cells.isEmpty() && cells.getLast().isEmpty()) {
            cells.removeLast();
        }
        return cells;
    }
}
