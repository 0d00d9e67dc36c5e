package vn.vusta.platform.reportingcalendar;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.deploy.test.TestStack;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The national union's reporting calendar: what a reviewer may change, what is refused and why, and the audit. */
@PlatformApiTest
class ReportingCalendarApiTest {

    private static String reviewer;

    @BeforeAll
    static void token() {
        reviewer = KeycloakTokens.accessToken("national-reviewer");
    }

    @Test
    void aPeriodsDatesFollowFromItsKindAndItsDeadlineCanBeChanged() throws SQLException {
        var added = Api.call("POST", "/api/v1/national/calendar/2026/periods", reviewer, "{\"kind\": \"Q2\", \"deadline\": \"2026-07-06\"}", "vi");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().path("startsOn").asString()).isEqualTo("2026-04-01");
        assertThat(added.json().path("endsOn").asString()).isEqualTo("2026-06-30");
        String id = added.json().path("id").asString();

        var m9 = Api.call("POST", "/api/v1/national/calendar/2026/periods", reviewer, "{\"kind\": \"M9\", \"deadline\": \"2026-10-05\"}", "vi");
        assertThat(m9.json().path("startsOn").asString()).isEqualTo("2026-01-01");
        assertThat(m9.json().path("endsOn").asString()).isEqualTo("2026-09-30");

        var changed = Api.call("PUT", "/api/v1/national/calendar/2026/periods/Q2", reviewer, "{\"deadline\": \"2026-07-10\"}", "vi");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().path("deadline").asString()).isEqualTo("2026-07-10");

        assertThat(Api.call("DELETE", "/api/v1/national/calendar/2026/periods/Q2", reviewer, null, null).status()).isEqualTo(204);
        assertThat(Api.call("DELETE", "/api/v1/national/calendar/2026/periods/M9", reviewer, null, null).status()).isEqualTo(204);
        assertThat(audit(id)).containsExactly(
                "reporting-period.added national-reviewer null -> 2026-07-06",
                "reporting-period.deadline-changed national-reviewer 2026-07-06 -> 2026-07-10",
                "reporting-period.removed national-reviewer 2026-07-10 -> null");
    }

    @Test
    void aDeadlineBeforeThePeriodStartsIsRefused() {
        var refused = Api.call("POST", "/api/v1/national/calendar/2026/periods", reviewer, "{\"kind\": \"Q3\", \"deadline\": \"2026-06-30\"}", "vi");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("deadline");
        assertThat(refused.json().path("errors").get(0).path("message").asString())
                .isEqualTo("hạn gửi không được trước ngày bắt đầu kỳ (01/07/2026)");
        var edited = Api.call("PUT", "/api/v1/national/calendar/2021/periods/H1", reviewer, "{\"deadline\": \"2020-12-31\"}", "en");
        assertThat(edited.status()).isEqualTo(422);
        assertThat(edited.json().path("errors").get(0).path("message").asString())
                .isEqualTo("the deadline cannot be before the period starts (01/01/2021)");
    }

    @Test
    void aSecondPeriodOfTheSameKindIsRefused() {
        var duplicate = Api.call("POST", "/api/v1/national/calendar/2021/periods", reviewer, "{\"kind\": \"H1\", \"deadline\": \"2021-07-05\"}", "vi");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().path("errors").get(0).path("field").asString()).isEqualTo("kind");
        assertThat(duplicate.json().path("errors").get(0).path("message").asString()).isEqualTo("năm 2021 đã có kỳ báo cáo này");
    }

    @Test
    void whatReportsUseCannotBeRemoved() {
        var indicator = Api.call("DELETE", "/api/v1/national/calendar/2021/indicators/TV03", reviewer, null, "vi");
        assertThat(indicator.status()).isEqualTo(409);
        assertThat(indicator.json().path("errors").get(0).path("field").asString()).isEqualTo("code");
        assertThat(indicator.json().path("errors").get(0).path("message").asString())
                .isEqualTo("không xóa được chỉ tiêu TV03: đã có 2 báo cáo có số liệu của chỉ tiêu này");
        var period = Api.call("DELETE", "/api/v1/national/calendar/2021/periods/H1", reviewer, null, "vi");
        assertThat(period.status()).isEqualTo(409);
        assertThat(period.json().path("errors").get(0).path("message").asString()).isEqualTo("không xóa được: đã có 3 báo cáo của kỳ này");
        JsonNode year = Api.get("/api/v1/national/calendar/2021", reviewer).json();
        assertThat(year.path("indicators").findValuesAsString("code")).contains("TV03");
    }

    @Test
    void anIndicatorIsAddedChangedAndRemovedWhileUnused() {
        var added = Api.call("POST", "/api/v1/national/calendar/2027/indicators", reviewer, """
                {"code": "TC09", "name": "Hội viên là doanh nghiệp", "nameEn": "Member businesses", "unit": "doanh nghiệp",
                 "unitEn": "businesses", "area": "ORGANISATION", "source": null, "position": 9}""", "vi");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        var unknownSource = Api.call("PUT", "/api/v1/national/calendar/2027/indicators/TC09", reviewer, """
                {"code": "TC09", "name": "Hội viên là doanh nghiệp", "nameEn": "Member businesses", "unit": "doanh nghiệp",
                 "unitEn": "businesses", "area": "ORGANISATION", "source": "BUSINESSES", "position": 9}""", "vi");
        assertThat(unknownSource.status()).isEqualTo(422);
        assertThat(unknownSource.json().path("errors").get(0).path("field").asString()).isEqualTo("source");
        var changed = Api.call("PUT", "/api/v1/national/calendar/2027/indicators/TC09", reviewer, """
                {"code": "TC09", "name": "Doanh nghiệp hội viên", "nameEn": "Member businesses", "unit": "doanh nghiệp",
                 "unitEn": "businesses", "area": "ORGANISATION", "source": "UNITS:COLLECTIVE_MEMBER", "position": 9}""", "vi");
        assertThat(changed.json().path("name").asString()).isEqualTo("Doanh nghiệp hội viên");
        assertThat(changed.json().path("source").asString()).isEqualTo("UNITS:COLLECTIVE_MEMBER");
        var duplicate = Api.call("POST", "/api/v1/national/calendar/2027/indicators", reviewer, """
                {"code": "TC09", "name": "X", "nameEn": "X", "unit": "x", "unitEn": "x", "area": "ORGANISATION", "position": 9}""", "vi");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(Api.call("DELETE", "/api/v1/national/calendar/2027/indicators/TC09", reviewer, null, null).status()).isEqualTo(204);
    }

    @Test
    void aYearsCalendarIsCopiedToTheNextYear() {
        var copied = Api.call("POST", "/api/v1/national/calendar/2027/copy", reviewer, null, "vi");
        assertThat(copied.status()).as(copied.body()).isEqualTo(200);
        assertThat(copied.json().path("year").asInt()).isEqualTo(2028);
        JsonNode year = Api.get("/api/v1/national/calendar/2028", reviewer).json();
        assertThat(year.path("indicators").size()).isEqualTo(31);
        assertThat(year.path("periods").findValuesAsString("kind")).containsExactly("Q1", "H1", "Q3", "M10", "YEAR");
        JsonNode h1 = year.path("periods").get(1);
        assertThat(h1.path("startsOn").asString()).isEqualTo("2028-01-01");
        assertThat(h1.path("endsOn").asString()).isEqualTo("2028-06-30");
        assertThat(h1.path("deadline").asString()).isEqualTo("2028-07-05");
        // Again: the next year has it all already.
        var again = Api.call("POST", "/api/v1/national/calendar/2027/copy", reviewer, null, "vi");
        assertThat(again.json().path("periods").asInt()).isZero();
        assertThat(again.json().path("indicators").asInt()).isZero();
    }

    @Test
    void onlyTheNationalUnionChangesTheCalendar() {
        String tenantAdmin = KeycloakTokens.accessToken("thanh-hoa-admin");
        assertThat(Api.call("POST", "/api/v1/national/calendar/2026/periods", tenantAdmin,
                "{\"kind\": \"Q2\", \"deadline\": \"2026-07-06\"}", null).status()).isEqualTo(403);
        assertThat(Api.get("/api/v1/national/calendar/2021", tenantAdmin).status()).isEqualTo(403);
        assertThat(Api.get("/api/v1/national/calendar/2021", KeycloakTokens.accessToken("hai-phong-viewer")).status()).isEqualTo(403);
    }

    @Test
    void platformAdministratorsReadTheCalendarAndClustersButDoNotChangeThem() {
        String platformAdmin = KeycloakTokens.accessToken("platform-admin");
        assertThat(Api.get("/api/v1/national/calendar/2021", platformAdmin).status()).isEqualTo(200);
        assertThat(Api.get("/api/v1/national/clusters", platformAdmin).status()).isEqualTo(200);
        // Every write of the national union is its reviewers' alone: the calendar, the indicators, the copy, the clusters.
        for (String[] write : new String[][]{
                {"POST", "/api/v1/national/calendar/2026/periods", "{\"kind\": \"Q2\", \"deadline\": \"2026-07-06\"}"},
                {"PUT", "/api/v1/national/calendar/2021/periods/H1", "{\"deadline\": \"2021-07-10\"}"},
                {"DELETE", "/api/v1/national/calendar/2021/periods/H1", null},
                {"POST", "/api/v1/national/calendar/2027/indicators", "{\"code\": \"TC99\", \"name\": \"X\", \"nameEn\": \"X\", "
                        + "\"unit\": \"x\", \"unitEn\": \"x\", \"area\": \"ORGANISATION\", \"position\": 99}"},
                {"PUT", "/api/v1/national/calendar/2021/indicators/TV03", "{}"},
                {"DELETE", "/api/v1/national/calendar/2021/indicators/TV03", null},
                {"POST", "/api/v1/national/calendar/2021/copy", null},
                {"POST", "/api/v1/national/clusters", "{\"name\": \"Cụm thử\", \"tenantCodes\": []}"},
                {"PUT", "/api/v1/national/clusters/1", "{\"name\": \"Cụm thử\", \"tenantCodes\": []}"},
                {"DELETE", "/api/v1/national/clusters/1", null}}) {
            var refused = Api.call(write[0], write[1], platformAdmin, write[2], "vi");
            assertThat(refused.status()).as(write[0] + " " + write[1]).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        JsonNode year = Api.get("/api/v1/national/calendar/2021", reviewer).json();
        assertThat(year.path("periods").findValuesAsString("kind")).contains("H1");
        assertThat(year.path("indicators").findValuesAsString("code")).contains("TV03");
    }

    /** The national audit entries of a period: action, actor, deadline before -> after. */
    private static List<String> audit(String periodId) throws SQLException {
        var entries = new ArrayList<String>();
        try (var c = DriverManager.getConnection(TestStack.current().postgres().jdbcUrl(),
                LocalCredentials.OWNER_ROLE, LocalCredentials.OWNER_PASSWORD);
             var s = c.prepareStatement("select action, actor, before ->> 'deadline', after ->> 'deadline' "
                     + "from national_audit_event where object_id = ? order by occurred_at")) {
            s.setString(1, periodId);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    entries.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " -> " + rs.getString(4));
                }
            }
        }
        return entries;
    }
}
