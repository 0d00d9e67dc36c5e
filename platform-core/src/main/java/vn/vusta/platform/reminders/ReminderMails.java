package vn.vusta.platform.reminders;

import jakarta.mail.MessagingException;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vusta.platform.db.jooq.Keys;
import vn.vusta.platform.tenancy.AccessScope;
import vn.vusta.platform.tenancy.Tenant;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import static vn.vusta.platform.db.jooq.Tables.REMINDER_MAIL;

/**
 * Sends a mail to one recipient at most once per occasion: the row of reminder_mail and the sending share one
 * transaction of the union's scope. Another instance or a second run finds the row (or waits for it at the unique
 * key) and sends nothing; a failed sending rolls the row back, so the next run tries again.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class ReminderMails {

    private static final System.Logger LOG = System.getLogger(ReminderMails.class.getName());

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
    private final JavaMailSender sender;
    private final TransactionTemplate separately;
    private final String from;

    ReminderMails(DSLContext db, JavaMailSender sender, PlatformTransactionManager transactions,
                  @Value("${vusta.reminders.from}") String from) {
        this.db = db;
        this.sender = sender;
        // A transaction of its own even when called after another one's commit (a workflow step's listener).
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.from = from;
    }

    /** True if this call sent the mail; false if it had been sent already or could not be sent now. */
    boolean sendOnce(Tenant tenant, Occasion occasion, String recipient, Mail mail) {
        try {
            return inOwnTransaction(tenant, () -> {
                boolean recorded = db.insertInto(REMINDER_MAIL)
                        .set(REMINDER_MAIL.TENANT_ID, tenant.id())
                        .set(REMINDER_MAIL.KIND, occasion.kind())
                        .set(REMINDER_MAIL.PERIOD_ID, occasion.periodId())
                        .set(REMINDER_MAIL.REPORT_ID, occasion.reportId())
                        .set(REMINDER_MAIL.TRANSITION_ID, occasion.transitionId())
                        .set(REMINDER_MAIL.DAYS_BEFORE, occasion.daysBefore() == null ? null : occasion.daysBefore().shortValue())
                        .set(REMINDER_MAIL.RECIPIENT, recipient)
                        .onConflictOnConstraint(Keys.REMINDER_MAIL_ONCE)
                        .doNothing()
                        .execute() == 1;
                if (recorded) {
                    send(recipient, mail);
                }
                return recorded;
            });
        } catch (RuntimeException e) {
            // One line, no address (personal data) and no stack trace: a mail server away is an expected fault.
            LOG.log(System.Logger.Level.WARNING, "A " + occasion.kind() + " mail of " + tenant.code() + " about report "
                    + occasion.reportId() + " was not sent (a deadline reminder is tried again on the next run): "
                    + e.getClass().getName() + (e.getCause() == null ? "" : " caused by " + e.getCause().getClass().getName()));
            return false;
        }
    }

    /**
     * Work in a transaction of its own in the union's scope, even when called while another transaction is
     * completing: a listener after a workflow step's commit must not join that finished transaction.
     */
    <T> T inOwnTransaction(Tenant tenant, Supplier<T> work) {
        return ScopedValue.where(AccessScope.CURRENT, new AccessScope.TenantAccess(tenant))
                .call(() -> separately.execute(status -> work.get()));
    }

    private void send(String recipient, Mail mail) {
        var message = sender.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(recipient);
            helper.setSubject(mail.subject());
            helper.setText(mail.body());
        } catch (MessagingException e) {
            throw new IllegalStateException("A mail could not be written", e);
        }
        sender.send(message);
    }
}
