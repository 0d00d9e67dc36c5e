package vn.vusta.platform.search;

import org.junit.jupiter.api.Test;
import vn.vusta.platform.Pages;
import vn.vusta.platform.PlatformApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/** One search across the union: members, units, events, tasks and reports, without diacritics, never another union's. */
@PlatformApiTest
class SearchBrowserTest {

    @Test
    void oneSearchFindsTheUnionsMembersUnitsAndEventsAndNothingOfAnotherUnion() {
        try (Pages pages = Pages.inVietnamese().logIn("thanh-hoa-viewer")) {
            pages.goTo("/workspace/search?q=hoang van ke");
            assertThat(pages.text("found-members")).contains("Hoàng Văn Kể");

            pages.goTo("/workspace/search?q=lam vuon");
            assertThat(pages.text("found-units")).contains("Hội Làm vườn tỉnh Thanh Hóa");
            assertThat(pages.browser().getPageSource()).as("Hải Phòng's unit of the same name")
                    .doesNotContain("Hội Làm vườn thành phố Hải Phòng");

            pages.goTo("/workspace/search?q=h");
            assertThat(pages.text("search-hint")).startsWith("Gõ ít nhất 2 chữ cái");

            pages.goTo("/workspace/search?q=zzzz qqqq");
            assertThat(pages.text("search-nothing")).isEqualTo("Không tìm thấy gì với “zzzz qqqq”.");
        }
    }
}
