package vn.vusta.platform.personaldata;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The notification deadline of a breach: 72 hours from its detection (Law 91/2025/QH15), overdue only after it. */
class BreachDeadlineTest {

    private static final OffsetDateTime DETECTED = OffsetDateTime.of(2026, 2, 10, 9, 0, 0, 0, ZoneOffset.ofHours(7));

    @Test
    void theDeadlineIsSeventyTwoHoursAfterDetection() {
        assertThat(BreachDeadline.of(DETECTED)).isEqualTo(OffsetDateTime.of(2026, 2, 13, 9, 0, 0, 0, ZoneOffset.ofHours(7)));
        assertThat(BreachDeadline.shown(BreachDeadline.of(DETECTED))).isEqualTo("13/02/2026 09:00");
        // Shown in Vietnam time whatever offset the moment comes in (the database gives UTC).
        assertThat(BreachDeadline.shown(DETECTED.withOffsetSameInstant(ZoneOffset.UTC))).isEqualTo("10/02/2026 09:00");
    }

    @Test
    void aBreachNotNotifiedIsOverdueOnlyOnceItsDeadlinePassed() {
        OffsetDateTime deadline = BreachDeadline.of(DETECTED);
        assertThat(BreachDeadline.overdue(DETECTED, null, DETECTED.plusHours(71))).isFalse();
        assertThat(BreachDeadline.overdue(DETECTED, null, deadline)).as("at the deadline itself").isFalse();
        assertThat(BreachDeadline.overdue(DETECTED, null, deadline.plusMinutes(1))).isTrue();
        assertThat(BreachDeadline.overdue(DETECTED, DETECTED.plusHours(80), deadline.plusDays(30)))
                .as("notified, however late, is no longer overdue").isFalse();
    }
}
