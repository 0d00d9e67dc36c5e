package vn.vusta.platform.contests;

import org.junit.jupiter.api.Test;
import vn.vusta.platform.PlatformApiTest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contests pages as their users receive them: Hải Phòng's viewer reads the year's contests with their totals, an
 * edition's score table and prizes, but gets no form and cannot post; Thanh Hóa's editor gets the forms, and a
 * refused edition or score is shown again with the reason next to its field.
 */
@PlatformApiTest
class ContestsPagesTest {

    private static final Pattern EDITION_LINK = Pattern.compile("/workspace/contests/editions/([0-9a-f-]{36})\">([^<]+)<");

    @Test
    void aViewerReadsTheYearsContestsAnEditionsScoresAndPrizesButGetsNoForm() {
        PageSession viewer = PageSession.of("hai-phong-viewer");
        var list = viewer.get("/workspace/contests?year=2021");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text()).contains("Năm 2021: 4 kỳ hội thi · 9 bài dự thi · 4 giải · 2 đề cử",
                        "Hội thi Sáng tạo kỹ thuật thành phố Hải Phòng lần thứ ba, năm 2020 – 2021", "26/03/2021",
                        "Cuộc thi Sáng tạo thanh thiếu niên nhi đồng thành phố Hải Phòng năm 2020 – 2021",
                        "phối hợp với Thành đoàn Hải Phòng",
                        "Sách vàng Sáng tạo Việt Nam năm 2021: 2 công trình, 0 đạt giải")
                .doesNotContain("Thêm hội thi");
        assertThat(viewer.get("/workspace/contests?year=2023").text())
                .contains("Hội thi Sáng tạo kỹ thuật thành phố Hải Phòng lần thứ tư, năm 2023 – 2024", "Chưa phát động");

        var edition = viewer.get("/workspace/contests/editions/" + editionId(list, "Hội thi Sáng tạo kỹ thuật thành phố Hải Phòng lần thứ ba"));
        assertThat(edition.text()).contains("4 bài dự thi · 3 giám khảo · 2 vòng chấm · 4 giải · 0 đề cử",
                        "Nguyễn Đức Mạnh, Phạm Thị Hồng Nhung", "Hội Tin học thành phố Hải Phòng",
                        "PGS.TS. Đỗ Hồng Quân", "Điểm trung bình", "1 Giải pháp IoT giám sát độ mặn nước tưới cho vùng rau màu ven biển 91,00 89,00 90,00 90,00",
                        "4 Phần mềm số hóa hồ sơ di tích lịch sử cấp thành phố 71,00 70,00 71,00 70,67",
                        "Giải Nhất Giải pháp IoT", "Giải Khuyến khích Phần mềm số hóa")
                .doesNotContain("Thêm bài dự thi").doesNotContain("Nhập điểm của một giám khảo");
        assertThat(viewer.get("/workspace/contests?year=2021&lang=en").text())
                .contains("Year 2021: 4 editions · 9 entries · 4 prizes · 2 nominations", "Vietnam Golden Book of Creativity, 2021: 2 works, 0 awarded");

        var refused = viewer.post("/workspace/contests", Map.of("name", "Hội thi mới", "kind", "OTHER"), edition.csrf());
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void anEditorsRefusedEditionAndScoresAreShownWithTheReasonNextToTheField() {
        PageSession editor = PageSession.of("thanh-hoa-editor");
        var list = editor.get("/workspace/contests");
        assertThat(list.html()).contains("id=\"contest-form\"");
        Matcher contest = Pattern.compile("/workspace/contests/([0-9a-f-]{36})\">Hội thi Sáng tạo kỹ thuật tỉnh Thanh Hóa<").matcher(list.html());
        assertThat(contest.find()).isTrue();
        String contestPath = "/workspace/contests/" + contest.group(1);
        var page = editor.get(contestPath);
        assertThat(page.text()).contains("Hội thi Sáng tạo kỹ thuật Thanh Hóa 2020-2021");

        var endBeforeStart = editor.post(contestPath + "/editions", Map.of("number", "12", "startYear", "2026", "endYear", "2025",
                "name", ""), page.csrf());
        assertThat(endBeforeStart.status()).isEqualTo(200);
        assertThat(endBeforeStart.errorNextTo("endYear")).isEqualTo("năm kết thúc không được trước năm bắt đầu");
        assertThat(endBeforeStart.html()).contains("value=\"2026\"");

        var added = editor.post(contestPath + "/editions", Map.of("number", "12", "startYear", "2026", "endYear", "2027",
                "name", ""), page.csrf());
        assertThat(added.status()).isEqualTo(302);
        String editionPath = added.location().replaceFirst("^https?://[^/]+", "");
        var edition = editor.get(editionPath);
        assertThat(edition.text()).contains("Đã thêm \"Hội thi Sáng tạo kỹ thuật tỉnh Thanh Hóa lần thứ XII, năm 2026 – 2027\".");

        var entry = editor.post(editionPath + "/entries", Map.of("title", "Máy tách hạt sen", "field", "Cơ khí",
                "submittedBy", "Hợp tác xã Sen Nga Sơn", "authorNames", "Lê Văn Sen\nTrịnh Thị Hồ"), edition.csrf());
        assertThat(entry.status()).isEqualTo(302);
        var judge = editor.post(editionPath + "/judges", Map.of("name", "TS. Hoàng Văn Chấm"), edition.csrf());
        assertThat(judge.status()).isEqualTo(302);
        var round = editor.post(editionPath + "/rounds", Map.of("number", "1", "name", "Vòng chung khảo"), edition.csrf());
        assertThat(round.status()).isEqualTo(302);
        var withRound = editor.get(editionPath);
        Matcher scoreForm = Pattern.compile("action=\"(/workspace/contests/rounds/[0-9a-f-]{36}/scores)\"").matcher(withRound.html());
        assertThat(scoreForm.find()).isTrue();
        Matcher judgeOption = Pattern.compile("<option value=\"([0-9a-f-]{36})\">TS. Hoàng Văn Chấm</option>").matcher(withRound.html());
        assertThat(judgeOption.find()).isTrue();
        Matcher scoreInput = Pattern.compile("name=\"(score-[0-9a-f-]{36})\"").matcher(withRound.html());
        assertThat(scoreInput.find()).isTrue();

        var fields = new LinkedHashMap<String, String>();
        fields.put("judgeId", judgeOption.group(1));
        fields.put(scoreInput.group(1), "101");
        var outOfRange = editor.post(scoreForm.group(1), fields, withRound.csrf());
        assertThat(outOfRange.status()).isEqualTo(200);
        assertThat(outOfRange.errorNextTo("score-1-" + scoreInput.group(1).substring("score-".length()))).isEqualTo("điểm phải từ 0 đến 100");
        fields.put(scoreInput.group(1), "87,5");
        assertThat(editor.post(scoreForm.group(1), fields, withRound.csrf()).status()).isEqualTo(302);
        assertThat(editor.get(editionPath).text()).contains("1 Máy tách hạt sen 87,50 87,50", "Lê Văn Sen, Trịnh Thị Hồ");
    }

    private static String editionId(PageSession.Page page, String nameStart) {
        Matcher link = EDITION_LINK.matcher(page.html());
        while (link.find()) {
            if (link.group(2).startsWith(nameStart)) {
                return link.group(1);
            }
        }
        throw new AssertionError("no edition " + nameStart);
    }
}
