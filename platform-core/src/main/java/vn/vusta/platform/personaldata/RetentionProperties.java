package vn.vusta.platform.personaldata;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Period;

/**
 * How long each kind of record keeps personal data once its purpose is served
 * ({@code vusta.personal-data.retention.*}). The Personal Data Protection Law 91/2025/QH15 stores personal data for a
 * time suited to the purpose (Art. 3.3) and deletes it once the purpose is fulfilled or its retention period ends
 * (Art. 14.1 b, c). The daily schedule ({@code vusta.personal-data.retention.schedule}) stays a placeholder of
 * {@link RetentionJob}'s {@code @Scheduled}.
 *
 * @param membersLeft how long a member who left (INACTIVE) or died (DECEASED) keeps name, contacts and the rest after
 *                    the record's last change, before being anonymised. Five years by default: a union's congress
 *                    term (nhiệm kỳ) is five years, and its reports and the term's governing bodies still name the
 *                    members of that term; after it nothing the union does needs the person's identity, while the
 *                    counts (status, degree, units) stay.
 * @param sentMails   how long a sent reminder or notice keeps its row (recipient address, subject, body). Two years
 *                    by default: the reporting calendar is yearly, and a union asks about the mails of this year's
 *                    and last year's reports; reminders are only ever sent before a deadline, so an older row is not
 *                    needed to send a mail once.
 */
@ConfigurationProperties("vusta.personal-data.retention")
public record RetentionProperties(@DefaultValue("P5Y") Period membersLeft, @DefaultValue("P2Y") Period sentMails) {
}
