package vn.vusta.platform.identity;

/**
 * Who is acting in the current request, for the audit log. Bound by the web layer from the authenticated
 * principal next to the access scope; work that no user started (a migration, a script) acts as {@link #SYSTEM}.
 */
public record Actor(String username) {

    public static final Actor SYSTEM = new Actor("system");

    public static final ScopedValue<Actor> CURRENT = ScopedValue.newInstance();

    public static Actor current() {
        return CURRENT.isBound() ? CURRENT.get() : SYSTEM;
    }
}
