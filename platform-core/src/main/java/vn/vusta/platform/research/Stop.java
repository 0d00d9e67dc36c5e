package vn.vusta.platform.research;

import java.time.LocalDate;

/** A project stopped before its acceptance: the day, and why. */
public record Stop(LocalDate stoppedOn, String reason) {
}
