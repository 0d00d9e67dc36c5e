package vn.vusta.platform.web;

import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import vn.vusta.platform.consultancy.Acceptance;
import vn.vusta.platform.consultancy.AssessmentRating;
import vn.vusta.platform.consultancy.Cancellation;
import vn.vusta.platform.consultancy.StepEntry;

import java.time.LocalDate;

/**
 * The page's form for a step of a task's workflow: the day (today when empty) and a comment; the acceptance asks for
 * the authority's assessment and rating, the cancellation for its reason.
 */
record ConsultancyStepForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @Size(max = 2000) String comment,
                           @Size(max = 4000) String assessment, AssessmentRating rating,
                           @Size(max = 2000) String reason) {

    static ConsultancyStepForm empty() {
        return new ConsultancyStepForm(null, "", "", null, "");
    }

    StepEntry entry() {
        return new StepEntry(date, comment);
    }

    Acceptance acceptance() {
        return new Acceptance(date, assessment, rating, comment);
    }

    Cancellation cancellation() {
        return new Cancellation(date, reason);
    }
}
