package vn.vusta.platform.commendations;

/** A year's commendations: how many decisions, collectives and individuals ("9 tập thể và 2 cá nhân"). */
public record CommendationTotals(int year, int decisions, int collectives, int individuals) {
}
