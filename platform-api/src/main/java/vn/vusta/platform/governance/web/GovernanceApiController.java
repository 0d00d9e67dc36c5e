package vn.vusta.platform.governance.web;

import vn.vusta.platform.refusal.RefusedException;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.vusta.platform.governance.BodyDraft;
import vn.vusta.platform.governance.BodyKind;
import vn.vusta.platform.governance.BodySeats;
import vn.vusta.platform.governance.ChangeSet;
import vn.vusta.platform.governance.GoverningBodies;
import vn.vusta.platform.governance.GoverningBody;
import vn.vusta.platform.governance.Leadership;
import vn.vusta.platform.governance.Leaderships;
import vn.vusta.platform.governance.Mandate;
import vn.vusta.platform.governance.MandateDraft;
import vn.vusta.platform.governance.MandateEnd;
import vn.vusta.platform.governance.MandateEnding;
import vn.vusta.platform.governance.MandateStart;
import vn.vusta.platform.governance.Mandates;
import vn.vusta.platform.governance.Position;
import vn.vusta.platform.governance.Term;
import vn.vusta.platform.governance.TermDraft;
import vn.vusta.platform.governance.Terms;

/**
 * A union's governance through the API: its leadership at a glance (lãnh đạo hiện nay), its terms (nhiệm kỳ), their
 * bodies with their seats, and the members' seats (mandates).
 */
@RestController
@RequestMapping("/api/v1/governance")
class GovernanceApiController {

    private final Leaderships leaderships;
    private final GoverningBodies bodies;
    private final Mandates mandates;
    private final Terms terms;

    GovernanceApiController(Leaderships leaderships, GoverningBodies bodies, Mandates mandates, Terms terms) {
        this.leaderships = leaderships;
        this.bodies = bodies;
        this.mandates = mandates;
        this.terms = terms;
    }

    @GetMapping("/leadership")
    @Operation(summary = "The leadership of the term running today, or on the day given: leading positions and each body's seats held")
    List<Leadership> leadership(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return on == null ? leaderships.current() : leaderships.on(on);
    }

    // A body of a term with its seats, and members taking seats in it.
    record MandateRequest(@NotNull UUID memberId, @NotNull Position position, @NotNull LocalDate startsOn,
                          @NotNull MandateStart startKind, @NotNull @Valid DecisionRequest decision,
                          UUID replacesMandateId) {

        MandateDraft draft() {
            return new MandateDraft(memberId, position, startsOn, startKind, decision.decision(), replacesMandateId);
        }
    }

    @GetMapping("/bodies/{id}")
    @Operation(summary = "A body with its seats: those held first, highest position first, then by given name; then those ended")
    BodySeats body(@PathVariable UUID id) {
        return bodies.seats(id).orElseThrow(() -> RefusedException.notFound("governance-body", id));
    }

    @PostMapping("/bodies/{id}/mandates")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A member takes a seat: elected at the congress, by a supplementary election (naming the ended seat it fills) or appointed")
    Mandate startMandate(@PathVariable UUID id, @Valid @RequestBody MandateRequest request) {
        return mandates.start(id, request.draft()).orElseThrow(() -> RefusedException.notFound("governance-body", id));
    }

    // A member's seat in a body (a mandate): read it, end it, or remove it when it was recorded by mistake.
    record MandateEndRequest(@NotNull LocalDate endsOn, @NotNull MandateEnd reason, @NotNull @Valid DecisionRequest decision) {
    }

    @GetMapping("/mandates/{id}")
    @Operation(summary = "One seat held or once held by a member")
    Mandate mandate(@PathVariable UUID id) {
        return mandates.find(id).orElseThrow(() -> mandateNotFound(id));
    }

    @PostMapping("/mandates/{id}/end")
    @Operation(summary = "The member leaves the seat: resignation, transfer, change of position, …, with the decision or meeting")
    Mandate endMandate(@PathVariable UUID id, @Valid @RequestBody MandateEndRequest request) {
        return mandates.end(id, new MandateEnding(request.endsOn(), request.reason(), request.decision().decision()))
                .orElseThrow(() -> mandateNotFound(id));
    }

    @DeleteMapping("/mandates/{id}")
    @Operation(summary = "Remove a seat recorded by mistake (the audit log keeps it)")
    ResponseEntity<Void> deleteMandate(@PathVariable UUID id) {
        if (!mandates.delete(id)) {
            throw mandateNotFound(id);
        }
        return ResponseEntity.noContent().build();
    }

    private static RefusedException mandateNotFound(UUID id) {
        return RefusedException.notFound("governance-mandate", id);
    }

    // The terms (nhiệm kỳ) of the user's union, their bodies and their history.
    record TermRequest(@NotNull Integer startYear, @NotNull Integer endYear, @NotBlank @Size(max = 300) String congress,
                       @NotNull LocalDate startsOn) {

        TermDraft draft() {
            return new TermDraft(startYear, endYear, congress.strip(), startsOn);
        }
    }

    record TermEndRequest(@NotNull LocalDate endsOn, @NotNull @Valid DecisionRequest decision) {
    }

    record BodyRequest(@NotNull BodyKind kind, Integer seats) {
    }

    @GetMapping("/terms")
    @Operation(summary = "The union's terms, newest first")
    List<Term> terms() {
        return terms.list();
    }

    @GetMapping("/terms/{id}")
    @Operation(summary = "One term")
    Term term(@PathVariable UUID id) {
        return terms.find(id).orElseThrow(() -> termNotFound(id));
    }

    @PostMapping("/terms")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a term opened by a congress; the running term ends that day, with the seats still held in it")
    Term createTerm(@Valid @RequestBody TermRequest request) {
        return terms.create(request.draft());
    }

    @PostMapping("/terms/{id}/end")
    @Operation(summary = "End a running term without a successor here (a merger of unions, say); its seats still held end that day")
    Term endTerm(@PathVariable UUID id, @Valid @RequestBody TermEndRequest request) {
        return terms.end(id, request.endsOn(), request.decision().decision()).orElseThrow(() -> termNotFound(id));
    }

    @GetMapping("/terms/{id}/bodies")
    @Operation(summary = "The bodies of a term: Ban Chấp hành, Ban Thường vụ, Thường trực")
    List<GoverningBody> bodies(@PathVariable UUID id) {
        return bodies.ofTerm(id).orElseThrow(() -> termNotFound(id));
    }

    @PostMapping("/terms/{id}/bodies")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a body to a term (one of each kind), with the number of seats the congress decided on")
    GoverningBody addBody(@PathVariable UUID id, @Valid @RequestBody BodyRequest request) {
        return bodies.create(id, new BodyDraft(request.kind(), request.seats())).orElseThrow(() -> termNotFound(id));
    }

    @GetMapping("/terms/{id}/history")
    @Operation(summary = "The history of a term, newest first: changes grouped by the day and the decision or meeting that made them")
    List<ChangeSet> history(@PathVariable UUID id) {
        return mandates.history(id).orElseThrow(() -> termNotFound(id));
    }

    private static RefusedException termNotFound(UUID id) {
        return RefusedException.notFound("governance-term", id);
    }
}
