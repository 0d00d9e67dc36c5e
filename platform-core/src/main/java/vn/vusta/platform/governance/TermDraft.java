package vn.vusta.platform.governance;

import java.time.LocalDate;

/** What a user enters for a new term: its years, the congress that opened it and the day it met. */
public record TermDraft(int startYear, int endYear, String congress, LocalDate startsOn) {
}
