package vn.vusta.platform.personaldata;

import java.time.LocalDate;

/** How and when a request was answered; a refusal says why. */
public record RequestAnswer(LocalDate answeredOn, RequestOutcome outcome, String answer) {
}
