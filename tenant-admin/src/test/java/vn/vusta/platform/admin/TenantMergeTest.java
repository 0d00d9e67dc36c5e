package vn.vusta.platform.admin;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.TenantAdminTest;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.deploy.test.TestStack;
import vn.vusta.platform.identity.KeycloakAdmin;
import vn.vusta.platform.lifecycle.OnboardingResult;
import vn.vusta.platform.lifecycle.TenantMerge;
import vn.vusta.platform.lifecycle.TenantOnboarding;
import vn.vusta.platform.tenancy.TenantStatus;
import vn.vusta.platform.tenancy.Tenants;

import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vusta.platform.admin.AdminTestSupport.asPlatformAdmin;
import static vn.vusta.platform.admin.AdminTestSupport.inBrowser;
import static vn.vusta.platform.admin.AdminTestSupport.logIn;
import static vn.vusta.platform.admin.AdminTestSupport.onboard;
import static vn.vusta.platform.admin.AdminTestSupport.owner;
import static vn.vusta.platform.admin.AdminTestSupport.single;
import static vn.vusta.platform.admin.AdminTestSupport.sql;

/**
 * Merging provinces' unions (2025): every row kept and attributed, users moved with their tenant roles reduced to
 * reading unless the operator keeps them, every move audited in the target, all or nothing.
 */
@TenantAdminTest
class TenantMergeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final UUID HAI_PHONG = UUID.fromString("0195d2a0-0000-7000-8000-000000000031");
    private static final UUID HUNG_YEN = UUID.fromString("0195d2a0-0000-7000-8000-000000000033");

    @Autowired
    TenantOnboarding onboarding;
    @Autowired
    Tenants tenants;
    @Autowired
    KeycloakAdmin keycloak;
    @Autowired
    TenantMerge merge;

    @Test
    void haiDuongMergesIntoHaiPhongKeepingEveryRowAndItsUsers() throws Exception {
        OnboardingResult haiDuong = onboard(onboarding, "hai-duong", "30", "admin@haiduong.example.vn");
        UUID source = haiDuong.tenant().id();
        sql(HAI_PHONG, "insert into unit (tenant_id, name, kind) values ('" + HAI_PHONG + "', 'Hội Cựu giáo chức', 'MEMBER_ASSOCIATION')");
        UUID sameName = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        sql(source, "insert into unit (tenant_id, id, name, kind) values ('" + source + "', '" + sameName + "', 'Hội Cựu giáo chức', 'MEMBER_ASSOCIATION'), "
                + "('" + source + "', '" + other + "', 'Hội Kỹ sư tỉnh Hải Dương', 'MEMBER_ASSOCIATION')");
        sql(source, "insert into member_census (tenant_id, unit_id, as_of, member_count) values ('" + source + "', '" + other + "', '2025-06-30', 812)");
        UUID member = UUID.randomUUID();
        sql(source, "insert into member (tenant_id, id, full_name, gender, birth_year, degree, expert_shared_data) values ('"
                + source + "', '" + member + "', 'Vũ Thị Thu Hằng', 'FEMALE', 1978, 'TS', '{}')");
        sql(source, "insert into member_unit (tenant_id, member_id, unit_id) values ('" + source + "', '" + member + "', '" + other + "')");
        sql(source, "insert into member_expertise (tenant_id, member_id, field_code) values ('" + source + "', '" + member + "', '212')");
        // Hải Dương's accepted half-year report of 2021: its figures and text are locked, and move all the same.
        UUID report = UUID.randomUUID();
        sql(source, "insert into report (tenant_id, id, period_id, province_code, title) select '" + source + "', '" + report
                + "', id, '30', 'Báo cáo kết quả hoạt động 6 tháng đầu năm 2021' from reporting_period where year = 2021 and kind = 'H1'");
        sql(source, "insert into report_value (tenant_id, report_id, indicator_year, indicator_code, computed_value) values ('"
                + source + "', '" + report + "', 2021, 'TC01', 17)");
        sql(source, "update report set status = 'ACCEPTED', approved_on = '2021-06-25', sent_at = '2021-07-01', "
                + "accepted_at = '2021-07-08' where id = '" + report + "'");
        Map<String, Long> targetBefore = counts(HAI_PHONG);
        String organization = keycloak.findOrganization("hai-phong").orElseThrow();
        var haiPhongUsersBefore = keycloak.membersWithRoles(organization);

        JsonNode plan = JSON.readTree(asPlatformAdmin("GET", "/api/v1/tenants/hai-duong/merge-plan?into=hai-phong").body());
        assertThat(plan.path("tables").path("unit").path("source").asInt()).isEqualTo(2);
        assertThat(plan.path("tables").path("member_census").path("source").asInt()).isEqualTo(1);
        assertThat(plan.path("tables").path("member").path("source").asInt()).isEqualTo(1);
        assertThat(plan.path("conflicts")).hasSize(1);
        assertThat(plan.path("conflicts").get(0).path("resolvedValue").asString()).isEqualTo("Hội Cựu giáo chức (Hải Dương)");
        assertThat(plan.path("users")).hasSize(1);
        assertThat(plan.path("users").get(0).path("email").asString()).isEqualTo("admin@haiduong.example.vn");
        assertThat(plan.path("users").get(0).path("rolesBefore").toString()).isEqualTo("[\"tenant-admin\"]");
        assertThat(plan.path("users").get(0).path("rolesAfter").toString()).as("reduced unless kept").isEqualTo("[\"tenant-viewer\"]");
        assertThat(counts(HAI_PHONG)).as("a dry run changes nothing").isEqualTo(targetBefore);

        var merged = asPlatformAdmin("POST", "/api/v1/tenants/hai-duong/merge?into=hai-phong");
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(200);
        Map<String, Long> targetAfter = counts(HAI_PHONG);
        assertThat(targetAfter.get("unit")).isEqualTo(targetBefore.get("unit") + 2);
        assertThat(targetAfter.get("member_census")).isEqualTo(targetBefore.get("member_census") + 1);
        assertThat(targetAfter.get("member")).isEqualTo(targetBefore.get("member") + 1);
        assertThat(targetAfter.get("member_unit")).isEqualTo(targetBefore.get("member_unit") + 1);
        assertThat(targetAfter.get("member_expertise")).isEqualTo(targetBefore.get("member_expertise") + 1);
        assertThat(targetAfter.get("report")).isEqualTo(targetBefore.get("report") + 1);
        assertThat(targetAfter.get("report_value")).isEqualTo(targetBefore.get("report_value") + 1);
        // Lineage for the records with their own identity, the two units, the member and the report; the census row,
        // the membership, the field of expertise and the report's figure are attributed through them.
        assertThat(targetAfter.get("record_lineage")).isEqualTo(targetBefore.get("record_lineage") + 4);
        assertThat(single(HAI_PHONG, "select string_agg(table_name, ',' order by table_name) from record_lineage where record_key in ('"
                + sameName + "', '" + other + "', '" + member + "')")).isEqualTo("member,unit,unit");
        assertThat(single(HAI_PHONG, "select full_name || ' ' || unit_id from member join member_unit on member_id = id where id = '" + member + "'"))
                .isEqualTo("Vũ Thị Thu Hằng " + other);
        assertThat(counts(source).values()).allMatch(n -> n == 0);
        assertThat(single(HAI_PHONG, "select name from unit where id = '" + sameName + "'")).isEqualTo("Hội Cựu giáo chức (Hải Dương)");
        assertThat(single(HAI_PHONG, "select former_province_code from record_lineage where record_key = '" + other + "'")).isEqualTo("30");
        assertThat(tenants.findByCode("hai-duong").orElseThrow().status()).isEqualTo(TenantStatus.MERGED);
        assertThat(single(HAI_PHONG, "select province_code || ' ' || status || ' ' || computed_value from report "
                + "join report_value on report_id = id where id = '" + report + "'"))
                .as("the former province's report, accepted and locked, under its own province").isEqualTo("30 ACCEPTED 17.00");

        // The source's administrator now belongs to Hải Phòng's organization and logs into it, as a reader only;
        // Hải Phòng's own users are as they were.
        assertThat(KeycloakAccounts.state("admin@haiduong.example.vn"))
                .isEqualTo(new KeycloakAccounts.State(true, Set.of("hai-phong"), Set.of("tenant-viewer")));
        assertThat(keycloak.membersWithRoles(organization)).filteredOn(m -> !m.email().equals("admin@haiduong.example.vn"))
                .containsExactlyInAnyOrderElementsOf(haiPhongUsersBefore);
        KeycloakAccounts.setPassword("admin@haiduong.example.vn", "HaiDuong@2026-doc");
        JsonNode claims = KeycloakAccounts.claims(KeycloakTokens.accessToken(TestStack.current().keycloakUrl(),
                "admin@haiduong.example.vn", "HaiDuong@2026-doc"));
        assertThat(claims.path("organization").toString()).isEqualTo("[\"hai-phong\"]");
        assertThat(claims.path("realm_access").path("roles").toString()).contains("\"tenant-viewer\"").doesNotContain("tenant-admin");

        // Audited in the union that owns the account now: Hải Phòng.
        JsonNode moves = JSON.readTree(asPlatformAdmin("GET", "/api/v1/audit?tenant=hai-phong&action=user.moved-by-merge").body());
        assertThat(moves).hasSize(1);
        JsonNode before = JSON.readTree(moves.get(0).path("before").asString());
        JsonNode after = JSON.readTree(moves.get(0).path("after").asString());
        assertThat(before.path("organization").asString() + " " + before.path("roles")).isEqualTo("hai-duong [\"tenant-admin\"]");
        assertThat(after.path("organization").asString() + " " + after.path("roles") + " " + after.path("rolesKept"))
                .isEqualTo("hai-phong [\"tenant-viewer\"] false");
        assertThat(moves.get(0).path("objectId").asString()).isEqualTo(KeycloakAccounts.userId("admin@haiduong.example.vn").orElseThrow());

        assertThat(asPlatformAdmin("POST", "/api/v1/tenants/hai-duong/merge?into=hai-phong").statusCode()).as("a repeat finishes, changes nothing").isEqualTo(200);
        assertThat(counts(HAI_PHONG)).isEqualTo(targetAfter);
    }

    @Test
    void anAdministratorMergesFromThePageAfterSeeingTheDryRun() throws Exception {
        UUID source = onboard(onboarding, "ha-giang", "02", "admin@hagiang.example.vn").tenant().id();
        UUID target = onboard(onboarding, "tuyen-quang", "08", "admin@tuyenquang.example.vn").tenant().id();
        sql(target, "insert into unit (tenant_id, name, kind) values ('" + target + "', 'Câu lạc bộ Nhà khoa học cao tuổi', 'COLLECTIVE_MEMBER')");
        sql(source, "insert into unit (tenant_id, name, kind) values ('" + source + "', 'Câu lạc bộ Nhà khoa học cao tuổi', 'COLLECTIVE_MEMBER'), "
                + "('" + source + "', 'Hội Dược liệu tỉnh Hà Giang', 'MEMBER_ASSOCIATION')");

        inBrowser((browser, wait) -> {
            logIn(browser, wait, "platform-admin", LocalCredentials.DEMO_PASSWORD);
            wait.until(ExpectedConditions.elementToBeClickable(By.id("merge-ha-giang"))).click();
            new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("into")))).selectByValue("tuyen-quang");
            browser.findElement(By.id("dry-run")).click();

            // The dry run: what moves, table by table, what the target has, the conflict and its resolution.
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan")));
            var rows = new LinkedHashMap<String, String>();
            browser.findElements(By.cssSelector("#plan tbody tr")).forEach(row -> {
                var cells = row.findElements(By.tagName("td"));
                rows.put(cells.get(0).getText(), cells.get(1).getText() + " → " + cells.get(2).getText());
            });
            assertThat(rows).containsEntry("unit", "2 → 1").containsEntry("member", "0 → 0");
            assertThat(browser.findElement(By.id("conflicts")).getText()).isEqualTo("Bảng unit: \"Câu lạc bộ Nhà khoa học cao tuổi\" "
                    + "đã có ở đích, sẽ đổi thành \"Câu lạc bộ Nhà khoa học cao tuổi (Hà Giang)\"");
            assertThat(browser.findElement(By.id("plan")).getText()).contains("Người dùng sẽ chuyển sang tổ chức đích: 1");
            // Who moves and what their roles become: reduced to reading unless kept, and the page says so.
            assertThat(browser.findElement(By.id("users-rule")).getText()).contains("Mặc định vai trò của họ giảm xuống Người xem (tenant-viewer)");
            assertThat(browser.findElement(By.cssSelector("#users tbody")).getText()).isEqualTo("Người Quản trị (admin@hagiang.example.vn) "
                    + "Quản trị Liên hiệp hội (tenant-admin) Người xem (tenant-viewer)");
            assertThat(browser.findElement(By.cssSelector("#users input[name=keepRoles]")).isSelected()).isFalse();
            assertThat(unitsOf(target)).as("a dry run changes nothing").isEqualTo("Câu lạc bộ Nhà khoa học cao tuổi");

            // The dry run lists every tenant table, so the button may lie below the window: scrolled to, then clicked.
            var merge = browser.findElement(By.id("merge"));
            browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", merge);
            merge.click();
            var confirmation = wait.until(ExpectedConditions.alertIsPresent());
            assertThat(confirmation.getText()).startsWith("Hợp nhất? Dữ liệu chuyển hết sang đích");
            confirmation.accept();

            assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice"))).getText())
                    .isEqualTo("Đã hợp nhất Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hà Giang vào Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Tuyên Quang.");
            assertThat(browser.findElement(By.id("accounts")).getText()).isEqualTo("Người Quản trị (admin@hagiang.example.vn) "
                    + "đã chuyển sang Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Tuyên Quang; vai trò giảm từ Quản trị Liên hiệp hội (tenant-admin) xuống Người xem (tenant-viewer).");
            assertThat(browser.findElement(By.id("status-ha-giang")).getText()).isEqualTo("Đã hợp nhất");
            assertThat(browser.findElements(By.id("merge-ha-giang"))).as("a merged union is not merged again").isEmpty();
        });
        assertThat(unitsOf(target)).isEqualTo("Câu lạc bộ Nhà khoa học cao tuổi, Câu lạc bộ Nhà khoa học cao tuổi (Hà Giang), "
                + "Hội Dược liệu tỉnh Hà Giang");
        assertThat(KeycloakAccounts.state("admin@hagiang.example.vn"))
                .isEqualTo(new KeycloakAccounts.State(true, Set.of("tuyen-quang"), Set.of("tenant-viewer")));
        assertThat(KeycloakAccounts.state("admin@tuyenquang.example.vn"))
                .isEqualTo(new KeycloakAccounts.State(true, Set.of("tuyen-quang"), Set.of("tenant-admin")));
    }

    @Test
    void theOperatorKeepsOneUsersRolesOnThePageAndTheOthersAreReduced() throws Exception {
        onboard(onboarding, "bac-kan", "06", "admin@backan.example.vn");
        onboard(onboarding, "thai-nguyen", "19", "admin@thainguyen.example.vn");
        KeycloakAccounts.addToOrganization("bac-kan",
                KeycloakAccounts.createUser("editor@backan.example.vn", "Biên tập", "Lê", "tenant-editor"));
        String admin = KeycloakAccounts.userId("admin@backan.example.vn").orElseThrow();
        String editor = KeycloakAccounts.userId("editor@backan.example.vn").orElseThrow();

        inBrowser((browser, wait) -> {
            logIn(browser, wait, "platform-admin", LocalCredentials.DEMO_PASSWORD);
            wait.until(ExpectedConditions.elementToBeClickable(By.id("merge-bac-kan"))).click();
            new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("into")))).selectByValue("thai-nguyen");
            browser.findElement(By.id("dry-run")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan")));
            assertThat(browser.findElement(By.id("moving-" + editor)).getText())
                    .isEqualTo("Lê Biên tập (editor@backan.example.vn) Biên tập viên (tenant-editor) Người xem (tenant-viewer)");

            // The decision: Bắc Kạn's administrator keeps their roles; the editor is reduced, the default.
            var keep = browser.findElement(By.id("keep-" + admin));
            browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", keep);
            keep.click();
            var merge = browser.findElement(By.id("merge"));
            browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", merge);
            merge.click();
            wait.until(ExpectedConditions.alertIsPresent()).accept();

            assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("accounts"))).getText()).isEqualTo(
                    "Lê Biên tập (editor@backan.example.vn) đã chuyển sang Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thái Nguyên; vai trò giảm từ "
                            + "Biên tập viên (tenant-editor) xuống Người xem (tenant-viewer).\n"
                            + "Người Quản trị (admin@backan.example.vn) đã chuyển sang Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thái Nguyên; giữ vai trò: "
                            + "Quản trị Liên hiệp hội (tenant-admin).");
        });
        assertThat(KeycloakAccounts.state("admin@backan.example.vn"))
                .isEqualTo(new KeycloakAccounts.State(true, Set.of("thai-nguyen"), Set.of("tenant-admin")));
        assertThat(KeycloakAccounts.state("editor@backan.example.vn"))
                .isEqualTo(new KeycloakAccounts.State(true, Set.of("thai-nguyen"), Set.of("tenant-viewer")));
        JsonNode moves = JSON.readTree(asPlatformAdmin("GET", "/api/v1/audit?tenant=thai-nguyen&action=user.moved-by-merge").body());
        var kept = new java.util.TreeMap<String, String>();
        moves.forEach(m -> kept.put(m.path("objectId").asString(), JSON.readTree(m.path("after").asString()).path("rolesKept").toString()));
        assertThat(kept).isEqualTo(new java.util.TreeMap<>(Map.of(admin, "true", editor, "false")));
        assertThat(moves).allSatisfy(m -> assertThat(m.path("actor").asString()).isEqualTo("platform-admin"));
    }

    @Test
    void aMergeThatFailsAfterTheUsersMovedMovesThemBackWithTheirRoles() throws Exception {
        onboard(onboarding, "quang-binh", "44", "admin@quangbinh.example.vn");
        onboard(onboarding, "quang-tri", "44", "admin@quangtri.example.vn");
        var sourceUserBefore = KeycloakAccounts.state("admin@quangbinh.example.vn");
        var targetUserBefore = KeycloakAccounts.state("admin@quangtri.example.vn");
        assertThat(sourceUserBefore).isEqualTo(new KeycloakAccounts.State(true, Set.of("quang-binh"), Set.of("tenant-admin")));
        // A fault after Keycloak's step: recording the move in the target's log is refused.
        ownerStatement("create function refuse_moved_user() returns trigger language plpgsql as $$ begin "
                + "if new.action = 'user.moved-by-merge' then raise exception 'injected fault'; end if; return new; end $$");
        ownerStatement("create trigger inject_user_fault before insert on audit_event for each row execute function refuse_moved_user()");
        try {
            var failed = asPlatformAdmin("POST", "/api/v1/tenants/quang-binh/merge?into=quang-tri");
            assertThat(failed.statusCode()).isEqualTo(500);
            assertThat(JSON.readTree(failed.body()).path("detail").asString())
                    .isEqualTo("Hợp nhất không thành vì lỗi khi ghi dữ liệu; toàn bộ đã được huỷ, hai Liên hiệp hội giữ nguyên như trước.");
        } finally {
            ownerStatement("drop trigger inject_user_fault on audit_event");
            ownerStatement("drop function refuse_moved_user()");
        }
        assertThat(tenants.findByCode("quang-binh").orElseThrow().status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(KeycloakAccounts.state("admin@quangbinh.example.vn")).as("moved back, roles restored").isEqualTo(sourceUserBefore);
        assertThat(KeycloakAccounts.state("admin@quangtri.example.vn")).isEqualTo(targetUserBefore);
    }

    @Test
    void aMergeThatFailsPartWayLeavesBothTenantsAsTheyWere() throws Exception {
        OnboardingResult thaiBinh = onboard(onboarding, "thai-binh", "34", "admin@thaibinh.example.vn");
        UUID source = thaiBinh.tenant().id();
        UUID unit = UUID.randomUUID();
        sql(source, "insert into unit (tenant_id, id, name, kind) values ('" + source + "', '" + unit + "', 'Hội Nông học tỉnh Thái Bình', 'MEMBER_ASSOCIATION')");
        sql(source, "insert into member_census (tenant_id, unit_id, as_of, member_count) values ('" + source + "', '" + unit + "', '2025-06-30', 4242)");
        Map<String, Long> sourceBefore = counts(source);
        Map<String, Long> targetBefore = counts(HUNG_YEN);
        // A fault after the units have moved: the census row is refused on its way in.
        ownerStatement("create function refuse_4242() returns trigger language plpgsql as $$ begin "
                + "if new.member_count = 4242 then raise exception 'injected fault'; end if; return new; end $$");
        ownerStatement("create trigger inject_fault before insert on member_census for each row execute function refuse_4242()");
        try {
            var failed = asPlatformAdmin("POST", "/api/v1/tenants/thai-binh/merge?into=hung-yen");
            assertThat(failed.statusCode()).isEqualTo(500);
            assertThat(JSON.readTree(failed.body()).path("detail").asString())
                    .isEqualTo("Hợp nhất không thành vì lỗi khi ghi dữ liệu; toàn bộ đã được huỷ, hai Liên hiệp hội giữ nguyên như trước.");
        } finally {
            ownerStatement("drop trigger inject_fault on member_census");
            ownerStatement("drop function refuse_4242()");
        }
        assertThat(counts(source)).isEqualTo(sourceBefore);
        assertThat(counts(HUNG_YEN)).isEqualTo(targetBefore);
        assertThat(tenants.findByCode("thai-binh").orElseThrow().status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(keycloak.members(keycloak.findOrganization("thai-binh").orElseThrow())).hasSize(1);
    }

    @Test
    void withKeycloakDownNothingMerges() throws Exception {
        OnboardingResult namDinh = onboard(onboarding, "nam-dinh", "36", "admin@namdinh.example.vn");
        OnboardingResult ninhBinh = onboard(onboarding, "ninh-binh", "37", "admin@ninhbinh.example.vn");
        sql(namDinh.tenant().id(), "insert into unit (tenant_id, name, kind) values ('" + namDinh.tenant().id()
                + "', 'Hội Làm vườn tỉnh Nam Định', 'MEMBER_ASSOCIATION')");
        Map<String, Long> sourceBefore = counts(namDinh.tenant().id());
        Map<String, Long> targetBefore = counts(ninhBinh.tenant().id());
        TestStack.current().withoutKeycloak(() -> assertThatThrownBy(() -> merge.merge("nam-dinh", "ninh-binh"))
                .isInstanceOf(KeycloakAdmin.KeycloakUnavailableException.class));
        assertThat(counts(namDinh.tenant().id())).isEqualTo(sourceBefore);
        assertThat(counts(ninhBinh.tenant().id())).isEqualTo(targetBefore);
        assertThat(tenants.findByCode("nam-dinh").orElseThrow().status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(keycloak.members(keycloak.findOrganization("nam-dinh").orElseThrow())).hasSize(1);
    }

    @Test
    void onlyProvincesThatMergedIn2025AreMerged() throws Exception {
        var refused = asPlatformAdmin("POST", "/api/v1/tenants/thanh-hoa/merge?into=hai-phong");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(refused.body()).path("detail").asString()).isEqualTo("Theo danh mục tỉnh từ 01/07/2025, "
                + "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa không thuộc Liên hiệp các Hội Khoa học và Kỹ thuật "
                + "thành phố Hải Phòng; không hợp nhất.");
        assertThat(tenants.findByCode("thanh-hoa").orElseThrow().status()).isEqualTo(TenantStatus.ACTIVE);
    }

    private static Map<String, Long> counts(UUID tenant) throws Exception {
        var counts = new LinkedHashMap<String, Long>();
        for (String table : List.of("unit", "member_census", "member", "member_unit", "member_expertise", "record_lineage",
                "report", "report_value")) {
            counts.put(table, Long.parseLong(single(tenant, "select count(*) from " + table)));
        }
        return counts;
    }

    private static String unitsOf(UUID tenant) {
        try {
            return single(tenant, "select string_agg(name, ', ' order by name) from unit");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void ownerStatement(String statement) throws Exception {
        try (Connection c = owner()) {
            c.createStatement().execute(statement);
        }
    }
}
