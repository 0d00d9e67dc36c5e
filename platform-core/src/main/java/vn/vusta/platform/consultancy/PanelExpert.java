package vn.vusta.platform.consultancy;

import java.util.UUID;

/**
 * An expert on a task's panel, named as the union writes them: titles before the name ("PGS.TS. Lê Công Cường").
 *
 * @param expert whether the member is still flagged expert (one who no longer is stays on the panels they served on)
 */
public record PanelExpert(UUID memberId, String fullName, String writtenName, String specialty, boolean expert) {
}
