package vn.vusta.platform.reports;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.dashboards.Dashboard;
import vn.vusta.platform.dashboards.DashboardFigures;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.TestStack;
import vn.vusta.platform.indicators.ComputedFigures;
import vn.vusta.platform.indicators.IndicatorComputation;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.tenancy.TenantStatus;
import vn.vusta.platform.tenancy.TenantTransactions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vusta.platform.db.jooq.Tables.COMMENDATION_DECISION;
import static vn.vusta.platform.db.jooq.Tables.COMMENDATION_RECIPIENT;
import static vn.vusta.platform.db.jooq.Tables.CONSULTANCY_TASK;
import static vn.vusta.platform.db.jooq.Tables.CONTEST;
import static vn.vusta.platform.db.jooq.Tables.CONTEST_EDITION;
import static vn.vusta.platform.db.jooq.Tables.CONTEST_ENTRY;
import static vn.vusta.platform.db.jooq.Tables.CONTEST_NOMINATION;
import static vn.vusta.platform.db.jooq.Tables.CONTEST_PRIZE;
import static vn.vusta.platform.db.jooq.Tables.EVENT;
import static vn.vusta.platform.db.jooq.Tables.MEMBER_CENSUS;
import static vn.vusta.platform.db.jooq.Tables.PUBLICATION;
import static vn.vusta.platform.db.jooq.Tables.PUBLICATION_ISSUE;
import static vn.vusta.platform.db.jooq.Tables.RESEARCH_PROJECT;
import static vn.vusta.platform.db.jooq.Tables.SERVICE_COUNT;
import static vn.vusta.platform.db.jooq.Tables.SERVICE_COUNT_KIND;
import static vn.vusta.platform.db.jooq.Tables.TENANT;
import static vn.vusta.platform.db.jooq.Tables.UNIT;

/**
 * Every indicator source on records written here for a fresh union, against figures counted by hand for the first
 * half of 2024: what happens on the period's first and last day counts, the day before and the day after do not.
 */
@PlatformApiTest
class IndicatorComputationTest {

    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    private static final LocalDate TO = LocalDate.of(2024, 6, 30);

    @Autowired
    IndicatorComputation computation;
    @Autowired
    TenantTransactions transactions;
    @Autowired
    DashboardFigures dashboards;

    @Test
    void theFirstHalfOf2024CountsWhatTheRecordsHoldAsCountedByHand() throws Exception {
        Tenant tenant = fixture();
        ComputedFigures figures = transactions.inTenant(tenant, () -> computation.compute(FROM, TO));

        var expected = new TreeMap<String, Long>(Map.ofEntries(
                Map.entry("EVENTS:TRAINING", 2L), Map.entry("PARTICIPANTS:TRAINING", 100L),
                Map.entry("EVENTS:CONFERENCE", 1L), Map.entry("EVENTS:SCIENTIFIC_WORKSHOP", 1L),
                Map.entry("EVENTS:ROUND_TABLE", 1L), Map.entry("PARTICIPANTS:SCIENTIFIC", 225L),
                Map.entry("EVENTS:THEMATIC_BRIEFING", 0L), Map.entry("EVENTS:LAUNCH_CEREMONY", 0L),
                Map.entry("EVENTS:EMULATION_PLEDGE_SIGNING", 0L), Map.entry("EVENTS:EXECUTIVE_COMMITTEE_MEETING", 0L),
                Map.entry("EVENTS:STANDING_COMMITTEE_MEETING", 1L),
                Map.entry("UNITS:MEMBER_ASSOCIATION", 2L), Map.entry("UNITS:AFFILIATED_CENTRE", 1L),
                Map.entry("UNITS:LINKED_UNIT", 0L), Map.entry("UNITS:COLLECTIVE_MEMBER", 1L),
                Map.entry("MEMBERS", 200L), Map.entry("MEMBERS_CHANGE", 10L),
                Map.entry("CONSULTANCY_ASSIGNED", 3L), Map.entry("CONSULTANCY_COMPLETED", 1L),
                Map.entry("PUBLICATION_ISSUES", 2L), Map.entry("RESEARCH_ACTIVE", 2L), Map.entry("RESEARCH_ACCEPTED", 1L),
                Map.entry("CONTEST_EDITIONS", 1L), Map.entry("CONTEST_ENTRIES", 3L), Map.entry("CONTEST_PRIZES", 1L),
                Map.entry("NOMINATIONS", 1L), Map.entry("COMMENDED:COLLECTIVE", 2L), Map.entry("COMMENDED:INDIVIDUAL", 1L)));
        assertThat(new TreeMap<>(figures.bySource())).isEqualTo(expected);
        assertThat(figures.valueOf("KH07", "SERVICE_COUNTS")).isEqualTo(25L);
        assertThat(figures.valueOf("KH08", "SERVICE_COUNTS")).isZero();
        assertThat(figures.valueOf("TV03", null)).isNull();

        // The year: the undated nomination counts on 31 December, the day after the half-year counts now.
        ComputedFigures year = transactions.inTenant(tenant, () -> computation.compute(FROM, LocalDate.of(2024, 12, 31)));
        assertThat(year.bySource()).containsEntry("NOMINATIONS", 2L).containsEntry("EVENTS:TRAINING", 3L)
                .containsEntry("PARTICIPANTS:TRAINING", 600L).containsEntry("CONSULTANCY_COMPLETED", 2L);
    }

    /**
     * Issue 18: the report's members at a date and the dashboard's are one definition. At 31/12/2024: A 999 (its census
     * of 01/07), B 50, E 30 = 1.079; D dissolved on 30/06 and G founded in 2025 are not counted by either.
     */
    @Test
    void theReportAndTheDashboardCountTheSameMembersAtADate() throws Exception {
        Tenant tenant = fixture();
        ComputedFigures year = transactions.inTenant(tenant, () -> computation.compute(FROM, LocalDate.of(2024, 12, 31)));
        Dashboard dashboard = transactions.inTenant(tenant, () -> dashboards.province(2024));

        assertThat(year.bySource()).containsEntry("MEMBERS", 1079L);
        assertThat(dashboard.members()).last().satisfies(at -> {
            assertThat(at.asOf()).isEqualTo(LocalDate.of(2024, 12, 31));
            assertThat(at.members()).isEqualTo(1079L);
        });
    }

    /** A union of its own with the records counted above; returns its tenant. */
    private static Tenant fixture() throws Exception {
        UUID tenantId = UUID.randomUUID();
        String code = "fixture-" + tenantId.toString().substring(0, 8);
        try (Connection c = DriverManager.getConnection(TestStack.current().postgres().jdbcUrl(),
                LocalCredentials.OWNER_ROLE, LocalCredentials.OWNER_PASSWORD)) {
            DSLContext db = DSL.using(c, SQLDialect.POSTGRES);
            db.transaction(tx -> {
                DSLContext t = tx.dsl();
                t.insertInto(TENANT).set(TENANT.ID, tenantId).set(TENANT.CODE, code).set(TENANT.PROVINCE_CODE, "01")
                        .set(TENANT.NAME, "Liên hiệp hội thử nghiệm " + code).execute();
                t.select(DSL.function("begin_tenant_scope", Object.class, DSL.val(tenantId))).fetch();
                new Records(t, tenantId).write();
            });
        }
        return new Tenant(tenantId, code, "01", "Liên hiệp hội thử nghiệm " + code, TenantStatus.ACTIVE);
    }

    private record Records(DSLContext db, UUID tenant) {

        void write() {
            // Units: founded on the last day counts, the day after not; dissolved on the last day is gone by then.
            UUID a = unit("Hội A", "MEMBER_ASSOCIATION", "2000-01-01", null);
            UUID b = unit("Hội B", "MEMBER_ASSOCIATION", "2024-06-30", null);
            unit("Hội C", "MEMBER_ASSOCIATION", "2024-07-01", null);
            UUID d = unit("Hội D", "MEMBER_ASSOCIATION", "1990-01-01", "2024-06-30");
            UUID e = unit("Trung tâm E", "AFFILIATED_CENTRE", null, null);
            unit("Công ty F", "COLLECTIVE_MEMBER", "2010-01-01", "2024-07-01");
            // Members at 30/06/2024: A 120 (its census of 01/07 is later), B 50, E 30 (D dissolved) = 200;
            // at 30/06/2023: A 90, D 70, E 30 = 190.
            census(a, "2023-06-30", 90);
            census(a, "2024-03-31", 120);
            census(a, "2024-07-01", 999);
            census(b, "2024-06-30", 50);
            census(d, "2023-01-01", 70);
            census(e, "2022-12-31", 30);
            // Founded after 2024 with a census dated before its founding (an import's day): not a member at 31/12/2024.
            census(unit("Hội G", "MEMBER_ASSOCIATION", "2025-03-01", null), "2024-12-01", 40);

            event("TRAINING", "2024-01-01", 40);
            event("TRAINING", "2024-06-30", 60);
            event("TRAINING", "2024-07-01", 500);
            event("TRAINING", "2023-12-31", 700);
            event("CONFERENCE", "2024-03-10", 200);
            event("SCIENTIFIC_WORKSHOP", "2024-04-01", null);
            event("ROUND_TABLE", "2024-05-05", 25);
            event("STANDING_COMMITTEE_MEETING", "2024-02-01", 12);

            task(2024, "2024-01-10", "2024-06-30", null);
            task(2024, "2024-02-01", "2024-07-02", null);
            task(2024, "2024-07-05", null, null);
            task(2023, "2023-05-01", "2023-12-01", null);
            task(2024, "2024-03-01", null, "2024-04-01");

            UUID publication = UUID.randomUUID();
            db.insertInto(PUBLICATION).set(PUBLICATION.TENANT_ID, tenant).set(PUBLICATION.ID, publication)
                    .set(PUBLICATION.TITLE, "Đặc san").set(PUBLICATION.KIND, "SCIENTIFIC_SPECIAL_ISSUE").execute();
            issue(publication, "01", "2024-02-01");
            issue(publication, "02", "2024-06-30");
            issue(publication, "03", "2024-07-01");

            project("IN_PROGRESS", "2023-01-01", null, null);
            project("ACCEPTED", "2023-01-01", "2024-05-01", null);
            project("REGISTERED", "2024-07-01", null, null);
            project("ACCEPTED", "2022-01-01", "2024-07-15", null);
            project("STOPPED", "2023-01-01", null, "2024-02-01");

            UUID contest = UUID.randomUUID();
            db.insertInto(CONTEST).set(CONTEST.TENANT_ID, tenant).set(CONTEST.ID, contest).set(CONTEST.NAME, "Hội thi")
                    .set(CONTEST.KIND, "TECHNICAL_INNOVATION").execute();
            UUID running = edition(contest, 1, 2023, 2024, "2023-09-01");
            UUID launched = edition(contest, 2, 2024, 2024, "2024-06-30");
            UUID later = edition(contest, 3, 2024, 2025, "2024-07-01");
            UUID first = entry(running, "Giải pháp 1");
            UUID second = entry(running, "Giải pháp 2");
            entry(launched, "Giải pháp 3");
            entry(later, "Giải pháp 4");
            prize(running, first, "FIRST", "2024-06-30");
            prize(running, second, "SECOND", "2024-07-01");
            nomination(running, first, "VIFOTEC", "2024-03-01");
            nomination(running, second, "GOLDEN_BOOK", null);

            UUID june = decision("01/QĐ", "2024-06-30");
            recipient(june, 1, "COLLECTIVE", "Hội A");
            recipient(june, 2, "COLLECTIVE", "Hội B");
            recipient(june, 3, "INDIVIDUAL", "Nguyễn Văn A");
            recipient(decision("02/QĐ", "2024-07-01"), 1, "COLLECTIVE", "Hội C");

            UUID legal = kind("Tư vấn pháp luật", "KH07");
            UUID other = kind("Khác", null);
            count(legal, null, "2024-01-01", "2024-03-31", 10);
            count(legal, null, "2024-04-01", "2024-06-30", 15);
            count(legal, a, "2024-06-01", "2024-07-31", 100);
            count(other, null, "2024-02-01", "2024-02-28", 7);
        }

        UUID unit(String name, String kind, String founded, String dissolved) {
            UUID id = UUID.randomUUID();
            db.insertInto(UNIT).set(UNIT.TENANT_ID, tenant).set(UNIT.ID, id).set(UNIT.NAME, name).set(UNIT.KIND, kind)
                    .set(UNIT.FOUNDING_DECISION_DATE, day(founded)).set(UNIT.STATUS, dissolved == null ? "ACTIVE" : "DISSOLVED")
                    .set(UNIT.DISSOLVED_ON, day(dissolved)).execute();
            return id;
        }

        void census(UUID unit, String asOf, int count) {
            db.insertInto(MEMBER_CENSUS).set(MEMBER_CENSUS.TENANT_ID, tenant).set(MEMBER_CENSUS.UNIT_ID, unit)
                    .set(MEMBER_CENSUS.AS_OF, day(asOf)).set(MEMBER_CENSUS.MEMBER_COUNT, count).execute();
        }

        void event(String kind, String on, Integer participants) {
            db.insertInto(EVENT).set(EVENT.TENANT_ID, tenant).set(EVENT.KIND, kind).set(EVENT.TITLE, kind + " " + on)
                    .set(EVENT.STARTS_ON, day(on)).set(EVENT.ENDS_ON, day(on)).set(EVENT.PARTICIPANT_COUNT, participants).execute();
        }

        void task(int year, String assigned, String accepted, String cancelled) {
            LocalDate on = day(assigned);
            String status = accepted != null ? "ACCEPTED" : cancelled != null ? "CANCELLED" : "ASSIGNED";
            db.insertInto(CONSULTANCY_TASK).set(CONSULTANCY_TASK.TENANT_ID, tenant).set(CONSULTANCY_TASK.PLAN_YEAR, (short) year)
                    .set(CONSULTANCY_TASK.KIND, "CRITIQUE").set(CONSULTANCY_TASK.SUBJECT, "Phản biện " + assigned)
                    .set(CONSULTANCY_TASK.AUTHORITY_KIND, "PEOPLES_COMMITTEE").set(CONSULTANCY_TASK.AUTHORITY, "UBND tỉnh")
                    .set(CONSULTANCY_TASK.ASSIGNMENT_NUMBER, "CV " + assigned).set(CONSULTANCY_TASK.ASSIGNED_ON, on)
                    .set(CONSULTANCY_TASK.DUE_ON, on.plusMonths(6)).set(CONSULTANCY_TASK.STATUS, status)
                    .set(CONSULTANCY_TASK.STARTED_ON, accepted == null ? null : on)
                    .set(CONSULTANCY_TASK.REPORT_SUBMITTED_ON, accepted == null ? null : on)
                    .set(CONSULTANCY_TASK.ACCEPTED_ON, day(accepted))
                    .set(CONSULTANCY_TASK.ASSESSMENT, accepted == null ? null : "Đạt yêu cầu")
                    .set(CONSULTANCY_TASK.CANCELLED_ON, day(cancelled))
                    .set(CONSULTANCY_TASK.CANCEL_REASON, cancelled == null ? null : "Không còn cần thiết").execute();
        }

        void issue(UUID publication, String number, String on) {
            db.insertInto(PUBLICATION_ISSUE).set(PUBLICATION_ISSUE.TENANT_ID, tenant).set(PUBLICATION_ISSUE.PUBLICATION_ID, publication)
                    .set(PUBLICATION_ISSUE.NUMBER, number).set(PUBLICATION_ISSUE.PUBLISHED_ON, day(on))
                    .set(PUBLICATION_ISSUE.COPIES, 300).execute();
        }

        void project(String status, String starts, String accepted, String stopped) {
            db.insertInto(RESEARCH_PROJECT).set(RESEARCH_PROJECT.TENANT_ID, tenant).set(RESEARCH_PROJECT.TITLE, "Đề tài " + status + starts)
                    .set(RESEARCH_PROJECT.KIND, "TOPIC").set(RESEARCH_PROJECT.LEVEL, "PROVINCIAL")
                    .set(RESEARCH_PROJECT.LEAD_RESEARCHER, "TS. Lê Văn B").set(RESEARCH_PROJECT.STARTS_ON, day(starts))
                    .set(RESEARCH_PROJECT.ENDS_ON, LocalDate.of(2025, 12, 31)).set(RESEARCH_PROJECT.STATUS, status)
                    .set(RESEARCH_PROJECT.ACCEPTED_ON, day(accepted)).set(RESEARCH_PROJECT.RATING, accepted == null ? null : "GOOD")
                    .set(RESEARCH_PROJECT.STOPPED_ON, day(stopped)).set(RESEARCH_PROJECT.STOP_REASON, stopped == null ? null : "Dừng")
                    .execute();
        }

        UUID edition(UUID contest, int number, int startYear, int endYear, String launched) {
            UUID id = UUID.randomUUID();
            db.insertInto(CONTEST_EDITION).set(CONTEST_EDITION.TENANT_ID, tenant).set(CONTEST_EDITION.ID, id)
                    .set(CONTEST_EDITION.CONTEST_ID, contest).set(CONTEST_EDITION.NUMBER, (short) number)
                    .set(CONTEST_EDITION.START_YEAR, (short) startYear).set(CONTEST_EDITION.END_YEAR, (short) endYear)
                    .set(CONTEST_EDITION.NAME, "Hội thi lần " + number).set(CONTEST_EDITION.LAUNCHED_ON, day(launched))
                    .set(CONTEST_EDITION.LAUNCH_NOTICE, "Thông báo " + number).execute();
            return id;
        }

        UUID entry(UUID edition, String title) {
            UUID id = UUID.randomUUID();
            db.insertInto(CONTEST_ENTRY).set(CONTEST_ENTRY.TENANT_ID, tenant).set(CONTEST_ENTRY.ID, id)
                    .set(CONTEST_ENTRY.EDITION_ID, edition).set(CONTEST_ENTRY.TITLE, title).execute();
            return id;
        }

        void prize(UUID edition, UUID entry, String grade, String on) {
            db.insertInto(CONTEST_PRIZE).set(CONTEST_PRIZE.TENANT_ID, tenant).set(CONTEST_PRIZE.EDITION_ID, edition)
                    .set(CONTEST_PRIZE.ENTRY_ID, entry).set(CONTEST_PRIZE.GRADE, grade).set(CONTEST_PRIZE.AWARDED_ON, day(on)).execute();
        }

        void nomination(UUID edition, UUID entry, String award, String on) {
            db.insertInto(CONTEST_NOMINATION).set(CONTEST_NOMINATION.TENANT_ID, tenant).set(CONTEST_NOMINATION.EDITION_ID, edition)
                    .set(CONTEST_NOMINATION.ENTRY_ID, entry).set(CONTEST_NOMINATION.AWARD, award)
                    .set(CONTEST_NOMINATION.YEAR, (short) 2024).set(CONTEST_NOMINATION.NOMINATED_ON, day(on)).execute();
        }

        UUID decision(String number, String on) {
            UUID id = UUID.randomUUID();
            db.insertInto(COMMENDATION_DECISION).set(COMMENDATION_DECISION.TENANT_ID, tenant).set(COMMENDATION_DECISION.ID, id)
                    .set(COMMENDATION_DECISION.KIND, "CERTIFICATE").set(COMMENDATION_DECISION.NUMBER, number)
                    .set(COMMENDATION_DECISION.DECIDED_ON, day(on)).set(COMMENDATION_DECISION.ISSUER, "Liên hiệp hội")
                    .set(COMMENDATION_DECISION.YEAR, (short) 2024).set(COMMENDATION_DECISION.REASON, "Thành tích").execute();
            return id;
        }

        void recipient(UUID decision, int position, String kind, String name) {
            db.insertInto(COMMENDATION_RECIPIENT).set(COMMENDATION_RECIPIENT.TENANT_ID, tenant)
                    .set(COMMENDATION_RECIPIENT.DECISION_ID, decision).set(COMMENDATION_RECIPIENT.POSITION, (short) position)
                    .set(COMMENDATION_RECIPIENT.KIND, kind).set(COMMENDATION_RECIPIENT.NAME, name).execute();
        }

        UUID kind(String name, String indicator) {
            UUID id = UUID.randomUUID();
            db.insertInto(SERVICE_COUNT_KIND).set(SERVICE_COUNT_KIND.TENANT_ID, tenant).set(SERVICE_COUNT_KIND.ID, id)
                    .set(SERVICE_COUNT_KIND.NAME, name).set(SERVICE_COUNT_KIND.UNIT_OF_COUNT, "vụ việc")
                    .set(SERVICE_COUNT_KIND.INDICATOR_CODE, indicator).execute();
            return id;
        }

        void count(UUID kind, UUID unit, String from, String to, int quantity) {
            db.insertInto(SERVICE_COUNT).set(SERVICE_COUNT.TENANT_ID, tenant).set(SERVICE_COUNT.KIND_ID, kind)
                    .set(SERVICE_COUNT.UNIT_ID, unit).set(SERVICE_COUNT.PERIOD_START, day(from))
                    .set(SERVICE_COUNT.PERIOD_END, day(to)).set(SERVICE_COUNT.QUANTITY, quantity).execute();
        }

        private static LocalDate day(String text) {
            return text == null ? null : LocalDate.parse(text);
        }
    }
}
