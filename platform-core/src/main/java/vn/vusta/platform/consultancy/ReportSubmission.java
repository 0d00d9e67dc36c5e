package vn.vusta.platform.consultancy;

import vn.vusta.platform.files.Upload;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The report of a task submitted to the authority, on a day (today when null), with a comment. The result document is
 * the file uploaded with it, or else the attachment named by {@code resultFileId}, or else the task's result document
 * already attached; a report is not submitted without one.
 */
public record ReportSubmission(LocalDate on, String comment, UUID resultFileId, Upload upload) {
}
