package vn.vusta.platform.spreadsheets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.Browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import vn.vusta.platform.deploy.test.KeycloakLogin;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import page in headless Chromium: a file with a bad row shows the row, the column and the problem, in
 * Vietnamese, and cannot be confirmed; the corrected file is; duplicates are updated or skipped row by row. What
 * is only to check (a shared office landline) is shown apart and does not block.
 */
@PlatformApiTest
class ImportBrowserTest {

    private ChromeDriver browser;
    private WebDriverWait wait;
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void openBrowser() {
        browser = Browser.start("vi-VN,vi");
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aFileWithABadRowIsReportedAndNotImportedThenTheCorrectedFileIsAndItsDuplicatesChosenRowByRow() throws IOException {
        logIn("hung-yen-editor");
        List<String> headings = List.of("STT", "Họ và tên", "Năm sinh", "Email", "Hội thành viên");
        Path bad = file("hoi-vien-loi.csv", Sheets.csv(';', true, List.of(headings,
                List.of("1", "Đinh Văn Tâm " + tag, "1969", "tam." + tag + "@example.vn", "HNHHY"),
                List.of("2", "Mai Thị Hạnh " + tag, "1988", "hanh-khong-co-a-cong", "HNHHY"))));

        browser.get(Api.baseUrl() + "/workspace/members/import");
        upload(bad);
        WebElement problems = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("problems")));
        List<String> rows = problems.findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText).toList();
        assertThat(rows).containsExactly("3 Email Email \"hanh-khong-co-a-cong\" không hợp lệ.");
        assertThat(text("problems-blocked")).isEqualTo("Tệp có 1 lỗi nên chưa thể nhập; chưa có gì được ghi. Hãy sửa tệp rồi tải lên lại.");
        assertThat(browser.findElements(By.id("confirm"))).as("no confirmation with a problem").isEmpty();
        assertThat(text("sample")).contains("Đinh Văn Tâm " + tag, "hanh-khong-co-a-cong");

        Path fixed = file("hoi-vien.csv", Sheets.csv(';', true, List.of(headings,
                List.of("1", "Đinh Văn Tâm " + tag, "1969", "tam." + tag + "@example.vn", "HNHHY"),
                List.of("2", "Mai Thị Hạnh " + tag, "1988", "hanh." + tag + "@example.vn", "HNHHY"))));
        browser.findElement(By.linkText("Nhập tệp khác")).click();
        upload(fixed);
        assertThat(text("problems-none")).isEqualTo("Không có lỗi.");
        assertThat(text("new-count")).isEqualTo("2");
        browser.findElement(By.id("confirm-submit")).click();
        assertThat(text("notice")).isEqualTo("Đã nhập: tạo mới 2, cập nhật 0, giống hệt 0, bỏ qua 0.");
        assertThat(text("result")).contains("Tạo mới 2", "hung-yen-editor");
        assertThat(text("import-title")).isEqualTo("Đã nhập: hoi-vien.csv");

        // Both again with another workplace: one updated by the user's choice for its row, the other skipped.
        List<String> withWorkplace = List.of("Họ và tên", "Năm sinh", "Email", "Cơ quan công tác");
        Path changed = file("hoi-vien-sua.csv", Sheets.csv(';', true, List.of(withWorkplace,
                List.of("Đinh Văn Tâm " + tag, "1969", "tam." + tag + "@example.vn", "Viện Cây lương thực"),
                List.of("Mai Thị Hạnh " + tag, "1988", "hanh." + tag + "@example.vn", "Trường Đại học Hưng Yên"))));
        browser.findElement(By.linkText("Nhập tệp khác")).click();
        upload(changed);
        assertThat(text("duplicate-2")).contains("Đinh Văn Tâm " + tag, "Email", "Cơ quan công tác");
        new Select(browser.findElement(By.name("row-2"))).selectByVisibleText("Cập nhật");
        browser.findElement(By.id("confirm-submit")).click();
        assertThat(text("notice")).isEqualTo("Đã nhập: tạo mới 0, cập nhật 1, giống hệt 0, bỏ qua 1.");
    }

    @Test
    void aSharedOfficeLandlineIsShownToCheckAndTheFileStillImports() throws IOException {
        logIn("hung-yen-editor");
        Path landline = file("van-phong.csv", Sheets.csv(';', true, List.of(List.of("Họ và tên", "Năm sinh", "Điện thoại"),
                List.of("Kiều Văn Lâm " + tag, "1966", "0221 3863 222"),
                List.of("Kiều Thị Liên " + tag, "1971", "0221 3863 222"))));
        browser.get(Api.baseUrl() + "/workspace/members/import");
        upload(landline);
        assertThat(text("problems-none")).isEqualTo("Không có lỗi.");
        List<String> rows = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("warnings")))
                .findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText).toList();
        assertThat(rows).containsExactly("3 Điện thoại Cùng số điện thoại với dòng 2 (Kiều Văn Lâm " + tag
                + "), ví dụ máy bàn cơ quan: hai người khác nhau vẫn được nhập. Hãy kiểm tra.");
        browser.findElement(By.id("confirm-submit")).click();
        assertThat(text("notice")).isEqualTo("Đã nhập: tạo mới 2, cập nhật 0, giống hệt 0, bỏ qua 0.");
    }

    private void upload(Path file) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file"))).sendKeys(file.toString());
        browser.findElement(By.id("upload-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-title")));
    }

    private static Path file(String name, byte[] content) throws IOException {
        Path file = Files.createTempDirectory("vusta-import-").resolve(name);
        Files.write(file, content);
        return file;
    }

    private void logIn(String username) {
        browser.get(Api.baseUrl() + "/");
        KeycloakLogin.signIn(browser, username, LocalCredentials.DEMO_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/workspace"));
    }

    private String text(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))).getText().strip();
    }
}
