package vn.vusta.platform.contests;

import java.time.LocalDate;
import java.util.UUID;

/** A prize of an edition awarded to one of its entries, with the day and decision when known. */
public record Prize(UUID id, UUID entryId, String entryTitle, PrizeGrade grade, LocalDate awardedOn, String decision) {
}
