package vn.vusta.platform.members;

import java.time.LocalDate;

/**
 * The text a consent was given under. Consents given under Decree 13/2023/NĐ-CP before the Personal Data Protection
 * Law took effect stay valid under it, without being asked again (Law 91/2025/QH15, Art. 39.1); the records say which they are.
 */
public enum ConsentLaw {
    DECREE_13_2023,
    LAW_91_2025;

    /** The day Law 91/2025/QH15 took effect. */
    public static final LocalDate LAW_91_IN_FORCE = LocalDate.of(2026, 1, 1);

    static ConsentLaw on(LocalDate day) {
        return day.isBefore(LAW_91_IN_FORCE) ? DECREE_13_2023 : LAW_91_2025;
    }
}
