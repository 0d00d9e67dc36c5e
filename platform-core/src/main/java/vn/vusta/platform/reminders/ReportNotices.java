package vn.vusta.platform.reminders;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.vusta.platform.reportingcalendar.ReportingCalendarColumns;
import vn.vusta.platform.reports.ReportColumns;
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
 * step's mail goes once per recipient, keyed by the step's row of report_transition. The step's transaction
 * records that its mails are due (the event publication registry); they are worked out and sent after its commit,
 * and retried until they go; the step itself stands either way.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class ReportNotices {

    private final Tenants tenants;
    private final DSLContext db;
    private final Recipients recipients;
    private final ReminderMails mails;
    private final ApplicationEventPublisher events;
    private final String baseUrl;

    ReportNotices(Tenants tenants, DSLContext db, Recipients recipients, ReminderMails mails,
                  ApplicationEventPublisher events, ReminderProperties properties) {
        this.events = events;
        this.tenants = tenants;
        this.db = db;
        this.recipients = recipients;
        this.mails = mails;
        this.baseUrl = properties.links();
    }

    /**
     * Inside the step's transaction: records, with it, that its mails are due. Who gets them (Keycloak) and the
     * mails themselves are worked out after the commit, in another thread ({@link #on(NoticeDue)}), so the user's
     * response waits for neither Keycloak nor the mail server.
     */
    @EventListener
    void on(ReportTransitioned step) {
        if (step.to() == ReportStatus.RETURNED || step.to() == ReportStatus.SENT) {
            events.publishEvent(new NoticeDue(step.tenantId(), step.reportId(), step.periodId(), step.to()));
        }
    }

    /** After the step's commit; Keycloak or the database failing throws, and the outbox retries. */
    @Async
    @TransactionalEventListener
    void on(NoticeDue due) {
        notify(new ReportTransitioned(due.tenantId(), due.reportId(), due.periodId(), null, due.to(), null, null));
    }

    /** The mails of one step, queued; the number queued (none when they had been already). */
    int notify(ReportTransitioned step) {
        Tenant tenant = tenants.all().stream().filter(t -> t.id().equals(step.tenantId())).findFirst().orElseThrow();
        Optional<Record> found = mails.inOwnTransaction(tenant, () -> db.select(REPORT.TITLE, REPORTING_PERIOD.YEAR,
                        ReportingCalendarColumns.KIND, REPORT_TRANSITION.ID, REPORT_TRANSITION.COMMENT)
                .from(REPORT)
                .join(REPORTING_PERIOD).on(REPORTING_PERIOD.ID.eq(REPORT.PERIOD_ID))
                .join(REPORT_TRANSITION).on(REPORT_TRANSITION.TENANT_ID.eq(REPORT.TENANT_ID),
                        REPORT_TRANSITION.REPORT_ID.eq(REPORT.ID), ReportColumns.TO_STATUS.eq(step.to()))
                .where(REPORT.TENANT_ID.eq(tenant.id()), REPORT.ID.eq(step.reportId()))
                .orderBy(REPORT_TRANSITION.OCCURRED_AT.desc(), REPORT_TRANSITION.ID.desc())
                .limit(1)
                .fetchOptional().map(Record.class::cast));
        if (found.isEmpty()) {
            // The step's row is committed before this runs: none means the report is gone (deleted since).
            return 0;
        }
        Record report = found.get();
        String period = report.get(ReportingCalendarColumns.KIND).vietnameseName(report.get(REPORTING_PERIOD.YEAR));
        var transition = report.get(REPORT_TRANSITION.ID);
        Mail mail;
        List<String> to;
        ReminderMails.Occasion occasion;
        if (step.to() == ReportStatus.RETURNED) {
            // The comment as recorded with the step: events in the registry carry no text of a tenant.
            String comment = step.comment() != null ? step.comment() : report.get(REPORT_TRANSITION.COMMENT);
            mail = MailTexts.returned(tenant.name(), period, report.get(REPORT.TITLE), comment,
                    baseUrl + "/workspace/reports/" + step.reportId());
            to = recipients.tenantAdmins(tenant);
            occasion = ReminderMails.Occasion.step("RETURNED", step.periodId(), step.reportId(), transition);
        } else {
            // Sent before (then returned, or taken back): the reviewers are told it is sent again, not a first time.
            boolean again = mails.inOwnTransaction(tenant, () -> db.fetchCount(REPORT_TRANSITION,
                    REPORT_TRANSITION.TENANT_ID.eq(tenant.id()), REPORT_TRANSITION.REPORT_ID.eq(step.reportId()),
                    ReportColumns.TO_STATUS.eq(ReportStatus.SENT), REPORT_TRANSITION.ID.le(transition))) > 1;
            String link = baseUrl + "/national/reports/" + tenant.id() + "/" + step.reportId();
            mail = again ? MailTexts.arrivedAgain(tenant.name(), period, report.get(REPORT.TITLE), link)
                    : MailTexts.arrived(tenant.name(), period, report.get(REPORT.TITLE), link);
            to = recipients.nationalReviewers();
            occasion = ReminderMails.Occasion.step("ARRIVED", step.periodId(), step.reportId(), transition);
        }
        int sent = 0;
        for (String recipient : to) {
            sent += mails.queueOnce(tenant, occasion, recipient, mail) ? 1 : 0;
        }
        return sent;
    }
}
