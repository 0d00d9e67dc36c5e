package vn.vusta.platform.research.web;

import vn.vusta.platform.api.Text;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.files.StoredFile;
import vn.vusta.platform.files.Upload;
import vn.vusta.platform.research.Acceptance;
import vn.vusta.platform.research.AcceptanceRating;
import vn.vusta.platform.research.ResearchKind;
import vn.vusta.platform.research.ResearchLevel;
import vn.vusta.platform.research.ResearchProject;
import vn.vusta.platform.research.ResearchProjectDraft;
import vn.vusta.platform.research.ResearchProjects;
import vn.vusta.platform.research.ResearchQuery;
import vn.vusta.platform.research.ResearchStatus;
import vn.vusta.platform.research.ResearchTotals;
import vn.vusta.platform.research.Stop;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The research projects (đề tài, dự án) of the user's union and their course up to acceptance (nghiệm thu). */
@RestController
@RequestMapping("/api/v1/research-projects")
class ResearchApiController {

    /**
     * {@code leadUnitId}: none for the union's own office; the lead researcher is a member ({@code leadMemberId}) or a
     * name ({@code leadResearcher}); {@code budget} in đồng.
     */
    record ProjectRequest(@NotBlank @Size(max = 500) String title, @NotNull ResearchKind kind, @NotNull ResearchLevel level,
                          UUID leadUnitId, UUID leadMemberId, @Size(max = 200) String leadResearcher,
                          @Size(max = 300) String commissionedBy, @NotNull LocalDate startsOn, @NotNull LocalDate endsOn,
                          Long budget, @Size(max = 2000) String notes) {

        ResearchProjectDraft draft() {
            return new ResearchProjectDraft(title, kind, level, leadUnitId, leadMemberId, Text.orNull(leadResearcher),
                    Text.orNull(commissionedBy), startsOn, endsOn, budget, Text.orNull(notes));
        }
    }

    record AcceptanceRequest(LocalDate acceptedOn, AcceptanceRating rating, @Size(max = 2000) String notes) {
    }

    record StopRequest(LocalDate stoppedOn, @Size(max = 1000) String reason) {
    }

    private final ResearchProjects projects;

    ResearchApiController(ResearchProjects projects) {
        this.projects = projects;
    }

    @GetMapping
    @Operation(summary = "The projects carried out between from and to (started by to, open or closed on or after from), by level then newest first")
    List<ResearchProject> list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               @RequestParam(required = false) ResearchLevel level,
                               @RequestParam(required = false) ResearchStatus status,
                               @RequestParam(required = false) ResearchKind kind,
                               @RequestParam(required = false) UUID unitId) {
        return projects.list(new ResearchQuery(from, to, level, status, kind, unitId));
    }

    @GetMapping("/totals")
    @Operation(summary = "How many projects the same filters find, by level, status and kind, and how many were accepted between from and to")
    ResearchTotals totals(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                          @RequestParam(required = false) ResearchLevel level,
                          @RequestParam(required = false) ResearchStatus status,
                          @RequestParam(required = false) ResearchKind kind,
                          @RequestParam(required = false) UUID unitId) {
        return projects.totals(new ResearchQuery(from, to, level, status, kind, unitId));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One project")
    ResearchProject get(@PathVariable UUID id) {
        return projects.find(id).orElseThrow(() -> notFound(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a project")
    ResearchProject create(@Valid @RequestBody ProjectRequest request) {
        return projects.create(request.draft());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change what a project is (its course changes through start, acceptance and stop)")
    ResearchProject update(@PathVariable UUID id, @Valid @RequestBody ProjectRequest request) {
        return projects.update(id, request.draft()).orElseThrow(() -> notFound(id));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a project entered by mistake")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        if (!projects.delete(id)) {
            throw notFound(id);
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/start")
    @Operation(summary = "A registered project gets under way")
    ResearchProject start(@PathVariable UUID id) {
        return projects.start(id).orElseThrow(() -> notFound(id));
    }

    @PostMapping("/{id}/acceptance")
    @Operation(summary = "Record the acceptance (nghiệm thu) of a project in progress: the day and the council's rating")
    ResearchProject accept(@PathVariable UUID id, @Valid @RequestBody AcceptanceRequest request) {
        return projects.accept(id, new Acceptance(request.acceptedOn(), request.rating(), Text.orNull(request.notes())))
                .orElseThrow(() -> notFound(id));
    }

    @PostMapping("/{id}/stop")
    @Operation(summary = "Stop a project before its acceptance, saying why")
    ResearchProject stop(@PathVariable UUID id, @Valid @RequestBody StopRequest request) {
        return projects.stop(id, new Stop(request.stoppedOn(), request.reason())).orElseThrow(() -> notFound(id));
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach a file to a research project (multipart part \"file\"); its bytes are served at /api/v1/files/{fileId}")
    StoredFile attach(@PathVariable UUID id, @RequestParam MultipartFile file) {
        return projects.attach(id, new Upload(file.getOriginalFilename(), file.getSize(), file)).orElseThrow(() -> notFound(id));
    }

    @DeleteMapping("/{id}/attachments/{fileId}")
    @Operation(summary = "Remove a file from a research project, and delete it")
    ResponseEntity<Void> detach(@PathVariable UUID id, @PathVariable UUID fileId) {
        if (!projects.detach(id, fileId)) {
            throw RefusedException.notFound("file", fileId);
        }
        return ResponseEntity.noContent().build();
    }

    private static RefusedException notFound(UUID id) {
        return RefusedException.notFound("research-project", id);
    }
}
