package vn.vusta.platform.admin;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.TenantAdminTest;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.lifecycle.TenantOnboarding;
import vn.vusta.platform.tenancy.TenantStatus;
import vn.vusta.platform.tenancy.Tenants;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vusta.platform.admin.AdminTestSupport.asPlatformAdmin;
import static vn.vusta.platform.admin.AdminTestSupport.baseUrl;
import static vn.vusta.platform.admin.AdminTestSupport.inBrowser;
import static vn.vusta.platform.admin.AdminTestSupport.logIn;
import static vn.vusta.platform.admin.AdminTestSupport.onboard;
import static vn.vusta.platform.admin.AdminTestSupport.single;
import static vn.vusta.platform.admin.AdminTestSupport.sql;

/**
 * The dry run checks what the merge checks: a name that the suffix makes clash — with the target's rows or with the
 * source's own — is shown by the dry run and refused by the merge before anything is written, naming the record and
 * the rule: in Vietnamese on the page, as problem+json in the API, as exit 8 without a stack trace on the CLI.
 */
@TenantAdminTest
class MergeClashTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    TenantOnboarding onboarding;
    @Autowired
    Tenants tenants;

    @Test
    void aSuffixedNameThatClashesIsSeenByTheDryRunAndRefusedByTheMergeNamingTheRecord() throws Exception {
        UUID source = onboard(onboarding, "gia-lai", "64", "admin@gialai.example.vn").tenant().id();
        UUID target = onboard(onboarding, "binh-dinh", "52", "admin@binhdinh.example.vn").tenant().id();
        UUID bonsai = UUID.randomUUID();
        UUID gardening = UUID.randomUUID();
        // The target has the name and its suffixed form already; the source has a name and, itself, its suffixed form.
        unit(target, UUID.randomUUID(), "Hội Sinh vật cảnh");
        unit(target, UUID.randomUUID(), "Hội Sinh vật cảnh (Gia Lai)");
        unit(target, UUID.randomUUID(), "Hội Làm vườn");
        unit(source, bonsai, "Hội Sinh vật cảnh");
        unit(source, gardening, "Hội Làm vườn");
        unit(source, UUID.randomUUID(), "Hội Làm vườn (Gia Lai)");
        String unitsBefore = units(target) + " | " + units(source);

        var plan = asPlatformAdmin("GET", "/api/v1/tenants/gia-lai/merge-plan?into=binh-dinh");
        assertThat(plan.statusCode()).as(plan.body()).isEqualTo(409);
        assertThat(plan.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(plan.body());
        assertThat(problem.path("detail").asString()).contains("Hội Sinh vật cảnh (Gia Lai)", bonsai.toString(), "unit_name_key")
                .contains("Hội Làm vườn (Gia Lai)", gardening.toString());
        assertThat(problem.path("records")).hasSize(2);
        assertThat(problem.path("records").get(0).path("table").asString()).isEqualTo("unit");
        assertThat(problem.path("records").get(0).path("constraint").asString()).isEqualTo("unit_name_key");

        var merged = asPlatformAdmin("POST", "/api/v1/tenants/gia-lai/merge?into=binh-dinh");
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(409);
        assertThat(JSON.readTree(merged.body()).path("detail").asString()).isEqualTo(problem.path("detail").asString());
        assertThat(units(target) + " | " + units(source)).as("nothing written").isEqualTo(unitsBefore);
        assertThat(tenants.findByCode("gia-lai").orElseThrow().status()).isEqualTo(TenantStatus.ACTIVE);

        for (var run : new CommandLineRun[]{CommandLineRun.of("tenants", "merge", "gia-lai", "--into=binh-dinh", "--dry-run"),
                CommandLineRun.of("tenants", "merge", "gia-lai", "--into=binh-dinh")}) {
            assertThat(run.exitCode()).as(run.output()).isEqualTo(8);
            assertThat(run.output()).contains("Hội Sinh vật cảnh (Gia Lai)", bonsai.toString(), "unit_name_key")
                    .doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(units(target) + " | " + units(source)).isEqualTo(unitsBefore);
    }

    @Test
    void aClashThatAppearsAfterTheDryRunIsExplainedOnThePage() throws Exception {
        UUID source = onboard(onboarding, "ninh-thuan", "58", "admin@ninhthuan.example.vn").tenant().id();
        UUID target = onboard(onboarding, "khanh-hoa", "56", "admin@khanhhoa.example.vn").tenant().id();
        UUID fishery = UUID.randomUUID();
        unit(target, UUID.randomUUID(), "Hội Nghề cá");
        unit(source, fishery, "Hội Nghề cá");

        inBrowser((browser, wait) -> {
            logIn(browser, wait, "platform-admin", LocalCredentials.DEMO_PASSWORD);
            browser.get(baseUrl() + "/tenants/ninh-thuan/merge?into=khanh-hoa");
            assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("conflicts"))).getText())
                    .contains("Hội Nghề cá (Ninh Thuận)");
            // Someone adds the suffixed name to the target after the dry run.
            try {
                unit(target, UUID.randomUUID(), "Hội Nghề cá (Ninh Thuận)");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            var merge = browser.findElement(By.id("merge"));
            browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", merge);
            merge.click();
            wait.until(ExpectedConditions.alertIsPresent()).accept();

            String failure = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("failure"))).getText();
            assertThat(failure).contains("Hội Nghề cá (Ninh Thuận)", fishery.toString(), "unit_name_key", "đã có ở đích")
                    .doesNotContain("{").doesNotContain("Exception");
            assertThat(browser.findElements(By.id("merge"))).as("no merge offered while it would be refused").isEmpty();
        });
        assertThat(tenants.findByCode("ninh-thuan").orElseThrow().status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(single(source, "select count(*) from unit")).isEqualTo("1");
    }

    private static void unit(UUID tenant, UUID id, String name) throws Exception {
        sql(tenant, "insert into unit (tenant_id, id, name, kind) values ('" + tenant + "', '" + id + "', '" + name
                + "', 'MEMBER_ASSOCIATION')");
    }

    private static String units(UUID tenant) throws Exception {
        return single(tenant, "select string_agg(name, ', ' order by name) from unit");
    }
}
