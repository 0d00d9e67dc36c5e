package vn.vusta.platform.commendations;

import java.time.LocalDate;

/**
 * A decision of commendation as entered: kind, the deciding document (number, date, issuer), the year whose
 * achievements it rewards (năm 2022, decided on 27/12/2022 or early the next year), and the reason.
 */
public record DecisionDraft(CommendationKind kind, String number, LocalDate decidedOn, String issuer, int year,
                            String reason) {
}
