package vn.vusta.platform.contests;

import java.time.LocalDate;

/** The launch of an edition (lễ phát động, thông báo phát động): the day and the decision or notice. */
public record EditionLaunch(LocalDate launchedOn, String notice) {
}
