package vn.vusta.platform.admin;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.TenantAdminTest;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.Browser;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.deploy.test.TestMail;
import vn.vusta.platform.deploy.test.TestStack;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.audit.AuditQuery;
import vn.vusta.platform.identity.Actor;
import vn.vusta.platform.identity.KeycloakAdmin;
import vn.vusta.platform.lifecycle.OnboardingIncompleteException;
import vn.vusta.platform.lifecycle.OnboardingRequest;
import vn.vusta.platform.lifecycle.OnboardingResult;
import vn.vusta.platform.lifecycle.TenantOnboarding;
import vn.vusta.platform.tenancy.TenantTransactions;
import vn.vusta.platform.tenancy.Tenants;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vusta.platform.admin.AdminTestSupport.logIn;

/**
 * Onboarding a tenant: its first administrator gets Keycloak's e-mail and chooses a password (none is made or shown);
 * an address of an existing account, or one no mail reaches, is refused; retried safely after an outage.
 */
@TenantAdminTest
class TenantOnboardingTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ACTION_LINK = Pattern.compile("https?://\\S+/login-actions/action-token\\?\\S+");

    @Autowired
    TenantOnboarding onboarding;
    @Autowired
    Tenants tenants;
    @Autowired
    KeycloakAdmin keycloak;
    @Autowired
    TenantTransactions tenantTransactions;
    @Autowired
    AuditLog audit;

    @Test
    void anAdministratorOnboardsATenantFromThePagesAndItsAdministratorLogsIn() {
        String password = "QuangNinh-Mai-2026";
        ChromeDriver browser = Browser.start("vi-VN,vi");
        try {
            var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            logIn(browser, wait, "platform-admin", LocalCredentials.DEMO_PASSWORD);
            wait.until(ExpectedConditions.elementToBeClickable(By.id("new-tenant"))).click();
            new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("provinceCode")))).selectByValue("22");
            browser.findElement(By.id("code")).sendKeys("quang-ninh");
            browser.findElement(By.id("name")).sendKeys("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Ninh");
            browser.findElement(By.id("adminLastName")).sendKeys("Trần Thị");
            browser.findElement(By.id("adminFirstName")).sendKeys("Mai");
            browser.findElement(By.id("adminEmail")).sendKeys("mai.tt@quangninh.example.vn");
            browser.findElement(By.id("onboard")).click();
            assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("onboarded-tenant"))).getText())
                    .isEqualTo("Đã khởi tạo Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Ninh.");
            assertThat(browser.findElement(By.id("admin-username")).getText()).isEqualTo("mai.tt@quangninh.example.vn");
            assertThat(browser.findElement(By.id("invitation-sent")).getText()).contains("Đã gửi thư mời tới mai.tt@quangninh.example.vn");
            assertThat(browser.getPageSource()).doesNotContain("temporary-password").doesNotContain("Mật khẩu tạm thời");
        } finally {
            browser.quit();
        }
        String userId = keycloak.findAccount("mai.tt@quangninh.example.vn").orElseThrow();
        assertThat(keycloak.organizationsOf(userId)).extracting(KeycloakAdmin.Organization::alias).containsExactly("quang-ninh");

        // The new administrator: Keycloak's e-mail, its link, a password of their own choosing.
        TestMail.Received mail = TestMail.awaitMail("mai.tt@quangninh.example.vn",
                m -> ACTION_LINK.matcher(m.body()).find(), Duration.ofSeconds(30));
        Matcher link = ACTION_LINK.matcher(mail.body());
        assertThat(link.find()).isTrue();
        ChromeDriver newcomer = Browser.start("vi-VN,vi");
        try {
            var wait = new WebDriverWait(newcomer, Duration.ofSeconds(30));
            newcomer.get(link.group());
            var proceed = newcomer.findElements(By.xpath("//a[contains(@href, 'login-actions')]"));
            if (newcomer.findElements(By.id("password-new")).isEmpty() && !proceed.isEmpty()) {
                proceed.getFirst().click();
            }
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password-new"))).sendKeys(password);
            newcomer.findElement(By.id("password-confirm")).sendKeys(password);
            newcomer.findElement(By.cssSelector("[type=submit]")).click();
            wait.until(ExpectedConditions.not(ExpectedConditions.presenceOfElementLocated(By.id("password-confirm"))));
            // In tenant-admin a provincial administrator is refused, which shows the login itself worked.
            newcomer.get(baseUrl() + "/");
            if (!newcomer.findElements(By.id("kc-form-login")).isEmpty()) {
                logIn(newcomer, wait, "mai.tt@quangninh.example.vn", password);
            }
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("denied-reason")));
        } finally {
            newcomer.quit();
        }
        JsonNode claims = claims(KeycloakTokens.accessToken(TestStack.current().keycloakUrl(), "mai.tt@quangninh.example.vn",
                password));
        assertThat(claims.path("organization").get(0).asString()).isEqualTo("quang-ninh");
        assertThat(claims.path("realm_access").path("roles").toString()).contains("tenant-admin");
    }

    @Test
    void theSameCodeTwiceIsRefusedWithAClearMessage() throws Exception {
        String body = """
                {"code": "ha-noi", "name": "Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hà Nội", "provinceCode": "01",
                 "adminEmail": "admin@hanoi.example.vn", "adminFirstName": "An", "adminLastName": "Nguyễn Văn"}""";
        var first = post("/api/v1/tenants", body);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(first.body()).doesNotContainIgnoringCase("password");
        var second = post("/api/v1/tenants", body);
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(second.body()).path("detail").asString())
                .isEqualTo("Đã có Liên hiệp hội mang mã \"ha-noi\"; không khởi tạo lần thứ hai.");
        assertThat(post("/api/v1/tenants", body.replace("ha-noi", "thanh-hoa")).statusCode()).isEqualTo(409);
    }

    @Test
    void badInputNamesEachField() throws Exception {
        var response = post("/api/v1/tenants", """
                {"code": "Hà Nội", "name": "", "provinceCode": "1", "adminEmail": "not-an-email", "adminFirstName": "A", "adminLastName": "B"}""");
        assertThat(response.statusCode()).isEqualTo(400);
        String errors = JSON.readTree(response.body()).path("errors").toString();
        assertThat(errors).contains("\"field\":\"code\"", "\"field\":\"name\"", "\"field\":\"provinceCode\"", "\"field\":\"adminEmail\"")
                .contains("là mã tỉnh hai chữ số");
        assertThat(tenants.findByCode("Hà Nội")).isEmpty();
        var unknownProvince = post("/api/v1/tenants", """
                {"code": "ha-tay", "name": "Hà Tây", "provinceCode": "99", "adminEmail": "a@b.vn", "adminFirstName": "A", "adminLastName": "B"}""");
        assertThat(JSON.readTree(unknownProvince.body()).path("detail").asString()).isEqualTo("Không có tỉnh, thành phố mang mã \"99\".");
        assertThat(tenants.findByCode("ha-tay")).isEmpty();
    }

    @Test
    void anAddressNoMailReachesIsRefusedNamingTheField() throws Exception {
        var response = post("/api/v1/tenants", """
                {"code": "bac-kan", "name": "Bắc Kạn", "provinceCode": "06", "adminEmail": "a@b", "adminFirstName": "A", "adminLastName": "B"}""");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("errors").toString()).contains("\"field\":\"adminEmail\"");
        assertThat(tenants.findByCode("bac-kan")).isEmpty();
    }

    @Test
    void anAddressOfAnExistingAccountIsRefusedAndThatAccountIsUntouched() throws Exception {
        for (String email : new String[]{"admin@hai-phong.demo.vusta.local", "platform-admin@demo.vusta.local"}) {
            String userId = keycloak.findAccount(email).orElseThrow();
            var organizations = keycloak.organizationsOf(userId);
            int mails = TestMail.receivedBy(email).size();
            var response = post("/api/v1/tenants", """
                    {"code": "lai-chau", "name": "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lai Châu", "provinceCode": "12", "adminEmail": "%s", "adminFirstName": "A", "adminLastName": "B"}"""
                    .formatted(email));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
            JsonNode error = JSON.readTree(response.body()).path("errors").get(0);
            assertThat(error.path("field").asString()).isEqualTo("adminEmail");
            assertThat(error.path("message").asString()).startsWith("Không thể dùng địa chỉ này");
            assertThat(response.body()).doesNotContain("hai-phong-admin").doesNotContain(userId);
            assertThat(tenants.findByCode("lai-chau")).as("nothing written").isEmpty();
            assertThat(keycloak.organizationsOf(userId)).isEqualTo(organizations);
            assertThat(TestMail.receivedBy(email)).hasSize(mails);
        }
        assertThat(KeycloakTokens.accessToken("hai-phong-admin")).isNotBlank();
        // Hải Phòng's own log says who tried to use its administrator's address.
        var haiPhong = tenants.findByCode("hai-phong").orElseThrow();
        var refused = tenantTransactions.inTenant(haiPhong, () ->
                audit.search(new AuditQuery(null, "user.invite-refused", "platform-admin", null, null, 10)));
        assertThat(refused).isNotEmpty();
        assertThat(refused.getFirst().objectId()).isEqualTo(keycloak.findAccount("admin@hai-phong.demo.vusta.local").orElseThrow());
    }

    @Test
    void keycloakStoppedDuringOnboardingThenARetryCompletesWithNothingTwice() {
        var request = new OnboardingRequest("cao-bang", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Cao Bằng", "04",
                "admin@caobang.example.vn", "Bình", "Lê Văn");
        TestStack.current().withoutKeycloak(() -> assertThatThrownBy(() -> asAdministrator(request))
                .isInstanceOf(OnboardingIncompleteException.class));
        // The database step is done and kept; nothing is in Keycloak yet.
        assertThat(tenants.findByCode("cao-bang")).isPresent();
        assertThat(keycloak.findOrganization("cao-bang")).isEmpty();

        OnboardingResult result = asAdministrator(request);
        assertThat(result.tenant().code()).isEqualTo("cao-bang");
        String organization = keycloak.findOrganization("cao-bang").orElseThrow();
        assertThat(keycloak.members(organization)).extracting(member -> member.path("email").asString())
                .containsExactly("admin@caobang.example.vn");
        assertThat(tenants.all()).filteredOn(t -> t.code().equals("cao-bang")).hasSize(1);
        assertThatThrownBy(() -> asAdministrator(request)).hasMessageContaining("exists already");
    }

    @Test
    void theCommandLineOnboardsForScripts() throws Exception {
        String[] onboard = {"tenants", "onboard", "--code=ha-nam", "--province=35",
                "--name=Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hà Nam", "--admin-email=admin@hanam.example.vn",
                "--admin-first-name=Hà", "--admin-last-name=Phạm Thu"};
        var first = CommandLineRun.of(onboard);
        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output()).contains("Đã khởi tạo Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hà Nam (ha-nam).",
                "Đã gửi thư mời tới admin@hanam.example.vn").doesNotContain("mật khẩu tạm thời");
        var again = CommandLineRun.of(onboard);
        assertThat(again.exitCode()).isEqualTo(5);
        assertThat(again.output()).contains("Đã có Liên hiệp hội mang mã \"ha-nam\"");
        var invalid = CommandLineRun.of("tenants", "onboard", "--code=Hà Nam");
        assertThat(invalid.exitCode()).isEqualTo(2);
        assertThat(invalid.output()).contains("--code: chỉ gồm chữ thường không dấu", "--admin-email: không được để trống");
    }

    private OnboardingResult asAdministrator(OnboardingRequest request) {
        return ScopedValue.where(Actor.CURRENT, new Actor("platform-admin")).call(() -> onboarding.onboard(request));
    }

    private static JsonNode claims(String token) {
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> post(String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Authorization", "Bearer " + KeycloakTokens.accessToken("platform-admin"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String baseUrl() {
        return "http://127.0.0.1:" + System.getProperty("vusta.test.tenant-admin.port");
    }
}
