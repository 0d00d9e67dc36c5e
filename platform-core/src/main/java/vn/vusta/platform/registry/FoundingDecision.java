package vn.vusta.platform.registry;

import java.time.LocalDate;

/** The decision that founded a unit (quyết định thành lập): its number, date and issuer. */
public record FoundingDecision(String number, LocalDate date, String issuer) {
}
