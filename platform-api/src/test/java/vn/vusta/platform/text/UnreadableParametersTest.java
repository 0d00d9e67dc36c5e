package vn.vusta.platform.text;

import org.junit.jupiter.api.Test;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Found by the fuzzing harness: a query parameter whose bytes are not UTF-8 ({@code %FF}, a cut {@code %E1%BA}) was
 * a 500 from the servlet container. Now a 400 naming the parameter, before anything reads it.
 */
@PlatformApiTest
class UnreadableParametersTest {

    private final String editor = KeycloakTokens.accessToken("thanh-hoa-editor");

    @Test
    void aSearchWhoseBytesAreNotUtf8IsRefusedNamingTheParameter() {
        for (String query : new String[]{"q=%FF%FE", "q=Nguy%E1%BA", "size=10&q=%C0%80", "from=%ED%A0%80"}) {
            var response = Api.get("/api/v1/members?" + query, editor);
            String name = query.contains("from") ? "from" : "q";
            assertThat(response.status()).as(query + ": " + response.body()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo(name);
            assertThat(response.body()).contains("UTF-8").doesNotContainIgnoringCase("exception");
        }
        assertThat(Api.get("/api/v1/members?q=Nguy%E1%BB%85n", editor).status()).as("UTF-8 text").isEqualTo(200);
    }

    @Test
    void aPageAddressWhoseBytesAreNotUtf8SaysSoInVietnamese() {
        var response = Api.call("GET", "/workspace/members?q=%FF", null, null, "vi");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("q: không đọc được").doesNotContainIgnoringCase("exception");
    }
}
