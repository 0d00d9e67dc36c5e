package vn.vusta.platform.reminders;

/** An e-mail's subject and plain-text body. */
record Mail(String subject, String body) {
}
