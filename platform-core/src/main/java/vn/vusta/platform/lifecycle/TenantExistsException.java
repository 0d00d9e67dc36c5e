package vn.vusta.platform.lifecycle;

/** Onboarding a code that is taken: refused, not a second tenant. */
public class TenantExistsException extends RuntimeException {

    private final String code;

    TenantExistsException(String code) {
        super("A tenant with the code " + code + " exists already");
        this.code = code;
    }

    public String code() {
        return code;
    }
}
