package vn.vusta.platform.members;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The national expert directory: experts of every province by field, with only what each agreed to share. */
@PlatformApiTest
class ExpertDirectoryTest {

    @Test
    void aNationalReviewerFindsExpertsOfEveryProvinceByField() {
        JsonNode agriculture = experts("fieldCode=4&size=200");
        List<String> provinces = values(agriculture, "province");
        assertThat(provinces).contains("Thanh Hóa", "Hưng Yên");
        assertThat(values(agriculture, "fullName")).contains("Hoàng Văn Kể", "Trần Văn Phúc");
        for (JsonNode expert : agriculture.path("items")) {
            if (!expert.path("fields").isNull()) {
                assertThat(expert.path("fields").toString()).containsAnyOf("Trồng trọt", "Công nghệ sinh học nông nghiệp",
                        "Chăn nuôi", "Lâm nghiệp", "Thủy sản", "Thú y", "Khoa học nông nghiệp");
            }
        }
        assertThat(values(experts("fieldCode=212&size=200"), "fullName")).contains("Phạm Quang Thiều")
                .doesNotContain("Hoàng Văn Kể");
    }

    @Test
    void itShowsOnlyWhatEachExpertAgreedToShareAndNeverContacts() {
        JsonNode all = experts("size=200");
        String body = all.toString();
        assertThat(body).doesNotContain("@").doesNotContain("example.vn").doesNotContain("0912345031")
                .doesNotContain("Trường Đại học Hải Phòng");
        // Đào Thị Xuyến (Hải Phòng) shares title, degree and expertise — not her name, not her province.
        JsonNode xuyen = null;
        for (JsonNode expert : all.path("items")) {
            if ("Bảo vệ thực vật".equals(expert.path("specialty").asString())) {
                xuyen = expert;
            }
        }
        assertThat(xuyen).as("the expert who shares expertise but not her name").isNotNull();
        assertThat(xuyen.path("fullName").isNull()).isTrue();
        assertThat(xuyen.path("province").isNull()).isTrue();
        assertThat(xuyen.path("degree").asString()).isEqualTo("THS");
        assertThat(body).doesNotContain("Đào Thị Xuyến");
        // Nguyễn Hữu Khoát is no expert and shares nothing.
        assertThat(body).doesNotContain("Nguyễn Hữu Khoát");
        for (JsonNode expert : all.path("items")) {
            assertThat(expert.propertyNames()).containsExactlyInAnyOrder("fullName", "academicTitle", "degree", "specialty",
                    "fields", "province");
        }
    }

    @Test
    void onlyNationalReviewersReadIt() {
        assertThat(Api.get("/api/v1/national/experts", KeycloakTokens.accessToken("thanh-hoa-admin")).status()).isEqualTo(403);
        assertThat(Api.get("/api/v1/national/experts", KeycloakTokens.accessToken("hai-phong-viewer")).status()).isEqualTo(403);
    }

    private static JsonNode experts(String query) {
        var response = Api.get("/api/v1/national/experts?" + query, KeycloakTokens.accessToken("national-reviewer"));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> values(JsonNode page, String property) {
        var values = new ArrayList<String>();
        page.path("items").forEach(e -> values.add(e.path(property).asString()));
        return values;
    }
}
