package vn.vusta.platform.contests;

/**
 * A new edition: its number (lần thứ N; null for a contest that counts by years), its years, and its name, derived
 * from the contest, the number and the years when left empty.
 */
public record EditionDraft(Integer number, int startYear, int endYear, String name) {
}
