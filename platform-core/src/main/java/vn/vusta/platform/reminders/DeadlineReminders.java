package vn.vusta.platform.reminders;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jooq.DSLContext;
import org.jooq.Record4;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.reportingcalendar.PeriodKind;
import vn.vusta.platform.reportingcalendar.ReportingCalendarColumns;
import vn.vusta.platform.reports.ReportColumns;
import vn.vusta.platform.reports.ReportStatus;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.tenancy.TenantStatus;
import vn.vusta.platform.tenancy.Tenants;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.REPORT;
import static vn.vusta.platform.db.jooq.Tables.REPORTING_PERIOD;

/**
 * Reminds each active union's administrators of a period's deadline, the configured numbers of days before it
 * (7 and 1 by default), as long as the union has not sent its report (sent or accepted; a returned report must be
 * sent again). Runs hourly, on one instance at a time; each reminder goes once per recipient (reminder_mail),
 * queued here and sent after the commit by the outbox (ReminderMails). A run that
 * comes late (the platform was down on the day) sends the reminder it missed, the nearest one only: five days
 * before a deadline the 7-day reminder, one day before the 1-day one.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class DeadlineReminders {

    private final Tenants tenants;
    private final DSLContext db;
    private final Recipients recipients;
    private final ReminderMails mails;
    private final List<Integer> daysBefore;
    private final String baseUrl;

    DeadlineReminders(Tenants tenants, DSLContext db, Recipients recipients,
                      ReminderMails mails, ReminderProperties properties) {
        this.tenants = tenants;
        this.db = db;
        this.recipients = recipients;
        this.mails = mails;
        this.daysBefore = properties.daysBeforeDeadline().stream().filter(d -> d >= 0).sorted().toList();
        this.baseUrl = properties.links();
    }

    /** Hourly at the same minute on every instance; the first to take the lock runs it, the others skip. */
    @Scheduled(cron = "${vusta.reminders.schedule:0 5 * * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "deadline-reminders", lockAtLeastFor = "PT5M")
    void remindEverywhere() {
        remind(VietnamTime.today());
    }

    /** Queues the reminders due on this day; the number of mails queued (each is sent once, after its commit). */
    int remind(LocalDate today) {
        if (daysBefore.isEmpty()) {
            return 0;
        }
        int sent = 0;
        for (Tenant tenant : tenants.all()) {
            if (tenant.status() != TenantStatus.ACTIVE) {
                continue;
            }
            List<Record4<UUID, Short, PeriodKind, LocalDate>> due = mails.inOwnTransaction(tenant, () -> unsent(tenant, today));
            if (due.isEmpty()) {
                continue;
            }
            List<String> admins = recipients.tenantAdmins(tenant);
            for (var period : due) {
                LocalDate deadline = period.value4();
                long daysLeft = ChronoUnit.DAYS.between(today, deadline);
                Optional<Integer> reminder = daysBefore.stream().filter(d -> d >= daysLeft).findFirst();
                if (reminder.isEmpty()) {
                    continue;
                }
                UUID report = mails.inOwnTransaction(tenant, () -> report(tenant, period.value1()));
                String link = baseUrl + "/workspace/reports" + (report == null ? "" : "/" + report);
                Mail mail = MailTexts.deadline(tenant.name(), period.value3().vietnameseName(period.value2()),
                        deadline, daysLeft, link);
                var occasion = ReminderMails.Occasion.deadline(period.value1(), report, reminder.get());
                for (String admin : admins) {
                    sent += mails.queueOnce(tenant, occasion, admin, mail) ? 1 : 0;
                }
            }
        }
        return sent;
    }

    /** The periods whose deadline is within the reminders' reach and for which the union has sent nothing. */
    private List<Record4<UUID, Short, PeriodKind, LocalDate>> unsent(Tenant tenant, LocalDate today) {
        return db.select(REPORTING_PERIOD.ID, REPORTING_PERIOD.YEAR, ReportingCalendarColumns.KIND, REPORTING_PERIOD.DEADLINE)
                .from(REPORTING_PERIOD)
                .where(REPORTING_PERIOD.DEADLINE.between(today, today.plusDays(daysBefore.getLast())))
                .andNotExists(db.selectOne().from(REPORT).where(REPORT.TENANT_ID.eq(tenant.id()),
                        REPORT.PERIOD_ID.eq(REPORTING_PERIOD.ID), ReportColumns.STATUS.in(ReportStatus.SENT, ReportStatus.ACCEPTED)))
                .orderBy(REPORTING_PERIOD.DEADLINE)
                .fetch();
    }

    /** The union's report for the period, if it has begun one: the reminder links to it. */
    private UUID report(Tenant tenant, UUID period) {
        return db.select(REPORT.ID).from(REPORT)
                .where(REPORT.TENANT_ID.eq(tenant.id()), REPORT.PERIOD_ID.eq(period))
                .orderBy(REPORT.PROVINCE_CODE.eq(tenant.provinceCode()).desc())
                .limit(1).fetchOne(REPORT.ID);
    }
}
