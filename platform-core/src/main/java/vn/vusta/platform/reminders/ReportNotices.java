package vn.vusta.platform.reminders;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.vusta.platform.reports.ReportStatus;
import vn.vusta.platform.reports.ReportTransitioned;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.tenancy.Tenants;

import java.util.List;
import java.util.Optional;

import static vn.vusta.platform.db.jooq.Tables.REPORT;
import static vn.vusta.platform.db.jooq.Tables.REPORTING_PERIOD;
import static vn.vusta.platform.db.jooq.Tables.REPORT_TRANSITION;

/**
 * Tells people of a report's workflow step once it is committed: the union's administrators when the national
 * union returns their report (with the reviewer's comment), the national reviewers when a report arrives. Each
 * step's mail goes once per recipient, keyed by the step's row of report_transition. A mail that cannot be sent is
 * logged; the step itself stands.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class ReportNotices {

    private static final System.Logger LOG = System.getLogger(ReportNotices.class.getName());

    private final Tenants tenants;
    private final DSLContext db;
    private final Recipients recipients;
    private final ReminderMails mails;
    private final String baseUrl;

    ReportNotices(Tenants tenants, DSLContext db, Recipients recipients,
                  ReminderMails mails, @Value("${vusta.reminders.base-url}") String baseUrl) {
        this.tenants = tenants;
        this.db = db;
        this.recipients = recipients;
        this.mails = mails;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @TransactionalEventListener
    void on(ReportTransitioned step) {
        if (step.to() != ReportStatus.RETURNED && step.to() != ReportStatus.SENT) {
            return;
        }
        try {
            notify(step);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "No mail about report " + step.reportId() + " " + step.from()
                    + " → " + step.to(), e);
        }
    }

    /** The mails of one step; the number sent (none when they had been sent already). */
    int notify(ReportTransitioned step) {
        Tenant tenant = tenants.all().stream().filter(t -> t.id().equals(step.tenantId())).findFirst().orElseThrow();
        Optional<Record> found = mails.inOwnTransaction(tenant, () -> db.select(REPORT.TITLE, REPORTING_PERIOD.YEAR,
                        REPORTING_PERIOD.KIND, REPORT_TRANSITION.ID, REPORT_TRANSITION.COMMENT)
                .from(REPORT)
                .join(REPORTING_PERIOD).on(REPORTING_PERIOD.ID.eq(REPORT.PERIOD_ID))
                .join(REPORT_TRANSITION).on(REPORT_TRANSITION.TENANT_ID.eq(REPORT.TENANT_ID),
                        REPORT_TRANSITION.REPORT_ID.eq(REPORT.ID), REPORT_TRANSITION.TO_STATUS.eq(step.to().name()))
                .where(REPORT.TENANT_ID.eq(tenant.id()), REPORT.ID.eq(step.reportId()))
                .orderBy(REPORT_TRANSITION.OCCURRED_AT.desc(), REPORT_TRANSITION.ID.desc())
                .limit(1)
                .fetchOptional().map(Record.class::cast));
        if (found.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "Report " + step.reportId() + " has no step to " + step.to() + " recorded; no mail");
            return 0;
        }
        Record report = found.get();
        String period = MailTexts.period(report.get(REPORTING_PERIOD.KIND), report.get(REPORTING_PERIOD.YEAR));
        var transition = report.get(REPORT_TRANSITION.ID);
        Mail mail;
        List<String> to;
        ReminderMails.Occasion occasion;
        if (step.to() == ReportStatus.RETURNED) {
            String comment = step.comment() != null ? step.comment() : report.get(REPORT_TRANSITION.COMMENT);
            mail = MailTexts.returned(tenant.name(), period, report.get(REPORT.TITLE), comment,
                    baseUrl + "/workspace/reports/" + step.reportId());
            to = recipients.tenantAdmins(tenant);
            occasion = ReminderMails.Occasion.step("RETURNED", step.periodId(), step.reportId(), transition);
        } else {
            mail = MailTexts.arrived(tenant.name(), period, report.get(REPORT.TITLE),
                    baseUrl + "/national/reports/" + tenant.id() + "/" + step.reportId());
            to = recipients.nationalReviewers();
            occasion = ReminderMails.Occasion.step("ARRIVED", step.periodId(), step.reportId(), transition);
        }
        int sent = 0;
        for (String recipient : to) {
            sent += mails.sendOnce(tenant, occasion, recipient, mail) ? 1 : 0;
        }
        return sent;
    }
}
