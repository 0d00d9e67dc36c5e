package vn.vusta.platform.governance;

/** A change of the governance that the rules refuse; nothing of it was written. */
public class GovernanceRefusedException extends RuntimeException {

    private final Refusal refusal;

    GovernanceRefusedException(Refusal refusal) {
        super("Refused: " + refusal);
        this.refusal = refusal;
    }

    /** The refusal a database error stands for, or the error itself when it is no known refusal. */
    static RuntimeException translated(RuntimeException databaseError) {
        return Refusal.ofDatabaseError(databaseError).<RuntimeException>map(GovernanceRefusedException::new)
                .orElse(databaseError);
    }

    public Refusal refusal() {
        return refusal;
    }
}
