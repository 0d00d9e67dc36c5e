package vn.vusta.platform.events;

import java.util.UUID;

/**
 * Who organised an event, or co-organised it: a unit of the registry ({@code unitId} and its name), an outside body
 * by name ("Sở Khoa học và Công nghệ"; {@code unitId} null), or, as organiser, the union itself (both null).
 */
public record Organiser(UUID unitId, String name) {

    static final Organiser THE_UNION = new Organiser(null, null);

    public boolean theUnion() {
        return unitId == null && name == null;
    }
}
