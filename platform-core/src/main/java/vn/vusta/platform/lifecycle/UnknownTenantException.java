package vn.vusta.platform.lifecycle;

/** No tenant has this code. */
public class UnknownTenantException extends RuntimeException {

    private final String code;

    public UnknownTenantException(String code) {
        super("No tenant with the code " + code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
