package vn.vusta.platform.consultancy;

import vn.vusta.platform.files.StoredFile;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A consultancy, critique or social assessment task of the union's plan for {@code planYear}, assigned by an authority
 * with a document (number and date), due on {@code dueOn}; the day of each step it has taken; the cancellation's
 * reason; the authority's assessment given with the acceptance; its expert panel; its result document (the report
 * submitted) and its other files.
 *
 * @param overdue    past its due date (on the day it was read) without a report, and not cancelled
 * @param nextSteps  the steps its status allows next (what a user may do also depends on their role)
 */
public record Task(UUID id, int planYear, TaskKind kind, String subject, AuthorityKind authorityKind, String authority,
                   String assignmentNumber, LocalDate assignedOn, LocalDate dueOn, LeadUnit leadUnit, TaskStatus status,
                   LocalDate startedOn, LocalDate reportSubmittedOn, LocalDate acceptedOn, LocalDate cancelledOn,
                   String cancelReason, String assessment, AssessmentRating assessmentRating, List<PanelExpert> panel,
                   StoredFile resultDocument, List<StoredFile> attachments, boolean overdue, List<Transition> nextSteps) {
}
