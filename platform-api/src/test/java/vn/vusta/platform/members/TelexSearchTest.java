package vn.vusta.platform.members;

import org.junit.jupiter.api.Test;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vietnamese is typed in Telex on most keyboards: "dd" is "đ" until the keyboard turns it, and a search box sees
 * the two letters while the name is still being typed. "hoang dd" already finds Hoàng Đình Đạt.
 */
@PlatformApiTest
class TelexSearchTest {

    @Test
    void aTelexDdInThePartlyTypedLastWordFindsTheNamesWithD() {
        String viewer = KeycloakTokens.accessToken("thanh-hoa-viewer");
        for (String typed : List.of("hoang dd", "hoang ddi", "hoang dinh dd", "hoang ddinh ddat")) {
            assertThat(names(viewer, typed)).as("search for \"%s\"", typed).contains("Hoàng Đình Đạt");
        }
    }

    private static List<String> names(String token, String typed) {
        var page = Api.get("/api/v1/members?size=200&q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8), token).json();
        var names = new ArrayList<String>();
        page.path("items").forEach(m -> names.add(m.path("fullName").asString()));
        return names;
    }
}
