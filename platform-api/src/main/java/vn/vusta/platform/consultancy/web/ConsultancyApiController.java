package vn.vusta.platform.consultancy.web;


import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.consultancy.Acceptance;
import vn.vusta.platform.consultancy.AssessmentRating;
import vn.vusta.platform.consultancy.AuthorityKind;
import vn.vusta.platform.consultancy.Cancellation;
import vn.vusta.platform.consultancy.ConsultancyPlan;
import vn.vusta.platform.consultancy.ConsultancyTasks;
import vn.vusta.platform.consultancy.PlanSummary;
import vn.vusta.platform.consultancy.ReportSubmission;
import vn.vusta.platform.consultancy.Step;
import vn.vusta.platform.consultancy.StepEntry;
import vn.vusta.platform.consultancy.Task;
import vn.vusta.platform.consultancy.TaskDraft;
import vn.vusta.platform.consultancy.TaskFiles;
import vn.vusta.platform.consultancy.TaskKind;
import vn.vusta.platform.consultancy.TaskQuery;
import vn.vusta.platform.consultancy.TaskStatus;
import vn.vusta.platform.consultancy.TaskWorkflow;
import vn.vusta.platform.files.Upload;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.vusta.platform.calendar.VietnamTime;

/**
 * The union's consultancy, critique and social assessment tasks (tư vấn, phản biện và giám định xã hội): the plan of
 * a year against what is done, each task with its panel, files and history, and the steps of its workflow.
 */
@RestController
@RequestMapping("/api/v1/consultancy")
class ConsultancyApiController {


    record TaskRequest(@NotNull @Min(1990) @Max(2200) Integer planYear, @NotNull TaskKind kind,
                       @NotBlank @Size(max = 1000) String subject, @NotNull AuthorityKind authorityKind,
                       @NotBlank @Size(max = 300) String authority, @NotBlank @Size(max = 100) String assignmentNumber,
                       @NotNull LocalDate assignedOn, @NotNull LocalDate dueOn, UUID leadUnitId,
                       List<@NotNull UUID> panelMemberIds) {

        TaskDraft draft() {
            return new TaskDraft(planYear, kind, subject.strip(), authorityKind, authority.strip(), assignmentNumber.strip(),
                    assignedOn, dueOn, leadUnitId, panelMemberIds == null ? List.of() : panelMemberIds);
        }
    }

    /** A step: the day it happened (today when absent) and a comment; the body may be left out. */
    record StepRequest(LocalDate date, @Size(max = 2000) String comment) {

    }

    /**
     * A report submitted: the day (today when absent), a comment, and the result document, one of the task's
     * attachments (absent: the one uploaded as its result).
     */
    record SubmitReportRequest(LocalDate date, @Size(max = 2000) String comment, UUID resultFileId) {
    }

    /** The authority's acceptance: its assessment is required, the rating is not. */
    record AcceptRequest(LocalDate date, @Size(max = 4000) String assessment, AssessmentRating rating,
                         @Size(max = 2000) String comment) {
    }

    /** A cancellation: its reason is required. */
    record CancelRequest(LocalDate date, @Size(max = 2000) String reason) {
    }

    private final ConsultancyTasks tasks;
    private final TaskWorkflow workflow;
    private final TaskFiles files;
    private final ConsultancyPlan plan;

    ConsultancyApiController(ConsultancyTasks tasks, TaskWorkflow workflow, TaskFiles files, ConsultancyPlan plan) {
        this.tasks = tasks;
        this.workflow = workflow;
        this.files = files;
        this.plan = plan;
    }

    @GetMapping("/tasks")
    @Operation(summary = "The tasks, newest plan first, then in order of assignment; filtered by plan year, status, "
            + "kind of assigning authority and kind of task")
    List<Task> list(@RequestParam(required = false) Integer year, @RequestParam(required = false) TaskStatus status,
                    @RequestParam(required = false) AuthorityKind authorityKind, @RequestParam(required = false) TaskKind kind) {
        return tasks.list(new TaskQuery(year, status, authorityKind, kind));
    }

    @GetMapping("/tasks/{id}")
    @Operation(summary = "One task with its expert panel and the steps it may take next")
    Task get(@PathVariable UUID id) {
        return tasks.find(id).orElseThrow(() -> notFound(id));
    }

    @GetMapping("/tasks/{id}/history")
    @Operation(summary = "A task's assignment and every step since, oldest first: the day, who recorded it and when, the comment")
    List<Step> history(@PathVariable UUID id) {
        return tasks.history(id).orElseThrow(() -> notFound(id));
    }

    @PostMapping("/tasks")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a task assigned to the union, with its expert panel (members flagged expert)")
    Task create(@Valid @RequestBody TaskRequest request) {
        return tasks.create(request.draft());
    }

    @PutMapping("/tasks/{id}")
    @Operation(summary = "Change a task that is neither accepted nor cancelled, its panel included")
    Task update(@PathVariable UUID id, @Valid @RequestBody TaskRequest request) {
        return tasks.update(id, request.draft()).orElseThrow(() -> notFound(id));
    }

    @PostMapping("/tasks/{id}/start")
    @Operation(summary = "The work on an assigned task begins")
    Task start(@PathVariable UUID id, @Valid @RequestBody(required = false) StepRequest request) {
        var entry = request == null ? new StepEntry(null, null) : new StepEntry(request.date(), request.comment());
        return workflow.start(id, entry).orElseThrow(() -> notFound(id));
    }

    @PostMapping("/tasks/{id}/submit-report")
    @Operation(summary = "The union submits the report of a task in progress to the authority, with its result "
            + "document: one of the task's attachments (resultFileId), or the one uploaded as its result")
    Task submitReport(@PathVariable UUID id, @Valid @RequestBody(required = false) SubmitReportRequest request) {
        var submission = request == null ? new ReportSubmission(null, null, null, null)
                : new ReportSubmission(request.date(), request.comment(), request.resultFileId(), null);
        return workflow.submitReport(id, submission).orElseThrow(() -> notFound(id));
    }

    @PostMapping("/tasks/{id}/accept")
    @Operation(summary = "The authority accepts a submitted report, with its assessment (required) and rating")
    Task accept(@PathVariable UUID id, @Valid @RequestBody AcceptRequest request) {
        return workflow.accept(id, new Acceptance(request.date(), request.assessment(), request.rating(), request.comment()))
                .orElseThrow(() -> notFound(id));
    }

    @PostMapping("/tasks/{id}/cancel")
    @Operation(summary = "Cancel a task that is not accepted yet, for a reason (required)")
    Task cancel(@PathVariable UUID id, @Valid @RequestBody CancelRequest request) {
        return workflow.cancel(id, new Cancellation(request.date(), request.reason())).orElseThrow(() -> notFound(id));
    }

    @PostMapping(path = "/tasks/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach a file to a task that is not accepted or cancelled; result=true makes it the task's "
            + "result document (before its report is submitted)")
    Task attach(@PathVariable UUID id, @RequestPart("file") MultipartFile file,
                @RequestParam(defaultValue = "false") boolean result) {
        return files.attach(id, new Upload(file.getOriginalFilename(), file.getSize(), file), result)
                .orElseThrow(() -> notFound(id));
    }

    @DeleteMapping("/tasks/{id}/attachments/{fileId}")
    @Operation(summary = "Remove a file from a task that is not accepted or cancelled (not the result document of a submitted report)")
    ResponseEntity<Void> detach(@PathVariable UUID id, @PathVariable UUID fileId) {
        files.detach(id, fileId).orElseThrow(() -> RefusedException.notFound("file", fileId));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/plan")
    @Operation(summary = "The plan of a year against what is done, as it stood at the end of a day: in all and by kind of task")
    PlanSummary plan(@Parameter(description = "the plan year; this year when absent") @RequestParam(required = false) Integer year,
                     @Parameter(description = "the cut-off day; today when absent")
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate today = VietnamTime.today();
        return plan.summary(year == null ? today.getYear() : year, asOf == null ? today : asOf);
    }

    private static RefusedException notFound(UUID id) {
        return RefusedException.notFound("consultancy-task", id);
    }
}
