package vn.vusta.platform.api;

/** An object the user's scope does not contain: absent, or another tenant's (the two look the same). */
public class NotFoundException extends RuntimeException {

    private final String kind;

    public NotFoundException(String kind, Object id) {
        super(kind + " " + id + " not found");
        this.kind = kind;
    }

    String kind() {
        return kind;
    }
}
