package vn.vusta.platform.consultancy.web;

import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;
import vn.vusta.platform.consultancy.Acceptance;
import vn.vusta.platform.consultancy.AssessmentRating;
import vn.vusta.platform.consultancy.Cancellation;
import vn.vusta.platform.consultancy.ReportSubmission;
import vn.vusta.platform.consultancy.StepEntry;
import vn.vusta.platform.files.Upload;

import java.time.LocalDate;

/**
 * The page's form for a step of a task's workflow: the day (today when empty) and a comment; the acceptance asks for
 * the authority's assessment and rating, the cancellation for its reason, the report for its result document.
 */
record ConsultancyStepForm(LocalDate date, @Size(max = 2000) String comment,
                           @Size(max = 4000) String assessment, AssessmentRating rating,
                           @Size(max = 2000) String reason, MultipartFile resultFile) {

    static ConsultancyStepForm empty() {
        return new ConsultancyStepForm(null, "", "", null, "", null);
    }

    StepEntry entry() {
        return new StepEntry(date, comment);
    }

    /** The report with the file chosen, if any (else the task's result document already attached). */
    ReportSubmission submission() {
        boolean chosen = resultFile != null && !resultFile.isEmpty();
        return new ReportSubmission(date, comment, null,
                chosen ? new Upload(resultFile.getOriginalFilename(), resultFile.getSize(), resultFile) : null);
    }

    Acceptance acceptance() {
        return new Acceptance(date, assessment, rating, comment);
    }

    Cancellation cancellation() {
        return new Cancellation(date, reason);
    }
}
