package vn.vusta.platform.admin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vusta.platform.TenantAdminTest;
import vn.vusta.platform.lifecycle.TenantOnboarding;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vusta.platform.admin.AdminTestSupport.asPlatformAdmin;
import static vn.vusta.platform.admin.AdminTestSupport.onboard;
import static vn.vusta.platform.admin.AdminTestSupport.single;
import static vn.vusta.platform.admin.AdminTestSupport.sql;

/**
 * A merger of unions (2025) brings the former union's governance along: both unions had a term of the same years,
 * with seats vacated and filled; every term, body and seat arrives, the former union's term named after its province.
 */
@TenantAdminTest
class GovernanceMergeTest {

    @Autowired
    TenantOnboarding onboarding;

    @Test
    void quangNamsTermsBodiesAndSeatsMoveIntoDaNang() throws Exception {
        UUID daNang = onboard(onboarding, "da-nang", "48", "admin@danang.example.vn").tenant().id();
        UUID quangNam = onboard(onboarding, "quang-nam", "49", "admin@quangnam.example.vn").tenant().id();
        UUID filled = governance(daNang);
        governance(quangNam);

        var merged = asPlatformAdmin("POST", "/api/v1/tenants/quang-nam/merge?into=da-nang");
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(200);

        assertThat(single(daNang, "select string_agg(name, ' | ' order by name) from governance_term"))
                .isEqualTo("Nhiệm kỳ 2020–2025 | Nhiệm kỳ 2020–2025 (Quảng Nam)");
        assertThat(single(daNang, "select count(*) from governance_body")).isEqualTo("2");
        assertThat(single(daNang, "select count(*) from governance_mandate")).isEqualTo("6");
        assertThat(single(daNang, "select count(*) from governance_mandate m join governance_mandate r "
                + "on r.tenant_id = m.tenant_id and r.id = m.replaces_mandate_id and r.body_id = m.body_id")).isEqualTo("2");
        assertThat(single(daNang, "select count(*) from governance_mandate where replaces_mandate_id = '" + filled + "'"))
                .isEqualTo("1");
        assertThat(single(quangNam, "select count(*) from governance_mandate")).isEqualTo("0");
    }

    /** A term 2020–2025 with its Ban Chấp hành: a President, and a member who resigned and was replaced; the seat vacated. */
    private static UUID governance(UUID tenant) throws Exception {
        UUID term = UUID.randomUUID();
        UUID body = UUID.randomUUID();
        UUID chair = UUID.randomUUID();
        UUID leaving = UUID.randomUUID();
        UUID successor = UUID.randomUUID();
        sql(tenant, """
                insert into member (tenant_id, id, full_name) values
                    ('%1$s', '%2$s', 'Nguyễn Văn Chủ'), ('%1$s', '%3$s', 'Lê Thị Thôi'), ('%1$s', '%4$s', 'Trần Văn Bổ');
                insert into governance_term (tenant_id, id, name, start_year, end_year, congress, starts_on)
                    values ('%1$s', '%5$s', 'Nhiệm kỳ 2020–2025', 2020, 2025, 'Đại hội đại biểu lần thứ V', '2020-09-15');
                insert into governance_body (tenant_id, id, term_id, kind, seats)
                    values ('%1$s', '%6$s', '%5$s', 'EXECUTIVE_COMMITTEE', 25);
                insert into governance_mandate (tenant_id, id, body_id, member_id, position, starts_on, start_kind, start_decision,
                                                ends_on, end_reason, end_decision, replaces_mandate_id) values
                    ('%1$s', '%7$s', '%6$s', '%2$s', 'CHAIR', '2020-09-15', 'ELECTED_AT_CONGRESS', 'Đại hội', null, null, null, null),
                    ('%1$s', '%8$s', '%6$s', '%3$s', 'MEMBER', '2020-09-15', 'ELECTED_AT_CONGRESS', 'Đại hội',
                     '2022-03-01', 'RESIGNED', 'Hội nghị Ban Chấp hành lần thứ 3', null),
                    ('%1$s', '%9$s', '%6$s', '%4$s', 'MEMBER', '2022-12-20', 'SUPPLEMENTARY_ELECTION',
                     'Hội nghị Ban Chấp hành lần thứ 4', null, null, null, '%8$s')""".formatted(
                tenant, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), term, body, chair, leaving, successor));
        return leaving;
    }
}
