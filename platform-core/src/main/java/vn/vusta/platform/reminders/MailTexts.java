package vn.vusta.platform.reminders;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** The wording of the e-mails (mails.properties), in Vietnamese: they go to the unions' and the national union's staff. */
final class MailTexts {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("vn.vusta.platform.reminders.mails", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private MailTexts() {
    }

    static Mail deadline(String tenantName, String period, LocalDate deadline, long daysLeft, String link) {
        return new Mail(format("deadline.subject", period, DATE.format(deadline), daysLeft),
                format("deadline.body", tenantName, period, DATE.format(deadline), daysLeft, link));
    }

    static Mail returned(String tenantName, String period, String title, String comment, String link) {
        return new Mail(format("returned.subject", period),
                format("returned.body", tenantName, period, title, comment, link));
    }

    static Mail arrived(String tenantName, String period, String title, String link) {
        return new Mail(format("arrived.subject", period, tenantName),
                format("arrived.body", tenantName, period, title, link));
    }

    /** A report sent again (after its return, or taken back and sent again): the reviewers read it as a new version. */
    static Mail arrivedAgain(String tenantName, String period, String title, String link) {
        return new Mail(format("arrived-again.subject", period, tenantName),
                format("arrived-again.body", tenantName, period, title, link));
    }

    private static String format(String key, Object... arguments) {
        return new MessageFormat(BUNDLE.getString(key), VIETNAMESE).format(arguments);
    }
}
