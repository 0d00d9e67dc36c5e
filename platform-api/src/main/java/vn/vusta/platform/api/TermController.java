package vn.vusta.platform.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.governance.BodyDraft;
import vn.vusta.platform.governance.BodyKind;
import vn.vusta.platform.governance.ChangeSet;
import vn.vusta.platform.governance.GoverningBodies;
import vn.vusta.platform.governance.GoverningBody;
import vn.vusta.platform.governance.Mandates;
import vn.vusta.platform.governance.Term;
import vn.vusta.platform.governance.TermDraft;
import vn.vusta.platform.governance.Terms;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The terms (nhiệm kỳ) of the user's union, their bodies and their history. */
@RestController
@RequestMapping("/api/v1/governance/terms")
class TermController {

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

    private final Terms terms;
    private final GoverningBodies bodies;
    private final Mandates mandates;

    TermController(Terms terms, GoverningBodies bodies, Mandates mandates) {
        this.terms = terms;
        this.bodies = bodies;
        this.mandates = mandates;
    }

    @GetMapping
    @Operation(summary = "The union's terms, newest first")
    List<Term> list() {
        return terms.list();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One term")
    Term get(@PathVariable UUID id) {
        return terms.find(id).orElseThrow(() -> notFound(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a term opened by a congress; the running term ends that day, with the seats still held in it")
    Term create(@Valid @RequestBody TermRequest request) {
        return terms.create(request.draft());
    }

    @PostMapping("/{id}/end")
    @Operation(summary = "End a running term without a successor here (a merger of unions, say); its seats still held end that day")
    Term end(@PathVariable UUID id, @Valid @RequestBody TermEndRequest request) {
        return terms.end(id, request.endsOn(), request.decision().decision()).orElseThrow(() -> notFound(id));
    }

    @GetMapping("/{id}/bodies")
    @Operation(summary = "The bodies of a term: Ban Chấp hành, Ban Thường vụ, Thường trực")
    List<GoverningBody> bodies(@PathVariable UUID id) {
        return bodies.ofTerm(id).orElseThrow(() -> notFound(id));
    }

    @PostMapping("/{id}/bodies")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a body to a term (one of each kind), with the number of seats the congress decided on")
    GoverningBody addBody(@PathVariable UUID id, @Valid @RequestBody BodyRequest request) {
        return bodies.create(id, new BodyDraft(request.kind(), request.seats())).orElseThrow(() -> notFound(id));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "The history of a term, newest first: changes grouped by the day and the decision or meeting that made them")
    List<ChangeSet> history(@PathVariable UUID id) {
        return mandates.history(id).orElseThrow(() -> notFound(id));
    }

    private static RefusedException notFound(UUID id) {
        return RefusedException.notFound("governance-term", id);
    }
}
