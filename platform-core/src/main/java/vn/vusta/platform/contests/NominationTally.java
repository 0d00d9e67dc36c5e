package vn.vusta.platform.contests;

/** How many works a union forwarded to a national award in a year, and how many were awarded. */
public record NominationTally(int year, NationalAward award, int nominated, int awarded) {
}
