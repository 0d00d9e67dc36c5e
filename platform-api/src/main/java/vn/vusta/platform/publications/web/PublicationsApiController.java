package vn.vusta.platform.publications.web;

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
import vn.vusta.platform.publications.IssueDraft;
import vn.vusta.platform.publications.IssueListing;
import vn.vusta.platform.publications.Publication;
import vn.vusta.platform.publications.PublicationDraft;
import vn.vusta.platform.publications.PublicationIssue;
import vn.vusta.platform.publications.PublicationKind;
import vn.vusta.platform.publications.PublicationQuery;
import vn.vusta.platform.publications.PublicationSummary;
import vn.vusta.platform.publications.Publications;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The publications (xuất bản) of the user's union: special issues, newsletters, books, and their issues. */
@RestController
@RequestMapping("/api/v1/publications")
class PublicationsApiController {

    /** {@code unitId}: the publishing unit, none for the union's own office. */
    record PublicationRequest(@NotBlank @Size(max = 300) String title, @NotNull PublicationKind kind, UUID unitId,
                              @Size(max = 300) String licence, @Size(max = 2000) String notes) {

        PublicationDraft draft() {
            return new PublicationDraft(title, kind, unitId, Text.orNull(licence), Text.orNull(notes));
        }
    }

    /** {@code number}: as printed ("01/2021"); {@code copies}: the copies printed. */
    record IssueRequest(@NotBlank @Size(max = 50) String number, @NotNull LocalDate publishedOn, @NotNull Integer copies,
                        @Size(max = 300) String title, @Size(max = 2000) String notes) {

        IssueDraft draft() {
            return new IssueDraft(number, publishedOn, copies, Text.orNull(title), Text.orNull(notes));
        }
    }

    private final Publications publications;

    PublicationsApiController(Publications publications) {
        this.publications = publications;
    }

    @GetMapping
    @Operation(summary = "The publications, by title, with the issues out between from and to (both included) and their copies")
    List<PublicationSummary> list(@RequestParam(required = false) PublicationKind kind,
                                  @RequestParam(required = false) UUID unitId,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return publications.list(new PublicationQuery(kind, unitId, from, to));
    }

    @GetMapping("/issues")
    @Operation(summary = "The issues out between from and to (both included), newest first, with their publication")
    List<IssueListing> issues(@RequestParam(required = false) PublicationKind kind,
                              @RequestParam(required = false) UUID unitId,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return publications.issues(new PublicationQuery(kind, unitId, from, to));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One publication with its issues, newest first")
    Publication get(@PathVariable UUID id) {
        return publications.find(id).orElseThrow(() -> notFound(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a publication")
    Publication create(@Valid @RequestBody PublicationRequest request) {
        return publications.create(request.draft());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a publication")
    Publication update(@PathVariable UUID id, @Valid @RequestBody PublicationRequest request) {
        return publications.update(id, request.draft()).orElseThrow(() -> notFound(id));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a publication that has no issue")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        if (!publications.delete(id)) {
            throw notFound(id);
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/issues")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an issue of a publication")
    PublicationIssue addIssue(@PathVariable UUID id, @Valid @RequestBody IssueRequest request) {
        return publications.addIssue(id, request.draft()).orElseThrow(() -> notFound(id));
    }

    @PutMapping("/{id}/issues/{issueId}")
    @Operation(summary = "Correct an issue of a publication")
    PublicationIssue updateIssue(@PathVariable UUID id, @PathVariable UUID issueId, @Valid @RequestBody IssueRequest request) {
        return publications.updateIssue(id, issueId, request.draft())
                .orElseThrow(() -> RefusedException.notFound("publication-issue", issueId));
    }

    @DeleteMapping("/{id}/issues/{issueId}")
    @Operation(summary = "Remove an issue of a publication")
    ResponseEntity<Void> deleteIssue(@PathVariable UUID id, @PathVariable UUID issueId) {
        if (!publications.deleteIssue(id, issueId)) {
            throw RefusedException.notFound("publication-issue", issueId);
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach a file to a publication (multipart part \"file\"); its bytes are served at /api/v1/files/{fileId}")
    StoredFile attach(@PathVariable UUID id, @RequestParam MultipartFile file) {
        return publications.attach(id, new Upload(file.getOriginalFilename(), file.getSize(), file)).orElseThrow(() -> notFound(id));
    }

    @DeleteMapping("/{id}/attachments/{fileId}")
    @Operation(summary = "Remove a file from a publication, and delete it")
    ResponseEntity<Void> detach(@PathVariable UUID id, @PathVariable UUID fileId) {
        if (!publications.detach(id, fileId)) {
            throw RefusedException.notFound("file", fileId);
        }
        return ResponseEntity.noContent().build();
    }

    private static RefusedException notFound(UUID id) {
        return RefusedException.notFound("publication", id);
    }
}
