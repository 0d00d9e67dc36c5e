package vn.vusta.platform.reminders;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * The reminder and notice mails' settings ({@code vusta.reminders.*}). The hourly schedule
 * ({@code vusta.reminders.schedule}) stays a placeholder of {@link DeadlineReminders}' {@code @Scheduled}, which reads it
 * before any bean exists.
 *
 * @param baseUrl            the platform's address the mails link to (a trailing slash is dropped)
 * @param daysBeforeDeadline how many days before a deadline a union is reminded (7,1: a week and a day before)
 * @param from               the sender of the mails
 */
@ConfigurationProperties("vusta.reminders")
record ReminderProperties(String baseUrl, List<Integer> daysBeforeDeadline, String from) {

    /** The base address without its trailing slashes, so paths can be appended. */
    String links() {
        return baseUrl.replaceAll("/+$", "");
    }
}
