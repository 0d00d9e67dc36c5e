package vn.vusta.platform.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.governance.Mandate;
import vn.vusta.platform.governance.MandateEnd;
import vn.vusta.platform.governance.MandateEnding;
import vn.vusta.platform.governance.Mandates;

import java.time.LocalDate;
import java.util.UUID;

/** A member's seat in a body (a mandate): read it, end it, or remove it when it was recorded by mistake. */
@RestController
@RequestMapping("/api/v1/governance/mandates")
class MandateController {

    record MandateEndRequest(@NotNull LocalDate endsOn, @NotNull MandateEnd reason, @NotNull @Valid DecisionRequest decision) {
    }

    private final Mandates mandates;

    MandateController(Mandates mandates) {
        this.mandates = mandates;
    }

    @GetMapping("/{id}")
    @Operation(summary = "One seat held or once held by a member")
    Mandate get(@PathVariable UUID id) {
        return mandates.find(id).orElseThrow(() -> notFound(id));
    }

    @PostMapping("/{id}/end")
    @Operation(summary = "The member leaves the seat: resignation, transfer, change of position, …, with the decision or meeting")
    Mandate end(@PathVariable UUID id, @Valid @RequestBody MandateEndRequest request) {
        return mandates.end(id, new MandateEnding(request.endsOn(), request.reason(), request.decision().decision()))
                .orElseThrow(() -> notFound(id));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a seat recorded by mistake (the audit log keeps it)")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        if (!mandates.delete(id)) {
            throw notFound(id);
        }
        return ResponseEntity.noContent().build();
    }

    private static RefusedException notFound(UUID id) {
        return RefusedException.notFound("governance-mandate", id);
    }
}
