package vn.vusta.platform.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.governance.BodySeats;
import vn.vusta.platform.governance.GoverningBodies;
import vn.vusta.platform.governance.Mandate;
import vn.vusta.platform.governance.MandateDraft;
import vn.vusta.platform.governance.MandateStart;
import vn.vusta.platform.governance.Mandates;
import vn.vusta.platform.governance.Position;

import java.time.LocalDate;
import java.util.UUID;

/** A body of a term with its seats, and members taking seats in it. */
@RestController
@RequestMapping("/api/v1/governance/bodies")
class GovernanceBodyController {

    record MandateRequest(@NotNull UUID memberId, @NotNull Position position, @NotNull LocalDate startsOn,
                          @NotNull MandateStart startKind, @NotNull @Valid DecisionRequest decision,
                          UUID replacesMandateId) {

        MandateDraft draft() {
            return new MandateDraft(memberId, position, startsOn, startKind, decision.decision(), replacesMandateId);
        }
    }

    private final GoverningBodies bodies;
    private final Mandates mandates;

    GovernanceBodyController(GoverningBodies bodies, Mandates mandates) {
        this.bodies = bodies;
        this.mandates = mandates;
    }

    @GetMapping("/{id}")
    @Operation(summary = "A body with its seats: those held first, highest position first, then by given name; then those ended")
    BodySeats get(@PathVariable UUID id) {
        return bodies.seats(id).orElseThrow(() -> RefusedException.notFound("governance-body", id));
    }

    @PostMapping("/{id}/mandates")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A member takes a seat: elected at the congress, by a supplementary election (naming the ended seat it fills) or appointed")
    Mandate start(@PathVariable UUID id, @Valid @RequestBody MandateRequest request) {
        return mandates.start(id, request.draft()).orElseThrow(() -> RefusedException.notFound("governance-body", id));
    }
}
