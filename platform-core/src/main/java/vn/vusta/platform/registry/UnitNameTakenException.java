package vn.vusta.platform.registry;

/** Two units of one union cannot share a name. */
public class UnitNameTakenException extends RuntimeException {

    private final String name;

    UnitNameTakenException(String name) {
        super("A unit named '" + name + "' exists already");
        this.name = name;
    }

    public String name() {
        return name;
    }
}
