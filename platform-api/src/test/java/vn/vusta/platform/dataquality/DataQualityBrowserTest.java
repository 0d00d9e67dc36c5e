package vn.vusta.platform.dataquality;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.vusta.platform.Api;
import vn.vusta.platform.DemoTenants;
import vn.vusta.platform.Pages;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules in real browsers, on Hải Phòng's first-quarter report of 2024 with two rules the national union adds to
 * 2024's set: recommendations (TV03) at most 100 (blocking) and at most 50 (a warning). The figure is flagged beside
 * its field as it saves; the report cannot be sent while the blocking rule fails, nor while the warning is not
 * explained; explained on the summary, it goes, and the reviewer reads the explanation.
 */
@PlatformApiTest
class DataQualityBrowserTest {

    private static final String BLOCKING = "Quá 100 kiến nghị trong một quý: kiểm tra lại số liệu.";
    private static final String WARNING = "Hơn 50 kiến nghị trong một quý là nhiều: cần giải trình.";

    private final List<String> added = new ArrayList<>();
    private final String reviewerToken = KeycloakTokens.accessToken("national-reviewer");

    @AfterEach
    void removeAddedRules() {
        for (String id : added) {
            Api.call("DELETE", "/api/v1/national/quality-rules/" + id, reviewerToken, null, "vi");
        }
    }

    @Test
    void aFigureIsFlaggedAsItIsTypedAndTheReportGoesOnlyOnceFixedOrExplained() {
        add("{\"kind\": \"RANGE\", \"indicatorCode\": \"TV03\", \"max\": 100, \"importance\": \"BLOCKING\", \"explanation\": \"" + BLOCKING + "\"}");
        String warning = add("{\"kind\": \"RANGE\", \"indicatorCode\": \"TV03\", \"max\": 50, \"importance\": \"WARNING\", \"explanation\": \"" + WARNING + "\"}");
        String editorToken = KeycloakTokens.accessToken("hai-phong-editor");
        String adminToken = KeycloakTokens.accessToken("hai-phong-admin");
        String periodId = DataQualityApiTest.period(editorToken, 2024, "Q1");
        String id = Api.call("POST", "/api/v1/reports", editorToken, "{\"periodId\": \"" + periodId + "\"}", "vi").json().path("id").asString();
        String step = "/api/v1/reports/" + id;
        for (String section : List.of("ORGANISATION", "DIFFICULTIES", "NEXT_TASKS")) {
            Api.call("PUT", step + "/sections/" + section, editorToken, "{\"html\": \"<p>Nội dung</p>\"}", "vi");
        }
        String path = "/workspace/reports/" + id;

        try (Pages editor = Pages.inVietnamese().logIn("hai-phong-editor")) {
            laptop(editor);
            editor.goTo(path);
            assertThat(editor.text("state-TV03")).isEmpty();
            WebElement page = editor.browser().findElement(By.tagName("html"));
            editor.type("value-TV03", "150");
            editor.press("save-TV03");
            editor.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#state-TV03"), "Chặn gửi: " + BLOCKING));
            assertThat(editor.text("state-TV03")).contains("Cảnh báo: " + WARNING);
            // The list of failed rules under the figures follows without a reload.
            editor.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("quality"), "TV03 ≤ 100"));
            assertThat(page.getTagName()).as("the page did not reload").isEqualTo("html");
        }

        Api.call("POST", step + "/submission", adminToken, null, "vi");
        Api.call("POST", step + "/approval", adminToken, "{\"meetingDate\": \"2024-03-28\", \"minutes\": \"Biên bản số 3\"}", "vi");
        try (Pages admin = Pages.inVietnamese().logIn("hai-phong-admin")) {
            laptop(admin);
            admin.goTo(path + "/sending");
            assertThat(admin.text("sending-blocked")).startsWith("Chưa gửi được");
            assertThat(admin.browser().findElements(By.id("confirm-send"))).as("blocked: no sending").isEmpty();
            assertThat(admin.text("quality")).contains(BLOCKING, "Cần sửa số liệu trước khi gửi.");
            admin.confirm("withdraw-report");
        }

        try (Pages editor = Pages.inVietnamese().logIn("hai-phong-editor")) {
            laptop(editor);
            editor.goTo(path);
            editor.type("value-TV03", "80");
            editor.press("save-TV03");
            // (Clearing the field saves it empty first: the figure's last answer is the one for 80.)
            editor.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#state-TV03"), "Cảnh báo: " + WARNING));
            assertThat(editor.text("state-TV03")).doesNotContain("Chặn gửi");
        }

        Api.call("POST", step + "/submission", adminToken, null, "vi");
        Api.call("POST", step + "/approval", adminToken, "{\"meetingDate\": \"2024-03-29\", \"minutes\": \"Biên bản số 4\"}", "vi");
        var unexplained = Api.call("POST", step + "/sending", adminToken, null, "vi");
        assertThat(unexplained.status()).isEqualTo(422);
        assertThat(unexplained.json().path("errors").get(0).path("field").asString()).isEqualTo("values.TV03");
        try (Pages admin = Pages.inVietnamese().logIn("hai-phong-admin")) {
            laptop(admin);
            admin.goTo(path + "/sending");
            assertThat(admin.browser().findElements(By.id("confirm-send"))).as("the warning is not explained").isEmpty();
            assertThat(admin.text("quality")).contains("Cần giải trình trước khi gửi.");
            admin.type("explanation-" + warning, "Năm đầu nhiệm kỳ, các hội thành viên gửi nhiều kiến nghị.");
            admin.pressAndWait("explain-" + warning);
            assertThat(admin.text("notice")).isEqualTo("Đã lưu giải trình.");
            assertThat(admin.browser().findElements(By.id("sending-blocked"))).isEmpty();
            admin.confirm("confirm-send");
            assertThat(admin.text("report-status")).isEqualTo("Đã gửi Liên hiệp Hội Việt Nam");
        }

        try (Pages reviewer = Pages.inVietnamese().logIn("national-reviewer")) {
            laptop(reviewer);
            reviewer.goTo("/national/reports/" + DemoTenants.HAI_PHONG + "/" + id);
            assertThat(reviewer.text("quality-" + warning)).contains("TV03 ≤ 50", "Không đạt",
                    "Năm đầu nhiệm kỳ, các hội thành viên gửi nhiều kiến nghị.");
            reviewer.goTo("/national/reports/quality?period=" + periodId);
            assertThat(reviewer.text("period-name")).isEqualTo("Quý I 2024");
            assertThat(reviewer.text("union-31")).contains("Hải Phòng", "TV03 ≤ 50", "Năm đầu nhiệm kỳ");
            assertThat(reviewer.text("rule-" + warning)).contains("Hải Phòng");

            // The national union pauses a rule and adds one, on the same page.
            reviewer.pressAndWait("toggle-" + warning);
            assertThat(reviewer.text("notice")).isEqualTo("Đã tạm dừng quy tắc.");
            assertThat(reviewer.text("year-rule-" + warning)).contains("Tạm dừng", "Chạy lại");
            assertThat(reviewer.browser().findElements(By.id("rule-" + warning))).as("a paused rule does not run").isEmpty();
            new org.openqa.selenium.support.ui.Select(reviewer.browser().findElement(By.id("rule-kind"))).selectByValue("RANGE");
            reviewer.type("rule-indicator", "tv03");
            reviewer.type("rule-max", "70");
            reviewer.type("rule-explanation", "Quá 70 kiến nghị trong một quý: cần giải trình.");
            reviewer.pressAndWait("add-rule-button");
            assertThat(reviewer.text("notice")).isEqualTo("Đã thêm quy tắc.");
            assertThat(reviewer.text("rules")).contains("TV03 ≤ 70", "Quá 70 kiến nghị trong một quý: cần giải trình.");
            assertThat(reviewer.text("union-31")).as("run over the report sent before it").contains("TV03 ≤ 70");
            reviewer.type("rule-indicator", "ZZ99");
            reviewer.type("rule-explanation", "x");
            reviewer.pressAndWait("add-rule-button");
            // The refusal beside the form, what was typed still in it.
            assertThat(reviewer.text("rule-refusal")).isEqualTo("bộ chỉ tiêu năm 2024 không có chỉ tiêu ZZ99");
            assertThat(reviewer.browser().findElement(By.id("rule-indicator")).getDomProperty("value")).isEqualTo("ZZ99");
            assertThat(reviewer.browser().findElement(By.id("rule-explanation")).getDomProperty("value")).isEqualTo("x");
        }
        for (var rule : Api.get("/api/v1/national/quality-rules?year=2024", reviewerToken).json()) {
            if (rule.path("formula").asString().equals("TV03 ≤ 70")) {
                added.add(rule.path("id").asString());
            }
        }
    }

    private String add(String json) {
        var created = Api.call("POST", "/api/v1/national/quality-rules?year=2024", reviewerToken, json, "vi");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        added.add(id);
        return id;
    }

    private static void laptop(Pages pages) {
        pages.browser().manage().window().setSize(new Dimension(1366, 768));
    }
}
