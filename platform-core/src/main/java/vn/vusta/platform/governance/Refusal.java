package vn.vusta.platform.governance;

import vn.vusta.platform.refusal.ConstraintRefusals;
import vn.vusta.platform.refusal.RefusedException;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Why a change of the governance is refused, with the field of the request it concerns and the database constraint
 * that refuses it too: the service checks what it can say more clearly first, and the constraint holds against
 * whatever gets past (two editors at once, say). The message is {@code governance.refusal.<name>} in the message
 * bundles. It is thrown as a {@link RefusedException}.
 *
 * @param conflict true where the input is well-formed but clashes with what is recorded (HTTP 409), false where
 *                 the input itself is wrong (HTTP 400)
 */
enum Refusal {
    TERM_YEARS_IMPLAUSIBLE("startYear", false, "governance_term_years_plausible"),
    TERM_YEARS_OUT_OF_ORDER("endYear", false, "governance_term_years_ordered"),
    TERM_NAME_TAKEN("startYear", true, "governance_term_name_key"),
    TERM_CONGRESS_MISSING("congress", false, "governance_term_congress_present"),
    TERM_OVERLAPS("startsOn", true, null),
    TERM_END_BEFORE_START("endsOn", false, "governance_term_period_ordered"),
    TERM_ENDED_ALREADY("endsOn", true, null),
    TERM_END_BEFORE_MANDATES("endsOn", true, "governance_term_covers_mandates"),
    BODY_KIND_TAKEN("kind", true, "governance_body_kind_key"),
    BODY_SEATS_OUT_OF_RANGE("seats", false, "governance_body_seats_range"),
    MEMBER_UNAVAILABLE("memberId", false, "governance_mandate_member_fkey"),
    MEMBER_SEATED_ALREADY("memberId", true, "governance_mandate_one_seat_per_member"),
    CHAIR_TAKEN("position", true, "governance_mandate_one_chair"),
    SECRETARY_GENERAL_TAKEN("position", true, "governance_mandate_one_secretary_general"),
    MANDATE_STARTS_OUTSIDE_TERM("startsOn", false, "governance_mandate_starts_within_term"),
    MANDATE_ENDS_OUTSIDE_TERM("endsOn", false, "governance_mandate_ends_within_term"),
    MANDATE_END_BEFORE_START("endsOn", false, "governance_mandate_period_ordered"),
    MANDATE_ENDED_ALREADY("endsOn", true, null),
    MANDATE_REPLACED("id", true, null),
    DECISION_MISSING("decision.text", false, "governance_mandate_start_decision_present"),
    END_DECISION_MISSING("decision.text", false, "governance_mandate_end_decision_present"),
    REPLACED_MANDATE_NOT_VACATED("replacesMandateId", false, "governance_mandate_replaces_vacated_seat"),
    REPLACED_MANDATE_FILLED("replacesMandateId", true, "governance_mandate_replaces_once");

    private final String field;
    private final boolean conflict;
    private final String constraint;

    Refusal(String field, boolean conflict, String constraint) {
        this.field = field;
        this.conflict = conflict;
        this.constraint = constraint;
    }

    /** The refusal to throw: 409 where it clashes with what is recorded, else 400. */
    RefusedException refused() {
        String messageKey = "governance.refusal." + name().toLowerCase().replace('_', '-');
        return conflict ? RefusedException.conflict(field, messageKey) : RefusedException.badRequest(field, messageKey);
    }

    private static final ConstraintRefusals BY_CONSTRAINT = ConstraintRefusals.of(Arrays.stream(values())
            .filter(r -> r.constraint != null)
            .collect(Collectors.toMap(r -> r.constraint, Refusal::refused)));

    /** The refusal a database error stands for, found by the constraint it names, or the error itself. */
    static RuntimeException translated(RuntimeException databaseError) {
        return BY_CONSTRAINT.translated(databaseError);
    }
}
