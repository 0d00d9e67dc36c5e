package vn.vusta.platform.contests.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The page's form for the launch of an edition. */
record ContestLaunchForm(@NotNull LocalDate launchedOn,
                         @NotBlank @Size(max = 1000) String notice) {
}
