package vn.vusta.platform.personaldata;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.Accessibility;
import vn.vusta.platform.Api;
import vn.vusta.platform.DemoTenants;
import vn.vusta.platform.Pages;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.deploy.test.TestStack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention (issue 20): a member who left long ago is anonymised by the daily job, the audit log records the job's
 * erasure, and nothing of the person is left in any audit entry of the union — the member's own, nor an event's
 * that listed the person among its participants.
 */
@PlatformApiTest
class RetentionTest {

    private static final String HOI_Y_HOC = "0195d2a0-0038-7000-8000-000000000002";

    @Autowired
    RetentionJob job;

    @Test
    void aMemberWhoLeftLongAgoIsAnonymisedByTheJobAndNothingOfThePersonStaysInTheAuditLog() throws Exception {
        String admin = KeycloakTokens.accessToken("thanh-hoa-admin");
        String suffix = UUID.randomUUID().toString().substring(0, 4);
        String name = "Tạ Quang Lưu Trữ " + suffix;
        String email = "luutru." + suffix + "@example.vn";
        String phone = "0917" + (100000 + (int) (Math.random() * 800000));
        var created = Api.call("POST", "/api/v1/members", admin, """
                {"fullName": "%s", "birthYear": 1931, "email": "%s", "phone": "%s", "status": "INACTIVE",
                 "unitIds": ["%s"], "fieldCodes": ["302"]}""".formatted(name, email, phone, HOI_Y_HOC), null);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        // An event lists the person among its participants: its audit entry copies the name beside the id.
        var event = Api.call("POST", "/api/v1/events", admin, """
                {"kind": "ROUND_TABLE", "title": "Tọa đàm lưu trữ %s", "startsOn": "2019-03-05", "mode": "IN_PERSON",
                 "place": "Hội trường", "provinceCode": "38", "organiserUnitId": "%s", "participantIds": ["%s"]}"""
                .formatted(suffix, HOI_Y_HOC, id), "vi");
        assertThat(event.status()).as(event.body()).isEqualTo(201);
        assertThat(auditTexts()).as("before: the event's entry names the person (the check below is not vacuous)")
                .anyMatch(text -> text.contains(name) && text.startsWith("event.created"));

        leftYearsAgo(id, 6);
        JsonNode rules = Api.get("/api/v1/personal-data/retention", admin).json().path("rules");
        JsonNode membersLeft = rules.get(0);
        assertThat(membersLeft.path("kind").asString()).isEqualTo("MEMBERS_LEFT");
        assertThat(membersLeft.path("period").asString()).isEqualTo("P5Y");
        assertThat(membersLeft.path("dueNow").asLong()).as("the member is due").isPositive();
        assertThat(rules.toString()).contains("SIGNED_DOCUMENTS");
        assertThat(Api.get("/api/v1/personal-data/retention", KeycloakTokens.accessToken("thanh-hoa-editor")).status())
                .as("the union's administrators only").isEqualTo(403);

        assertThat(job.applyEverywhere()).isPositive();

        JsonNode erased = Api.get("/api/v1/members/" + id, admin).json();
        assertThat(erased.path("status").asString()).isEqualTo("ERASED");
        assertThat(erased.path("units").get(0).path("name").asString()).as("still counted in its unit")
                .isEqualTo("Hội Y học tỉnh Thanh Hóa");
        List<String> audit = auditTexts();
        assertThat(audit).as("the job's erasure, audited with the job as actor")
                .anyMatch(text -> text.startsWith("member.erased|personal-data-retention|member|" + id + "|"));
        assertThat(audit).as("the run, audited").anyMatch(text -> text.startsWith("personal-data.retention-applied|"));
        assertThat(audit).as("the event's entry is still there").anyMatch(text -> text.startsWith("event.created") && text.contains(id));
        for (String text : audit) {
            assertThat(text).as("an audit entry of the union after the erasure")
                    .doesNotContain(name).doesNotContain(email).doesNotContain(phone);
            if (text.contains(id)) {
                assertThat(text).doesNotContain("1931");
            }
        }
        JsonNode after = Api.get("/api/v1/personal-data/retention", admin).json();
        assertThat(after.path("lastRun").isNull()).as("the last run is shown").isFalse();
        assertThat(after.path("rules").get(1).path("kind").asString()).isEqualTo("SENT_MAILS");
        assertThat(after.path("rules").get(1).path("dueNow").asLong()).as("the sent mails of 2021, deleted").isZero();

        try (Pages pages = Pages.inVietnamese().logIn("thanh-hoa-admin")) {
            pages.goTo("/workspace/personal-data/retention");
            assertThat(pages.text("retention-MEMBERS_LEFT")).contains("Hội viên đã thôi sinh hoạt hoặc đã mất", "5 năm",
                    "Ẩn danh");
            assertThat(pages.text("retention-SENT_MAILS")).contains("Thư nhắc hạn và thông báo đã gửi", "2 năm", "Xoá");
            assertThat(pages.text("retention-PENDING_UPLOADS")).contains("1 ngày", "Xoá");
            assertThat(pages.text("retention-SESSIONS")).contains("8 giờ");
            assertThat(pages.text("retention-SIGNED_DOCUMENTS")).contains("Văn bản ký số", "Không thời hạn", "Lưu giữ");
            assertThat(pages.text("retention-last-run")).startsWith("Lần chạy gần nhất: ");
            assertThat(Accessibility.check(pages.browser())).as("the page's accessibility")
                    .noneMatch(Accessibility.Violation::blocking);
        }
    }

    /** The member's record last changed that many years ago: as the registry would have it had the person left then. */
    private static void leftYearsAgo(String id, int years) throws SQLException {
        try (Connection c = ownerInThanhHoa()) {
            try (var s = c.prepareStatement("update member set updated_at = now() - make_interval(years => ?) where id = ?")) {
                s.setInt(1, years);
                s.setObject(2, UUID.fromString(id));
                assertThat(s.executeUpdate()).isOne();
            }
            c.commit();
        }
    }

    /** Every audit entry of Thanh Hóa as one line: action|actor|kind|id|before|after. */
    private static List<String> auditTexts() throws SQLException {
        try (Connection c = ownerInThanhHoa();
             var s = c.prepareStatement("select action || '|' || actor || '|' || object_type || '|' || object_id || '|' "
                     + "|| coalesce(before::text, '') || '|' || coalesce(after::text, '') from audit_event where tenant_id = ?")) {
            s.setObject(1, DemoTenants.THANH_HOA);
            var texts = new ArrayList<String>();
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    texts.add(rs.getString(1));
                }
            }
            c.rollback();
            assertThat(texts).as("the union's audit log").isNotEmpty();
            return texts;
        }
    }

    private static Connection ownerInThanhHoa() throws SQLException {
        Connection c = DriverManager.getConnection(TestStack.current().postgres().jdbcUrl(),
                LocalCredentials.OWNER_ROLE, LocalCredentials.OWNER_PASSWORD);
        c.setAutoCommit(false);
        try (var scope = c.prepareStatement("select begin_tenant_scope(?)")) {
            scope.setObject(1, DemoTenants.THANH_HOA);
            scope.execute();
        }
        return c;
    }
}
