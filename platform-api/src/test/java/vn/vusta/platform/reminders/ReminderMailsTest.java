package vn.vusta.platform.reminders;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import vn.vusta.platform.Api;
import vn.vusta.platform.DemoTenants;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.TestMailServer;
import vn.vusta.platform.TestMailServer.Received;
import vn.vusta.platform.reports.ReportStatus;
import vn.vusta.platform.reports.ReportTransitioned;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.tenancy.TenantTransactions;
import vn.vusta.platform.tenancy.Tenants;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vusta.platform.db.jooq.Tables.REMINDER_MAIL;
import static vn.vusta.platform.db.jooq.Tables.REPORTING_PERIOD;

/**
 * The e-mails about reports, received by a real SMTP server (GreenMail): the reminder before the 10-month
 * deadline of 2021 (05/11/2021) goes 7 days before, not 8, once, to the administrators of the unions that have not
 * sent (Thanh Hóa: returned; Hưng Yên: a draft), not to Hải Phòng (sent) nor to editors and viewers; a returned
 * report tells the union's administrators the reviewer's comment; a report that arrives tells the reviewers.
 */
@PlatformApiTest
class ReminderMailsTest {

    private static final String THANH_HOA_ADMIN = "admin@thanh-hoa.demo.vusta.local";
    private static final String HUNG_YEN_ADMIN = "admin@hung-yen.demo.vusta.local";
    private static final String HAI_PHONG_ADMIN = "admin@hai-phong.demo.vusta.local";
    private static final String REVIEWER = "reviewer@demo.vusta.local";
    private static final UUID THANH_HOA_M10 = UUID.fromString("0195d2a0-0038-7000-8050-000000000002");
    private static final UUID HAI_PHONG_M10 = UUID.fromString("0195d2a0-0031-7000-8050-000000000002");

    @Autowired
    DeadlineReminders deadlines;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TenantTransactions transactions;
    @Autowired
    Tenants tenants;
    @Autowired
    DSLContext db;

    @Test
    void theDeadlineReminderGoesSevenDaysBeforeOnceToTheAdministratorsOfUnionsThatHaveNotSent() {
        deadlines.remind(LocalDate.of(2021, 10, 28));
        assertThat(queued("DEADLINE", THANH_HOA_ADMIN)).as("8 days before the deadline").isZero();

        assertThat(deadlines.remind(LocalDate.of(2021, 10, 29))).as("the first run queues").isPositive();
        assertThat(deadlines.remind(LocalDate.of(2021, 10, 29))).as("the second run queues nothing").isZero();

        // Sent after the commit, by the outbox: waited for.
        awaitMails(THANH_HOA_ADMIN, ReminderMailsTest::tenMonthReminder, 1);
        awaitMails(HUNG_YEN_ADMIN, ReminderMailsTest::tenMonthReminder, 1);
        List<Received> thanhHoa = tenMonthReminders(THANH_HOA_ADMIN);
        assertThat(thanhHoa).as("one mail to Thanh Hóa's administrator").hasSize(1);
        Received mail = thanhHoa.getFirst();
        assertThat(mail.subject()).isEqualTo("Nhắc hạn gửi báo cáo 10 tháng đầu năm 2021: hạn 05/11/2021 (còn 7 ngày)");
        assertThat(mail.body()).contains("Kính gửi: Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa,",
                "chậm nhất ngày 05/11/2021 (còn 7 ngày)",
                "http://127.0.0.1:8080/workspace/reports/0195d2a0-0038-7000-8050-000000000002");
        assertThat(tenMonthReminders(HUNG_YEN_ADMIN)).as("Hưng Yên's draft is not sent").hasSize(1);
        assertThat(tenMonthReminders(HAI_PHONG_ADMIN)).as("Hải Phòng has sent its report").isEmpty();
        assertThat(tenMonthReminders("editor@thanh-hoa.demo.vusta.local")).as("editors are not reminded").isEmpty();
        assertThat(tenMonthReminders("viewer@thanh-hoa.demo.vusta.local")).isEmpty();

        deadlines.remind(LocalDate.of(2021, 11, 4));
        awaitMails(THANH_HOA_ADMIN, ReminderMailsTest::tenMonthReminder, 2);
        assertThat(tenMonthReminders(THANH_HOA_ADMIN)).extracting(Received::subject).as("and the day before")
                .containsExactly("Nhắc hạn gửi báo cáo 10 tháng đầu năm 2021: hạn 05/11/2021 (còn 7 ngày)",
                        "Nhắc hạn gửi báo cáo 10 tháng đầu năm 2021: hạn 05/11/2021 (còn 1 ngày)");
    }

    @Test
    void aReturnedReportTellsTheUnionsAdministratorsTheReviewersComment() {
        String comment = "Đề nghị bổ sung kết quả thẩm định báo cáo đánh giá tác động môi trường 10 tháng và giải trình "
                + "số hội viên tăng so với cùng kỳ.";
        var step = new ReportTransitioned(DemoTenants.THANH_HOA, THANH_HOA_M10, tenMonths2021(), ReportStatus.SENT,
                ReportStatus.RETURNED, "national-reviewer", comment);
        publishCommitted(DemoTenants.THANH_HOA, step);
        publishCommitted(DemoTenants.THANH_HOA, step);

        awaitMails(THANH_HOA_ADMIN, m -> m.subject().contains("trả lại"), 1);
        awaitQueuedSent();
        List<Received> received = TestMailServer.receivedBy(THANH_HOA_ADMIN).stream()
                .filter(m -> m.subject().contains("trả lại")).toList();
        assertThat(received).as("once").hasSize(1);
        assertThat(received.getFirst().subject()).isEqualTo("Báo cáo 10 tháng đầu năm 2021 được trả lại để chỉnh sửa");
        assertThat(received.getFirst().body()).contains("“" + comment + "”",
                "http://127.0.0.1:8080/workspace/reports/" + THANH_HOA_M10);
        assertThat(TestMailServer.receivedBy("editor@thanh-hoa.demo.vusta.local")).isEmpty();
        assertThat(TestMailServer.receivedBy(REVIEWER)).noneMatch(m -> m.subject().contains("trả lại"));
    }

    @Test
    void aReportThatArrivesTellsTheNationalReviewersWithALinkToIt() {
        var step = new ReportTransitioned(DemoTenants.HAI_PHONG, HAI_PHONG_M10, tenMonths2021(), ReportStatus.APPROVED,
                ReportStatus.SENT, "hai-phong-admin", null);
        publishCommitted(DemoTenants.HAI_PHONG, step);
        publishCommitted(DemoTenants.HAI_PHONG, step);

        Predicate<Received> arrived = m -> m.subject().contains("10 tháng đầu năm 2021") && m.subject().contains("đã được gửi đến");
        awaitMails(REVIEWER, arrived, 1);
        awaitQueuedSent();
        List<Received> received = TestMailServer.receivedBy(REVIEWER).stream().filter(arrived).toList();
        assertThat(received).as("once").hasSize(1);
        assertThat(received.getFirst().subject())
                .isEqualTo("Báo cáo 10 tháng đầu năm 2021 của Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hải Phòng đã được gửi đến");
        assertThat(received.getFirst().body()).contains("(Báo cáo kết quả hoạt động 10 tháng đầu năm 2021)",
                "http://127.0.0.1:8080/national/reports/" + DemoTenants.HAI_PHONG + "/" + HAI_PHONG_M10);
        assertThat(TestMailServer.receivedBy(HAI_PHONG_ADMIN)).noneMatch(m -> m.subject().contains("đã được gửi đến"));
    }

    /**
     * The defect (issue 17, point 9): a report sent again after its return mailed the reviewers the subject of a
     * first sending. Hải Phòng sends its third-quarter report of 2023, the reviewer returns it, Hải Phòng sends it
     * again: the second mail says it is sent again.
     */
    @Test
    void aReportSentAgainAfterItsReturnSaysSoInTheSubject() {
        String editor = KeycloakTokens.accessToken("hai-phong-editor");
        String admin = KeycloakTokens.accessToken("hai-phong-admin");
        String reviewer = KeycloakTokens.accessToken("national-reviewer");
        String periodId = null;
        for (var p : Api.get("/api/v1/reports?year=2023", editor).json()) {
            if (p.path("period").path("kind").asString().equals("Q3")) {
                periodId = p.path("period").path("id").asString();
            }
        }
        var created = Api.call("POST", "/api/v1/reports", editor, "{\"periodId\": \"" + periodId + "\"}", "vi");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        String step = "/api/v1/reports/" + id;
        for (String section : List.of("ORGANISATION", "DIFFICULTIES", "NEXT_TASKS")) {
            Api.call("PUT", step + "/sections/" + section, editor, "{\"html\": \"<p>Nội dung</p>\"}", "vi");
        }
        for (int round = 0; round < 2; round++) {
            Api.call("POST", step + "/submission", admin, null, "vi");
            Api.call("POST", step + "/approval", admin, "{\"meetingDate\": \"2023-09-28\", \"minutes\": \"Biên bản số 9\"}", "vi");
            var sent = Api.call("POST", step + "/sending", admin, null, "vi");
            assertThat(sent.json().path("status").asString()).as(sent.body()).isEqualTo("SENT");
            if (round == 0) {
                Api.call("POST", "/api/v1/national/reports/" + DemoTenants.HAI_PHONG + "/" + id + "/return", reviewer,
                        "{\"comment\": \"Bổ sung số liệu quý III\"}", "vi");
            }
        }

        Predicate<Received> aboutIt = m -> m.subject().contains("quý III năm 2023");
        awaitMails(REVIEWER, aboutIt, 2);
        awaitQueuedSent();
        String union = "Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hải Phòng";
        assertThat(TestMailServer.receivedBy(REVIEWER).stream().filter(aboutIt).map(Received::subject).toList())
                .containsExactlyInAnyOrder("Báo cáo quý III năm 2023 của " + union + " đã được gửi đến",
                        "Báo cáo quý III năm 2023 của " + union + " được gửi lại sau khi chỉnh sửa");
        assertThat(TestMailServer.receivedBy(REVIEWER).stream().filter(m -> m.subject().contains("được gửi lại")).findFirst()
                .orElseThrow().body()).contains("đã gửi lại báo cáo quý III năm 2023");
    }

    /**
     * The defect: a period whose reminders had gone out could not be removed (500), its reminder_mail rows holding
     * it. The national union removes a period it added by mistake after the reminders were sent: 204, and the
     * reminders' rows go with it.
     */
    @Test
    void aPeriodWhoseRemindersWentOutCanBeRemoved() {
        String reviewer = KeycloakTokens.accessToken("national-reviewer");
        var added = Api.call("POST", "/api/v1/national/calendar/2030/periods", reviewer,
                "{\"kind\": \"Q1\", \"deadline\": \"2030-04-08\"}", "vi");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        UUID period = UUID.fromString(added.json().path("id").asString());
        assertThat(deadlines.remind(LocalDate.of(2030, 4, 5))).isPositive();
        awaitMails(THANH_HOA_ADMIN, m -> m.subject().contains("hạn 08/04/2030"), 1);

        var removed = Api.call("DELETE", "/api/v1/national/calendar/2030/periods/Q1", reviewer, null, "vi");
        assertThat(removed.status()).as(removed.body()).isEqualTo(204);
        Tenant thanhHoa = tenants.all().stream().filter(t -> t.id().equals(DemoTenants.THANH_HOA)).findFirst().orElseThrow();
        assertThat(transactions.inTenant(thanhHoa, () -> db.fetchCount(REMINDER_MAIL, REMINDER_MAIL.PERIOD_ID.eq(period))))
                .as("its reminders' rows").isZero();
    }

    private static boolean tenMonthReminder(Received mail) {
        return mail.subject().startsWith("Nhắc hạn gửi báo cáo 10 tháng đầu năm 2021");
    }

    private static List<Received> tenMonthReminders(String address) {
        return TestMailServer.receivedBy(address).stream().filter(ReminderMailsTest::tenMonthReminder).toList();
    }

    /** Waits until this many mails that match have reached the address (sent after the commit, by the outbox). */
    static void awaitMails(String address, Predicate<Received> matching, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (TestMailServer.receivedBy(address).stream().filter(matching).count() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Fewer than " + count + " mails to " + address + " within 15 s: "
                        + TestMailServer.receivedBy(address).stream().map(Received::subject).toList());
            }
            sleep(100);
        }
    }

    /** Waits until no queued mail of any demo union is left unsent, so that a duplicate would have arrived too. */
    private void awaitQueuedSent() {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (tenants.all().stream().anyMatch(t -> transactions.inTenant(t,
                () -> db.fetchExists(REMINDER_MAIL, REMINDER_MAIL.SENT_AT.isNull())))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Queued mails left unsent after 15 s");
            }
            sleep(100);
        }
    }

    private int queued(String kind, String recipient) {
        Tenant thanhHoa = tenants.all().stream().filter(t -> t.id().equals(DemoTenants.THANH_HOA)).findFirst().orElseThrow();
        return transactions.inTenant(thanhHoa, () -> db.fetchCount(REMINDER_MAIL, REMINDER_MAIL.KIND.eq(kind),
                REMINDER_MAIL.RECIPIENT.eq(recipient), REMINDER_MAIL.PERIOD_ID.eq(tenMonths2021())));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The step's event as the workflow publishes it: inside the step's transaction, heard after its commit. */
    private void publishCommitted(UUID tenantId, ReportTransitioned step) {
        Tenant tenant = tenants.all().stream().filter(t -> t.id().equals(tenantId)).findFirst().orElseThrow();
        transactions.inTenant(tenant, () -> {
            events.publishEvent(step);
            return null;
        });
    }

    private UUID tenMonths2021() {
        return db.select(REPORTING_PERIOD.ID).from(REPORTING_PERIOD)
                .where(REPORTING_PERIOD.YEAR.eq((short) 2021), REPORTING_PERIOD.KIND.eq("M10"))
                .fetchSingle(REPORTING_PERIOD.ID);
    }
}
