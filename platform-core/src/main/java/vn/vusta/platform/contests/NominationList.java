package vn.vusta.platform.contests;

import java.util.List;

/** The nominations of a year (or of every year), with the tallies by year and award, newest first. */
public record NominationList(Integer year, List<NominationTally> tallies, List<Nomination> nominations) {
}
