package vn.vusta.platform.contests;

/** What came of a nomination, with a note ("Giải Ba", "Vinh danh trong Sách vàng"). */
public record NominationOutcome(NominationResult result, String note) {
}
