package vn.vusta.platform.audit;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import vn.vusta.platform.Api;
import vn.vusta.platform.Pages;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.Browser;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thanh Hóa's administrator reads the union's audit log in words (issue 17, point 5): actions and kinds named, who by
 * name, changes as "field: old → new", a page at a time with its count, filtered by a person in the address, and the
 * filtered log exported to .xlsx — at 1366×768 and on a phone (390×844).
 */
@PlatformApiTest
class AuditLogBrowserTest {

    private static final String EDITOR_NAME = "Hoàng Thị Hương";

    @Test
    void thanhHoasLogReadsInWordsAPageAtATimeFilteredByAPerson() throws Exception {
        String editor = KeycloakTokens.accessToken("thanh-hoa-editor");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String first = null;
        for (int i = 0; i < 22; i++) {
            String id = Api.call("POST", "/api/v1/units", editor,
                    "{\"name\": \"Hội Nhật ký %s %02d\", \"kind\": \"MEMBER_ASSOCIATION\"}".formatted(tag, i), null)
                    .json().path("id").asString();
            first = first == null ? id : first;
        }
        Api.call("PUT", "/api/v1/units/" + first, editor,
                "{\"name\": \"Hội Nhật ký %s 00\", \"abbreviation\": \"HNK\", \"kind\": \"LINKED_UNIT\"}".formatted(tag), null);

        try (Pages pages = Pages.inVietnamese().logIn("thanh-hoa-admin")) {
            pages.browser().manage().window().setSize(new Dimension(1366, 768));
            pages.goTo("/workspace/audit");
            String log = pages.text("audit");
            assertThat(log).as("the log in words, no codes, no JSON").contains("Sửa đơn vị", EDITOR_NAME)
                    .doesNotContain("unit.created", "unit.updated", "{\"", "thanh-hoa-editor");
            assertThat(pages.text("audit-count")).matches("[\\d.]+ mục · trang 1/\\d+");
            assertThat(rows(pages)).as("one page").hasSize(20);
            assertThat(log).as("the changed fields, in words").contains("Loại: Hội thành viên → Đơn vị liên kết",
                    "Tên viết tắt: — → HNK");
            var actions = new Select(pages.browser().findElement(By.id("action"))).getOptions().stream()
                    .map(WebElement::getText).toList();
            assertThat(actions).contains("Thêm đơn vị", "Sửa đơn vị").noneMatch(a -> a.matches("[a-z-]+\\.[a-z-]+"));

            // Filtered by a person, chosen by name: the address keeps it, and the next page too.
            WebElement table = pages.browser().findElement(By.id("audit"));
            new Select(pages.browser().findElement(By.id("actor"))).selectByVisibleText(EDITOR_NAME);
            pages.waiting().until(Browser.gone(table));
            assertThat(pages.browser().getCurrentUrl()).contains("actor=thanh-hoa-editor");
            assertThat(actors(pages)).hasSize(20).containsOnly(EDITOR_NAME);
            assertThat(pages.text("audit")).contains("Thêm đơn vị", "Tên: Hội Nhật ký " + tag + " 21");
            WebElement link = pages.browser().findElement(By.cssSelector("#audit .audit-link"));
            assertThat(link.getDomAttribute("href")).startsWith("/workspace/units/");

            table = pages.browser().findElement(By.id("audit"));
            pages.press("next-page");
            pages.waiting().until(Browser.gone(table));
            assertThat(pages.browser().getCurrentUrl()).contains("actor=thanh-hoa-editor").contains("page=1");
            assertThat(pages.text("page-of")).startsWith("Trang 2/");
            assertThat(actors(pages)).isNotEmpty().containsOnly(EDITOR_NAME);

            // The filtered log as .xlsx, opened as a spreadsheet program would.
            var download = pages.download("audit-export");
            assertThat(download.statusCode()).isEqualTo(200);
            try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
                var sheet = workbook.getSheetAt(0);
                var text = new DataFormatter();
                var headings = new ArrayList<String>();
                sheet.getRow(0).forEach(cell -> headings.add(text.formatCellValue(cell)));
                assertThat(headings).containsExactly("Thời điểm", "Người thực hiện", "Tên đăng nhập", "Thao tác",
                        "Loại bản ghi", "Mã bản ghi", "Thay đổi");
                var actorsInSheet = new ArrayList<String>();
                var actionsInSheet = new ArrayList<String>();
                for (Row row : sheet) {
                    if (row.getRowNum() > 0) {
                        actorsInSheet.add(text.formatCellValue(row.getCell(1)));
                        actionsInSheet.add(text.formatCellValue(row.getCell(3)));
                    }
                }
                assertThat(actorsInSheet).hasSizeGreaterThanOrEqualTo(23).containsOnly(EDITOR_NAME);
                assertThat(actionsInSheet).contains("Thêm đơn vị", "Sửa đơn vị");
                assertThat(text.formatCellValue(sheet.getRow(1).getCell(0))).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}");
            }

            // On a phone: the same filter reachable, the same rows.
            pages.browser().manage().window().setSize(new Dimension(390, 844));
            pages.goTo("/workspace/audit?actor=thanh-hoa-editor&size=20");
            assertThat(pages.browser().findElement(By.id("actor")).isDisplayed()).isTrue();
            assertThat(actors(pages)).hasSize(20).containsOnly(EDITOR_NAME);
            assertThat(Browser.cspViolations(pages.browser())).isEmpty();
        }
    }

    private static List<WebElement> rows(Pages pages) {
        pages.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("audit")));
        return pages.browser().findElements(By.cssSelector("#audit tbody tr"));
    }

    private static List<String> actors(Pages pages) {
        return rows(pages).stream().map(r -> r.findElement(By.className("audit-actor")).getText().strip()).toList();
    }
}
