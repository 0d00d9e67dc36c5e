package vn.vusta.platform.contests;

import java.time.LocalDate;

/** A new judging round: its number in the edition, its name (Vòng sơ khảo, Vòng chung khảo), the day it was held. */
public record RoundDraft(int number, String name, LocalDate heldOn) {
}
