package vn.vusta.platform.users;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.Api;
import vn.vusta.platform.Pages;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.deploy.test.TestMail;
import vn.vusta.platform.deploy.test.TestStack;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invitations by Keycloak's own e-mail, never by password, and only of people who have no account elsewhere: the
 * invited person completes the flow in the browser; an address of another union's or the platform's account is
 * refused without a word about that account, and nothing of that account changes.
 */
@PlatformApiTest
class InvitationsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ACTION_LINK = Pattern.compile("https?://\\S+/login-actions/action-token\\?\\S+");
    private static final String REFUSAL = "Không thể mời địa chỉ này; hãy liên hệ quản trị viên hệ thống.";

    @Test
    void anInvitedPersonSetsTheirOwnPasswordFromKeycloaksMailAndLandsInTheirUnion() {
        String admin = KeycloakTokens.accessToken("hung-yen-admin");
        String email = "lan." + UUID.randomUUID().toString().substring(0, 6) + "@hungyen.example.vn";
        var invited = Api.call("POST", "/api/v1/users", admin, """
                {"email": "%s", "firstName": "Lan", "lastName": "Vũ Thị", "role": "tenant-editor"}""".formatted(email), "vi");
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        assertThat(invited.json().path("invited").asBoolean()).isTrue();
        assertThat(invited.body()).doesNotContainIgnoringCase("password").doesNotContain("mật khẩu tạm");
        String userId = KeycloakAccounts.id(email);
        assertThat(KeycloakAccounts.credentials(userId)).as("no password exists before the person chooses one").isEmpty();

        TestMail.Received mail = TestMail.awaitMail(email, m -> ACTION_LINK.matcher(m.body()).find(), Duration.ofSeconds(30));
        Matcher link = ACTION_LINK.matcher(mail.body());
        assertThat(link.find()).isTrue();
        String password = "HungYen-Lan-2026-moi";
        try (Pages pages = Pages.inVietnamese()) {
            var browser = pages.browser();
            browser.get(link.group());
            // Keycloak first lists what is asked (verify the address, choose a password), then asks for the password.
            var proceed = browser.findElements(By.xpath("//a[contains(@href, 'login-actions')]"));
            if (browser.findElements(By.id("password-new")).isEmpty() && !proceed.isEmpty()) {
                proceed.getFirst().click();
            }
            pages.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("password-new"))).sendKeys(password);
            browser.findElement(By.id("password-confirm")).sendKeys(password);
            browser.findElement(By.cssSelector("[type=submit]")).click();
            pages.waiting().until(ExpectedConditions.not(ExpectedConditions.presenceOfElementLocated(By.id("password-confirm"))));
            pages.goTo("/");
            if (!browser.findElements(By.id("kc-form-login")).isEmpty()) {
                browser.findElement(By.id("username")).sendKeys(email);
                browser.findElement(By.id("password")).sendKeys(password);
                browser.findElement(By.id("kc-login")).click();
            }
            assertThat(pages.text("user-name")).isEqualTo("Vũ Thị Lan");
            pages.goTo("/workspace/members");
            assertThat(browser.getPageSource()).contains("Hưng Yên");
        }
        JsonNode claims = claims(KeycloakTokens.accessToken(TestStack.current().keycloakUrl(), email, password));
        assertThat(claims.path("organization").toString()).contains("hung-yen").doesNotContain("thanh-hoa");
        assertThat(claims.path("realm_access").path("roles").toString()).contains("tenant-editor").doesNotContain("tenant-admin");
        assertThat(KeycloakAccounts.credentials(userId)).hasSize(1);
        assertThat(Api.get("/api/v1/audit?action=user.invited", admin).body()).contains(userId);
    }

    @Test
    void reInvitingOnesOwnUserChangesNothingAndSaysSo() {
        String admin = KeycloakTokens.accessToken("thanh-hoa-admin");
        String email = KeycloakAccounts.email("thanh-hoa-editor");
        String before = KeycloakAccounts.state(KeycloakAccounts.id("thanh-hoa-editor"));
        int mails = TestMail.receivedBy(email).size();

        var again = Api.call("POST", "/api/v1/users", admin, """
                {"email": "%s", "firstName": "Khác", "lastName": "Tên", "role": "tenant-admin"}""".formatted(email), "vi");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("invited").asBoolean()).isFalse();
        assertThat(again.json().path("message").asString()).contains("đã là người dùng của Liên hiệp hội");
        assertThat(KeycloakAccounts.state(KeycloakAccounts.id("thanh-hoa-editor"))).as("no reset, no new role").isEqualTo(before);
        assertThat(TestMail.receivedBy(email)).hasSize(mails);
        assertThat(KeycloakTokens.accessToken("thanh-hoa-editor")).as("the demo password still works").isNotBlank();
        assertThat(Api.get("/api/v1/audit?action=user.already-member", admin).body()).contains(KeycloakAccounts.id("thanh-hoa-editor"));
    }

    @Test
    void anAddressOfAnotherUnionsOrThePlatformsAccountIsRefusedAndNothingOfItChanges() {
        String admin = KeycloakTokens.accessToken("thanh-hoa-admin");
        List<String> others = List.of("hai-phong-admin", "hung-yen-viewer", "platform-admin", "national-reviewer",
                "ghost-editor", "no-org-editor");
        Map<String, String> before = KeycloakAccounts.state(others);
        var mails = new TreeMap<String, Integer>();
        for (String username : others) {
            String email = KeycloakAccounts.email(username);
            mails.put(username, TestMail.receivedBy(email).size());
            for (String written : List.of(email, email.toUpperCase())) {
                var refused = Api.call("POST", "/api/v1/users", admin, """
                        {"email": "%s", "firstName": "A", "lastName": "B", "role": "tenant-admin"}""".formatted(written), "vi");
                assertThat(refused.status()).as(written + ": " + refused.body()).isEqualTo(422);
                assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("email");
                assertThat(refused.json().path("errors").get(0).path("message").asString()).isEqualTo(REFUSAL);
                // Nothing about the account behind the address: not its name, id, union or roles.
                assertThat(refused.body()).doesNotContain(username).doesNotContain(KeycloakAccounts.id(username))
                        .doesNotContain("hai-phong").doesNotContain("platform-admin").doesNotContain("national");
            }
        }
        assertThat(KeycloakAccounts.state(others)).isEqualTo(before);
        for (String username : others) {
            assertThat(TestMail.receivedBy(KeycloakAccounts.email(username))).as("no mail to " + username)
                    .hasSize(mails.get(username));
            assertThat(KeycloakTokens.accessToken(username)).as(username + " still logs in as before").isNotBlank();
        }
        // Who tried what on whom: in the caller's union, and in the union that owns the account.
        assertThat(Api.get("/api/v1/audit?action=user.invite-refused", admin).body())
                .contains(KeycloakAccounts.email("hai-phong-admin"), KeycloakAccounts.email("platform-admin"));
        String haiPhong = Api.get("/api/v1/audit?action=user.invite-refused", KeycloakTokens.accessToken("hai-phong-admin")).body();
        assertThat(haiPhong).contains("thanh-hoa-admin", KeycloakAccounts.id("hai-phong-admin"));
    }

    @Test
    void thePageRefusesInVietnameseAndAnswers404ForAnotherUnionsUser() {
        String haiPhongAdmin = KeycloakAccounts.id("hai-phong-admin");
        String before = KeycloakAccounts.state(haiPhongAdmin);
        try (Pages pages = Pages.inVietnamese().logIn("thanh-hoa-admin")) {
            pages.goTo("/workspace/users");
            String list = pages.text("users");
            assertThat(list).contains("Biên tập viên").doesNotContain("??").doesNotContain("offline_access");
            pages.type("invite-lastName", "Trần");
            pages.type("invite-firstName", "Bình");
            pages.type("invite-email", KeycloakAccounts.email("hai-phong-admin"));
            pages.press("invite-submit");
            assertThat(pages.text("refusal")).isEqualTo(REFUSAL);
            assertThat(pages.browser().findElement(By.id("refusal")).getDomAttribute("data-field")).isEqualTo("email");

            // The roles form of the page, aimed at another union's user (as a forged form would be).
            pages.browser().executeScript("""
                    const form = document.querySelector('#users form');
                    form.action = '/workspace/users/' + arguments[0] + '/roles';
                    form.submit();""", haiPhongAdmin);
            pages.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Không tìm thấy"));
            assertThat(pages.browser().findElement(By.tagName("h1")).getText()).contains("404");
        }
        assertThat(KeycloakAccounts.state(haiPhongAdmin)).isEqualTo(before);
    }

    @Test
    void anAccountInSeveralOrganizationsIsRefusedRatherThanGivenTheFirst() {
        String password = "Hai-To-Chuc-2026-x";
        String username = "two-unions-" + UUID.randomUUID().toString().substring(0, 6);
        String userId = KeycloakAccounts.create(username, username + "@example.vn", password, List.of("tenant-viewer"),
                List.of("thanh-hoa", "hai-phong"));
        try {
            String token = KeycloakTokens.accessToken(TestStack.current().keycloakUrl(), username, password);
            // Keycloak names neither organization in the token (it cannot choose); the platform asks it which.
            assertThat(claims(token).path("organization").size()).isLessThanOrEqualTo(1);
            var refused = Api.call("GET", "/api/v1/units", token, null, "vi");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.contentType()).contains("application/problem+json");
            assertThat(refused.json().path("detail").asString()).contains("thuộc nhiều tổ chức cùng lúc");
            assertThat(refused.body()).doesNotContain("Hải Phòng").doesNotContain("Thanh Hóa");
            try (Pages pages = Pages.inVietnamese()) {
                var browser = pages.browser();
                pages.goTo("/");
                pages.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
                browser.findElement(By.id("username")).sendKeys(username);
                browser.findElement(By.id("password")).sendKeys(password);
                browser.findElement(By.id("kc-login")).click();
                pages.goTo("/workspace");
                assertThat(pages.text("denied-reason")).contains("thuộc nhiều tổ chức cùng lúc");
            }
        } finally {
            KeycloakAccounts.delete(userId);
        }
    }

    private static JsonNode claims(String token) {
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }
}
