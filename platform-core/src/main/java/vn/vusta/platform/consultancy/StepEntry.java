package vn.vusta.platform.consultancy;

import java.time.LocalDate;

/** A step as a user records it: the day it happened (today when null) and an optional comment. */
public record StepEntry(LocalDate on, String comment) {
}
