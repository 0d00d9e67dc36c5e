package vn.vusta.platform.registry;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.vusta.platform.Api;
import vn.vusta.platform.DemoTenants;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.tenancy.AccessScope;
import vn.vusta.platform.tenancy.Tenants;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Redis cache: every key names its tenant, no tenant's figures reach another, and writes evict. */
@PlatformApiTest
class WorkspaceCacheTest {

    @Autowired
    Workspace workspace;
    @Autowired
    Tenants tenants;
    @Autowired
    StringRedisTemplate redis;

    @Test
    void eachTenantGetsItsOwnFiguresUnderAKeyThatNamesIt() throws Exception {
        WorkspaceSummary thanhHoa = summaryOf("thanh-hoa");
        WorkspaceSummary haiPhong = summaryOf("hai-phong");
        assertThat(thanhHoa.members()).isEqualTo(23_628L);
        assertThat(thanhHoa.memberChange()).isEqualTo(114L);
        assertThat(haiPhong.members()).isEqualTo(6_555L);
        // Served from the cache the second time, still each tenant's own.
        assertThat(summaryOf("thanh-hoa").members()).isEqualTo(23_628L);
        assertThat(summaryOf("hai-phong").members()).isEqualTo(6_555L);

        Set<String> keys = redis.keys("vusta:cache:*");
        assertThat(keys).contains(
                "vusta:cache:workspace-summary::tenant:" + DemoTenants.THANH_HOA,
                "vusta:cache:workspace-summary::tenant:" + DemoTenants.HAI_PHONG);
        assertThat(keys).allSatisfy(key -> assertThat(key).containsPattern("::tenant:[0-9a-f-]{36}"));
    }

    @Test
    void aChangeOfUnitsEvictsTheTenantsFigures() throws Exception {
        String token = KeycloakTokens.accessToken("hung-yen-editor");
        int before = summaryOf("hung-yen").unitsOf(UnitKind.LINKED_UNIT);
        var created = Api.call("POST", "/api/v1/units", token, "{\"name\": \"Đơn vị liên kết thử\", \"kind\": \"LINKED_UNIT\"}", null);
        try {
            assertThat(summaryOf("hung-yen").unitsOf(UnitKind.LINKED_UNIT)).isEqualTo(before + 1);
        } finally {
            var deleted = Api.call("DELETE", "/api/v1/units/" + created.json().path("id").asString(), token, null, null);
            assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        }
        assertThat(summaryOf("hung-yen").unitsOf(UnitKind.LINKED_UNIT)).isEqualTo(before);
    }

    @Test
    void withoutATenantTheCacheRefusesToWork() {
        assertThatThrownBy(() -> workspace.summary()).hasMessageContaining("No tenant");
        assertThatThrownBy(() -> ScopedValue.where(AccessScope.CURRENT, new AccessScope.NationalAccess())
                .call(() -> workspace.summary())).hasMessageContaining("No tenant");
    }

    private WorkspaceSummary summaryOf(String code) throws Exception {
        var tenant = tenants.findByCode(code).orElseThrow();
        return ScopedValue.where(AccessScope.CURRENT, new AccessScope.TenantAccess(tenant)).call(() -> workspace.summary());
    }
}
