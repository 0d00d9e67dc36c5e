package vn.vusta.platform.reminders;

/** Where a mail stands: sent; queued and not tried yet; tried and refused (the outbox tries it again). */
public enum MailState {
    SENT, WAITING, FAILED
}
