package vn.vusta.platform.commendations;

import org.junit.jupiter.api.Test;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.contests.PageSession;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The commendations pages as Hải Phòng's viewer receives them: the year's totals, the decision, no form. */
@PlatformApiTest
class CommendationsPagesTest {

    @Test
    void aViewerReadsNineCollectivesAndTwoIndividualsIn2022ButGetsNoForm() {
        PageSession viewer = PageSession.of("hai-phong-viewer");
        var list = viewer.get("/workspace/commendations");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text()).contains("Năm 2022 9 tập thể và 2 cá nhân 1 quyết định", "1 quyết định: 9 tập thể và 2 cá nhân",
                        "Giấy khen · Số 86/QĐ-LHH", "27/12/2022 · Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hải Phòng",
                        "Có thành tích xuất sắc trong công tác của Liên hiệp Hội năm 2022")
                .doesNotContain("Ghi nhận quyết định khen thưởng");

        Matcher link = Pattern.compile("/workspace/commendations/([0-9a-f-]{36})\"").matcher(list.html());
        assertThat(link.find()).isTrue();
        var decision = viewer.get("/workspace/commendations/" + link.group(1));
        assertThat(decision.text()).contains("Giấy khen · Năm 2022", "Số 86/QĐ-LHH, ngày 27/12/2022", "9 tập thể và 2 cá nhân",
                        "1 Tập thể Hội Làm vườn thành phố Hải Phòng đơn vị trong hệ thống", "9 Tập thể Ban Khoa học – Công nghệ",
                        "11 Cá nhân Vũ Đức Toàn Phó Chủ tịch Hội Làm vườn thành phố Hải Phòng")
                .doesNotContain("Bỏ khỏi quyết định");
        assertThat(viewer.get("/workspace/commendations?year=2022&lang=en").text())
                .contains("1 decision: 9 collectives and 2 individuals", "Certificate of merit (Giấy khen) · No. 86/QĐ-LHH");
        assertThat(viewer.get("/workspace/commendations/new").status()).isEqualTo(403);
        assertThat(viewer.post("/workspace/commendations/" + link.group(1) + "/delete", Map.of(), decision.csrf()).status())
                .isEqualTo(403);
    }
}
