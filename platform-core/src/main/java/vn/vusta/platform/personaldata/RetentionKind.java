package vn.vusta.platform.personaldata;

/** The kinds of record that hold personal data for a time, and what becomes of them at the end of it. */
public enum RetentionKind {
    /** Members who left or died: anonymised by {@link RetentionJob} (counts stay). */
    MEMBERS_LEFT(Outcome.ANONYMISED),
    /** Reminder and notice mails sent (recipient's address, subject, body): deleted by {@link RetentionJob}. */
    SENT_MAILS(Outcome.DELETED),
    /** Spreadsheets uploaded and never confirmed (names, contacts): deleted hourly by the imports' own job. */
    PENDING_UPLOADS(Outcome.DELETED),
    /** The pages' sessions: Redis drops them after their time without activity. */
    SESSIONS(Outcome.EXPIRED),
    /** Signed documents (issue 19): kept without limit, never touched. */
    SIGNED_DOCUMENTS(Outcome.KEPT);

    /** What happens at the end of the period. */
    public enum Outcome { ANONYMISED, DELETED, EXPIRED, KEPT }

    private final Outcome outcome;

    RetentionKind(Outcome outcome) {
        this.outcome = outcome;
    }

    public Outcome outcome() {
        return outcome;
    }
}
