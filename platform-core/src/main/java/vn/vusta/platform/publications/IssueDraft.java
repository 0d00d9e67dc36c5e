package vn.vusta.platform.publications;

import java.time.LocalDate;

/** An issue as the user gives it: its number as printed, the day it came out, the copies printed, its theme. */
public record IssueDraft(String number, LocalDate publishedOn, Integer copies, String title, String notes) {
}
