package vn.vusta.platform.commendations.web;


import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import vn.vusta.platform.commendations.CommendationKind;
import vn.vusta.platform.commendations.CommendationYear;
import vn.vusta.platform.commendations.Commendations;
import vn.vusta.platform.commendations.Commendation;
import vn.vusta.platform.commendations.DecisionDraft;
import vn.vusta.platform.commendations.RecipientDraft;
import vn.vusta.platform.commendations.RecipientKind;
import vn.vusta.platform.commendations.CommendationTotals;
import vn.vusta.platform.files.Upload;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Commendations (khen thưởng): decisions conferring Giấy khen or Bằng khen on collectives and individuals, listed by
 * the year whose achievements they reward, with totals ("9 tập thể và 2 cá nhân").
 */
@RestController
@RequestMapping("/api/v1/commendations")
class CommendationsApiController {

    /** A collective (a unit, or an organisation named) or an individual (a member, or a person named). */
    record CommendationRecipientRequest(@NotNull RecipientKind kind, UUID unitId, UUID memberId, @Size(max = 300) String name,
                            @Size(max = 300) String detail) {

        RecipientDraft draft() {
            return new RecipientDraft(kind, unitId, memberId, name, detail);
        }
    }

    record CommendationRequest(@NotNull CommendationKind kind, @Size(max = 100) String number, @NotNull LocalDate decidedOn,
                           @NotBlank @Size(max = 300) String issuer, @NotNull Integer year,
                           @NotBlank @Size(max = 1000) String reason) {

        DecisionDraft draft() {
            return new DecisionDraft(kind, number, decidedOn, issuer, year, reason);
        }
    }

    record NewCommendationRequest(@NotNull CommendationKind kind, @Size(max = 100) String number, @NotNull LocalDate decidedOn,
                              @NotBlank @Size(max = 300) String issuer, @NotNull Integer year,
                              @NotBlank @Size(max = 1000) String reason,
                              List<@NotNull @Valid CommendationRecipientRequest> recipients) {

        DecisionDraft draft() {
            return new DecisionDraft(kind, number, decidedOn, issuer, year, reason);
        }
    }

    private final Commendations commendations;

    CommendationsApiController(Commendations commendations) {
        this.commendations = commendations;
    }

    @GetMapping
    @Operation(summary = "Every year with commendations, newest first: decisions, collectives and individuals")
    List<CommendationTotals> years() {
        return commendations.years();
    }

    @GetMapping("/years/{year}")
    @Operation(summary = "The decisions of a year with their recipients and totals, and the year's totals")
    CommendationYear ofYear(@PathVariable int year) {
        return commendations.ofYear(year);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a decision of commendation with whom it commends (at least one), all or nothing")
    Commendation record(@Valid @RequestBody NewCommendationRequest request) {
        return commendations.record(request.draft(), request.recipients() == null ? List.of()
                : request.recipients().stream().map(CommendationRecipientRequest::draft).toList(), List.of());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A decision with whom it commends, in the order written")
    Commendation get(@PathVariable UUID id) {
        return commendations.find(id).orElseThrow(() -> notFound(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a decision's document, year or reason")
    Commendation update(@PathVariable UUID id, @Valid @RequestBody CommendationRequest request) {
        return commendations.update(id, request.draft()).orElseThrow(() -> notFound(id));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a decision recorded by mistake, with its recipients")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        if (!commendations.delete(id)) {
            throw notFound(id);
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/recipients")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add one more to a decision")
    Commendation addRecipient(@PathVariable UUID id, @Valid @RequestBody CommendationRecipientRequest request) {
        return commendations.addRecipient(id, request.draft()).orElseThrow(() -> notFound(id));
    }

    @DeleteMapping("/{id}/recipients/{recipientId}")
    @Operation(summary = "Remove one of a decision's recipients (not the last)")
    Commendation removeRecipient(@PathVariable UUID id, @PathVariable UUID recipientId) {
        return commendations.removeRecipient(id, recipientId).orElseThrow(() -> notFound(id));
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach a file to a decision (its scan); the decision's JSON lists it")
    Commendation attach(@PathVariable UUID id, @RequestParam MultipartFile file) {
        return commendations.attach(id, new Upload(file.getOriginalFilename(), file.getSize(), file))
                .orElseThrow(() -> notFound(id));
    }

    @DeleteMapping("/{id}/attachments/{fileId}")
    @Operation(summary = "Remove a file from a decision, and the file with it")
    Commendation detach(@PathVariable UUID id, @PathVariable UUID fileId) {
        return commendations.detach(id, fileId).orElseThrow(() -> RefusedException.notFound("file", fileId));
    }

    private static RefusedException notFound(UUID id) {
        return RefusedException.notFound("commendation", id);
    }
}
