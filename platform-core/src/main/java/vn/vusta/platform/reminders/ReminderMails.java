package vn.vusta.platform.reminders;

import org.jooq.DSLContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vusta.platform.db.jooq.Keys;
import vn.vusta.platform.tenancy.AccessScope;
import vn.vusta.platform.tenancy.Tenant;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import static vn.vusta.platform.db.jooq.Tables.REMINDER_MAIL;

/**
 * Queues a mail to one recipient at most once per occasion, and sends it after the commit: the row of reminder_mail
 * (the unique key makes "once" a database guarantee, whichever instance or run tries again) keeps the mail's text
 * until it is sent, and a {@link MailQueued} event, stored in the event publication registry in the same
 * transaction, has the mail sent by {@link OutgoingMails} in another thread once the row is committed. No SMTP
 * conversation happens inside a database transaction or in a user's request; a mail the server refuses is retried
 * until it goes.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class ReminderMails {

    /** Why a mail is sent: a deadline some days ahead, or a workflow step (RETURNED, ARRIVED). */
    record Occasion(String kind, UUID periodId, UUID reportId, UUID transitionId, Integer daysBefore) {

        static Occasion deadline(UUID periodId, UUID reportId, int daysBefore) {
            return new Occasion("DEADLINE", periodId, reportId, null, daysBefore);
        }

        static Occasion step(String kind, UUID periodId, UUID reportId, UUID transitionId) {
            return new Occasion(kind, periodId, reportId, Objects.requireNonNull(transitionId), null);
        }
    }

    private final DSLContext db;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate separately;

    ReminderMails(DSLContext db, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.db = db;
        this.events = events;
        // A transaction of its own even when called after another one's commit (a listener after a workflow step).
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** True if this call queued the mail; false if it had been queued (or sent) already. */
    boolean queueOnce(Tenant tenant, Occasion occasion, String recipient, Mail mail) {
        return inOwnTransaction(tenant, () -> {
            UUID queued = db.insertInto(REMINDER_MAIL)
                    .set(REMINDER_MAIL.TENANT_ID, tenant.id())
                    .set(REMINDER_MAIL.KIND, occasion.kind())
                    .set(REMINDER_MAIL.PERIOD_ID, occasion.periodId())
                    .set(REMINDER_MAIL.REPORT_ID, occasion.reportId())
                    .set(REMINDER_MAIL.TRANSITION_ID, occasion.transitionId())
                    .set(REMINDER_MAIL.DAYS_BEFORE, occasion.daysBefore() == null ? null : occasion.daysBefore().shortValue())
                    .set(REMINDER_MAIL.RECIPIENT, recipient)
                    .set(REMINDER_MAIL.SUBJECT, mail.subject())
                    .set(REMINDER_MAIL.BODY, mail.body())
                    .onConflictOnConstraint(Keys.REMINDER_MAIL_ONCE)
                    .doNothing()
                    .returning(REMINDER_MAIL.ID)
                    .fetchOptional(REMINDER_MAIL.ID).orElse(null);
            if (queued == null) {
                return false;
            }
            events.publishEvent(new MailQueued(tenant.id(), queued));
            return true;
        });
    }

    /**
     * Work in a transaction of its own in the union's scope, even when called while another transaction is
     * completing: a listener after a workflow step's commit must not join that finished transaction.
     */
    <T> T inOwnTransaction(Tenant tenant, Supplier<T> work) {
        return ScopedValue.where(AccessScope.CURRENT, new AccessScope.TenantAccess(tenant))
                .call(() -> separately.execute(status -> work.get()));
    }
}
