package vn.vusta.platform.lifecycle;

/** Deleting a tenant needs its code typed again, exactly. */
public class DeletionNotConfirmedException extends RuntimeException {

    private final String code;

    DeletionNotConfirmedException(String code) {
        super("Deleting " + code + " was not confirmed with its code");
        this.code = code;
    }

    public String code() {
        return code;
    }
}
