package vn.vusta.platform.personaldata;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.Api;
import vn.vusta.platform.DemoTenants;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record of processing activities and the impact-assessment dossier (issue 20) of Thanh Hóa, generated from its
 * data: the JSON record counts what the union holds now (a member added is counted), and the .docx, opened with POI,
 * has the dossier's headings, the union's name, its member count, each purpose and the law it is made under.
 */
@PlatformApiTest
class ImpactAssessmentTest {

    @Test
    void theRecordCountsWhatTheUnionHoldsNow() {
        String admin = KeycloakTokens.accessToken("thanh-hoa-admin");
        JsonNode before = Api.get("/api/v1/personal-data/processing-activities", admin).json();
        assertThat(before.path("controller").path("name").asString()).isEqualTo(DemoTenants.THANH_HOA_NAME);
        assertThat(before.path("controller").path("administrators").toString()).as("the union's administrators as contacts")
                .isNotEqualTo("[]");
        assertThat(before.path("activities")).hasSize(ProcessingActivity.values().length);
        assertThat(before.path("crossBorder").asString()).startsWith("Không chuyển dữ liệu cá nhân ra nước ngoài");
        assertThat(activity(before, "MEMBERSHIP").path("sensitiveData").asBoolean()).as("members' data is basic").isFalse();
        JsonNode reports = activity(before, "NATIONAL_REPORTS");
        assertThat(reports.path("personalDataProcessed").asBoolean()).isFalse();
        assertThat(reports.path("personalData").asString()).contains("Không có dữ liệu cá nhân");
        int members = members(before);
        assertThat(members).isPositive();

        var created = Api.call("POST", "/api/v1/members", KeycloakTokens.accessToken("thanh-hoa-editor"),
                "{\"fullName\": \"Đào Văn Ghi " + UUID.randomUUID().toString().substring(0, 6) + "\"}", null);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(members(Api.get("/api/v1/personal-data/processing-activities", admin).json())).isEqualTo(members + 1);
    }

    @Test
    void theDossierIsAWordDocumentOfTheUnionsFacts() throws IOException {
        String admin = KeycloakTokens.accessToken("thanh-hoa-admin");
        var download = Api.download("/api/v1/personal-data/impact-assessment.docx", admin);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(download.disposition()).contains("ho-so-danh-gia-tac-dong-thanh-hoa.docx");
        JsonNode record = Api.get("/api/v1/personal-data/processing-activities", admin).json();

        try (var docx = new XWPFDocument(new ByteArrayInputStream(download.body()))) {
            String text = text(docx);
            assertThat(text).contains("HỒ SƠ", "Đánh giá tác động xử lý dữ liệu cá nhân")
                    .contains("I. THÔNG TIN VỀ BÊN KIỂM SOÁT DỮ LIỆU CÁ NHÂN", "II. CĂN CỨ PHÁP LÝ",
                            "III. CÁC HOẠT ĐỘNG XỬ LÝ DỮ LIỆU CÁ NHÂN",
                            "IV. NƠI LƯU TRỮ, CHUYỂN DỮ LIỆU CÁ NHÂN RA NƯỚC NGOÀI", "V. BÊN XỬ LÝ DỮ LIỆU CÁ NHÂN",
                            "VI. BIỆN PHÁP BẢO VỆ DỮ LIỆU CÁ NHÂN", "VII. RỦI RO VÀ BIỆN PHÁP GIẢM THIỂU")
                    .contains("Tên tổ chức: " + DemoTenants.THANH_HOA_NAME)
                    .contains("Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15", "Nghị định số 356/2025/NĐ-CP")
                    .contains("Hội viên đang lưu trên nền tảng: " + String.format("%,d", members(record)).replace(',', '.'))
                    .contains("Không chuyển dữ liệu cá nhân ra nước ngoài")
                    .contains("Điều 21 Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15", "chậm nhất là 72 giờ kể từ khi phát hiện");
            for (JsonNode activity : record.path("activities")) {
                assertThat(text).as("the purpose of %s", activity.path("code").asString())
                        .contains("Mục đích: " + activity.path("purpose").asString());
            }
            List<String> headings = docx.getParagraphs().stream()
                    .filter(p -> !p.getRuns().isEmpty() && p.getRuns().getFirst().isBold())
                    .map(XWPFParagraph::getText).toList();
            assertThat(headings).as("the activities as bold subheadings").contains("1. Quản lý hội viên",
                    "2. Chia sẻ thông tin chuyên gia với danh bạ chuyên gia toàn quốc");
        }
    }

    private static int members(JsonNode record) {
        return activity(record, "MEMBERSHIP").path("counts").get(0).path("value").asInt();
    }

    private static JsonNode activity(JsonNode record, String code) {
        for (JsonNode activity : record.path("activities")) {
            if (activity.path("code").asString().equals(code)) {
                return activity;
            }
        }
        throw new AssertionError("no activity " + code);
    }

    /** Every paragraph's text, the tables' cells included, one per line. */
    private static String text(XWPFDocument docx) {
        var lines = new ArrayList<String>();
        docx.getParagraphs().forEach(p -> lines.add(p.getText()));
        for (XWPFTable table : docx.getTables()) {
            table.getRows().forEach(row -> row.getTableCells().forEach(cell -> lines.add(cell.getText())));
        }
        return lines.stream().collect(Collectors.joining("\n"));
    }
}
