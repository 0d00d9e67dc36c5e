package vn.vusta.platform.api;

import org.junit.jupiter.api.Test;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Found by the fuzzing harness: a number out of the field's range (2^63 for a year), or a string of thousands of
 * characters where a number goes, was refused as "the body could not be read" without naming the field. Now the
 * problem names it, as it does for any other value that does not bind.
 */
@PlatformApiTest
class NumbersOutOfRangeTest {

    private final String editor = KeycloakTokens.accessToken("thanh-hoa-editor");

    @Test
    void aNumberOutOfRangeOrTooLongIsRefusedNamingTheField() {
        for (String birthYear : new String[]{"9223372036854775808", "-2147483649", "1e400",
                "\"" + "9".repeat(5_000) + "\"", "\"" + "ạ".repeat(5_000) + "\""}) {
            var response = Api.call("POST", "/api/v1/members", editor,
                    "{\"fullName\": \"Nguyễn Văn Số\", \"birthYear\": " + birthYear + "}", "vi");
            assertThat(response.status()).as(birthYear.substring(0, Math.min(30, birthYear.length()))).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("birthYear");
            assertThat(response.body()).doesNotContainIgnoringCase("exception");
        }
    }
}
