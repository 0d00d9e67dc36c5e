package vn.vusta.platform.admin;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import vn.vusta.platform.TenantAdminTest;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.Browser;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vusta.platform.admin.AdminTestSupport.asPlatformAdmin;
import static vn.vusta.platform.admin.AdminTestSupport.baseUrl;
import static vn.vusta.platform.admin.AdminTestSupport.inBrowser;
import static vn.vusta.platform.admin.AdminTestSupport.logIn;

/**
 * tenant-admin's audit log read as its administrators read it (issue 17, point 5: 200 rows were 1.640.000 px, one
 * row 53.000 px): in words, a page at a time, no row taller than a few lines, filtered by union and person in the
 * address, exported to .xlsx.
 */
@TenantAdminTest
class AdminAuditLogBrowserTest {

    private static final String ADMIN_NAME = "Dương Quốc Bảo";

    @Test
    void theLogReadsInWordsAPageAtATimeFilteredByAUnionAndAPerson() throws Exception {
        for (int i = 0; i < 11; i++) {
            assertThat(asPlatformAdmin("POST", "/api/v1/tenants/hung-yen/suspension").statusCode()).isEqualTo(200);
            assertThat(asPlatformAdmin("DELETE", "/api/v1/tenants/hung-yen/suspension").statusCode()).isEqualTo(200);
        }
        inBrowser((browser, wait) -> {
            browser.manage().window().setSize(new Dimension(1366, 768));
            logIn(browser, wait, "platform-admin", LocalCredentials.DEMO_PASSWORD);
            browser.get(baseUrl() + "/audit");
            var rows = browser.findElements(By.cssSelector("#audit tbody tr"));
            assertThat(rows).as("one page, not the whole log").hasSizeLessThanOrEqualTo(20);
            assertThat(browser.findElement(By.id("audit-count")).getText()).matches("[\\d.]+ mục · trang 1/\\d+");
            for (WebElement row : rows) {
                assertThat(row.getRect().getHeight()).as("a row's height, long changes folded").isLessThan(400);
            }
            String log = browser.findElement(By.id("audit")).getText();
            assertThat(log).doesNotContain("{\"", "tenant.suspended");

            new Select(browser.findElement(By.id("tenant"))).selectByValue("hung-yen");
            new Select(browser.findElement(By.id("actor"))).selectByVisibleText(ADMIN_NAME);
            var actions = new Select(browser.findElement(By.id("action"))).getOptions().stream().map(WebElement::getText).toList();
            assertThat(actions).contains("Tạm ngừng liên hiệp hội", "Mở lại liên hiệp hội")
                    .noneMatch(a -> a.matches("[a-z-]+\\.[a-z-]+"));
            WebElement table = browser.findElement(By.id("audit"));
            browser.findElement(By.cssSelector("#audit-filter button[type=submit]")).click();
            wait.until(Browser.gone(table));
            assertThat(browser.getCurrentUrl()).contains("tenant=hung-yen").contains("actor=platform-admin");
            assertThat(texts(browser, ".audit-actor")).hasSize(20).containsOnly(ADMIN_NAME);
            assertThat(texts(browser, ".audit-tenant")).containsOnly("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hưng Yên");
            assertThat(texts(browser, ".audit-action")).contains("Tạm ngừng liên hiệp hội", "Mở lại liên hiệp hội");
            assertThat(browser.findElement(By.id("audit")).getText()).contains("Trạng thái: Đang hoạt động → Tạm ngừng");

            table = browser.findElement(By.id("audit"));
            // Under the table, at the window's edge: scrolled to and pressed as the browser's own click.
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
                    browser.findElement(By.id("next-page")));
            wait.until(Browser.gone(table));
            assertThat(browser.getCurrentUrl()).contains("actor=platform-admin").contains("page=1");
            assertThat(texts(browser, ".audit-actor")).isNotEmpty().containsOnly(ADMIN_NAME);

            String href = browser.findElement(By.id("audit-export")).getDomAttribute("href");
            String session = browser.manage().getCookieNamed("VUSTA_ADMIN_SESSION").getValue();
            try (HttpClient client = HttpClient.newHttpClient()) {
                HttpResponse<byte[]> sheet = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + href))
                        .header("Cookie", "VUSTA_ADMIN_SESSION=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertThat(sheet.statusCode()).isEqualTo(200);
                try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet.body()))) {
                    var text = new DataFormatter();
                    var headings = new ArrayList<String>();
                    workbook.getSheetAt(0).getRow(0).forEach(cell -> headings.add(text.formatCellValue(cell)));
                    assertThat(headings).containsExactly("Thời điểm", "Liên hiệp hội", "Người thực hiện", "Tên đăng nhập",
                            "Thao tác", "Loại bản ghi", "Mã bản ghi", "Thay đổi");
                    var actors = new ArrayList<String>();
                    var tenants = new ArrayList<String>();
                    for (Row row : workbook.getSheetAt(0)) {
                        if (row.getRowNum() > 0) {
                            tenants.add(text.formatCellValue(row.getCell(1)));
                            actors.add(text.formatCellValue(row.getCell(2)));
                        }
                    }
                    assertThat(actors).hasSizeGreaterThanOrEqualTo(22).containsOnly(ADMIN_NAME);
                    assertThat(tenants).containsOnly("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hưng Yên");
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static java.util.List<String> texts(org.openqa.selenium.chrome.ChromeDriver browser, String css) {
        return browser.findElements(By.cssSelector("#audit tbody " + css)).stream().map(e -> e.getText().strip()).toList();
    }
}
