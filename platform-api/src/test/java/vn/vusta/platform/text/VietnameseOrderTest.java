package vn.vusta.platform.text;

import org.junit.jupiter.api.Test;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.contests.PageSession;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Units in the order of the Vietnamese alphabet (A Ă Â B C D Đ E Ê … Y), in the API and the pages. */
@PlatformApiTest
class VietnameseOrderTest {

    /** Sorted by hand: in byte order Ă, Â and Đ would come after Y. */
    private static final List<String> HAND_SORTED = List.of(
            "Hội An toàn thực phẩm", "Hội Ăn uống", "Hội Âm nhạc", "Hội Bảo vệ", "Hội Dược học", "Hội Điều dưỡng",
            "Hội Ép dầu", "Hội Êm dịu", "Hội Y học");

    @Test
    void unitsAreListedInVietnameseOrder() {
        String editor = KeycloakTokens.accessToken("hung-yen-editor");
        String tag = " " + UUID.randomUUID().toString().substring(0, 6);
        for (String name : HAND_SORTED.reversed()) {
            var created = Api.call("POST", "/api/v1/units", editor,
                    "{\"name\": \"%s\", \"kind\": \"MEMBER_ASSOCIATION\"}".formatted(name + tag), null);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }
        var listed = new ArrayList<String>();
        Api.get("/api/v1/units", editor).json().forEach(u -> {
            if (u.path("name").asString().endsWith(tag)) {
                listed.add(u.path("name").asString().replace(tag, ""));
            }
        });
        assertThat(listed).containsExactlyElementsOf(HAND_SORTED);

        String page = PageSession.of("hung-yen-editor").get("/workspace/units").html();
        var shown = new ArrayList<String>();
        for (String name : HAND_SORTED) {
            shown.add(name);
        }
        shown.sort((a, b) -> Integer.compare(page.indexOf(a + tag), page.indexOf(b + tag)));
        assertThat(page).contains(HAND_SORTED.getFirst() + tag);
        assertThat(shown).containsExactlyElementsOf(HAND_SORTED);
    }
}
