package vn.vusta.platform.reminders;

import jakarta.mail.MessagingException;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.vusta.platform.db.jooq.tables.records.ReminderMailRecord;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.tenancy.Tenants;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import static vn.vusta.platform.db.jooq.Tables.REMINDER_MAIL;

/**
 * Sends a queued mail once its row is committed, on the task executor, outside any database transaction: the row is
 * read in the union's scope, the SMTP conversation held with no connection taken, then the row marked sent. A
 * server that refuses or is away throws, and the event publication registry keeps the mail until the outbox's
 * retry sends it; each attempt is counted on the row, a failed one with the server's answer ({@link MailLog}). A
 * mail already marked sent (a retry after the marking) is not sent again; a crash between the sending and the
 * marking sends it twice, the outbox's at-least-once. MailMeters counts what is sent and fails.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class OutgoingMails {

    private static final Logger log = LoggerFactory.getLogger(OutgoingMails.class);

    private final Tenants tenants;
    private final DSLContext db;
    private final ReminderMails mails;
    private final JavaMailSender sender;
    private final String from;

    OutgoingMails(Tenants tenants, DSLContext db, ReminderMails mails, JavaMailSender sender,
                  ReminderProperties properties) {
        this.tenants = tenants;
        this.db = db;
        this.mails = mails;
        this.sender = sender;
        this.from = properties.from();
    }

    @Async
    @TransactionalEventListener
    void on(MailQueued queued) {
        Tenant tenant = tenants.all().stream().filter(t -> t.id().equals(queued.tenantId())).findFirst().orElse(null);
        if (tenant == null) {
            log.warn("Mail {} not sent: its tenant {} is gone", queued.mailId(), queued.tenantId());
            return;
        }
        ReminderMailRecord mail = mails.inOwnTransaction(tenant, () -> db.selectFrom(REMINDER_MAIL)
                .where(REMINDER_MAIL.TENANT_ID.eq(tenant.id()), REMINDER_MAIL.ID.eq(queued.mailId()))
                .fetchOptional().orElse(null));
        if (mail == null || mail.getSentAt() != null) {
            // Sent already, or its occasion is gone (a removed period takes its mails with it).
            return;
        }
        try {
            send(mail);
        } catch (RuntimeException e) {
            attempted(tenant, mail, failure(e));
            throw e;
        }
        attempted(tenant, mail, null);
    }

    /** Counts the attempt: sent (failure null) or the mail server's answer, which the national union's log shows. */
    private void attempted(Tenant tenant, ReminderMailRecord mail, String failure) {
        OffsetDateTime now = OffsetDateTime.now();
        mails.inOwnTransaction(tenant, () -> db.update(REMINDER_MAIL)
                .set(REMINDER_MAIL.SENT_AT, failure == null ? DSL.val(now) : REMINDER_MAIL.SENT_AT)
                .set(REMINDER_MAIL.ATTEMPTS, REMINDER_MAIL.ATTEMPTS.plus(1))
                .set(REMINDER_MAIL.LAST_ATTEMPT_AT, now)
                .set(REMINDER_MAIL.LAST_FAILURE, failure)
                .where(REMINDER_MAIL.TENANT_ID.eq(tenant.id()), REMINDER_MAIL.ID.eq(mail.getId()))
                .execute());
    }

    /** The innermost cause's words (the server's refusal, the connection that failed), bounded. */
    private static String failure(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String words = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return words.length() > 500 ? words.substring(0, 500) : words;
    }

    private void send(ReminderMailRecord mail) {
        var message = sender.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(mail.getRecipient());
            helper.setSubject(mail.getSubject());
            helper.setText(mail.getBody());
        } catch (MessagingException e) {
            throw new IllegalStateException("Mail " + mail.getId() + " could not be written", e);
        }
        try {
            sender.send(message);
        } catch (RuntimeException e) {
            log.warn("Mail {} ({}) not sent now; the outbox retries it", mail.getId(), mail.getKind());
            throw e;
        }
    }
}
