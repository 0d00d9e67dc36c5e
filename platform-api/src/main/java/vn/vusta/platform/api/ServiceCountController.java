package vn.vusta.platform.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
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
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.servicecounts.KindTotal;
import vn.vusta.platform.servicecounts.ServiceCount;
import vn.vusta.platform.servicecounts.ServiceCountDraft;
import vn.vusta.platform.servicecounts.ServiceCountQuery;
import vn.vusta.platform.servicecounts.ServiceCounts;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The counted services (dịch vụ được đếm) of the user's union: each unit's count of a kind over a period, and the
 * totals of a period.
 */
@RestController
@RequestMapping("/api/v1/service-counts")
class ServiceCountController {

    /** {@code unitId}: none for the union's own office; the period's two days are both included. */
    record CountRequest(@NotNull UUID kindId, UUID unitId, @NotNull LocalDate periodStart, @NotNull LocalDate periodEnd,
                        @NotNull Integer quantity, @Size(max = 1000) String notes) {

        ServiceCountDraft draft() {
            return new ServiceCountDraft(kindId, unitId, periodStart, periodEnd, quantity, Text.orNull(notes));
        }
    }

    private final ServiceCounts counts;

    ServiceCountController(ServiceCounts counts) {
        this.counts = counts;
    }

    @GetMapping
    @Operation(summary = "The counts whose period meets from–to (both included), by kind, then period and unit")
    List<ServiceCount> list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                            @RequestParam(required = false) UUID kindId,
                            @RequestParam(required = false) UUID unitId) {
        return counts.list(new ServiceCountQuery(from, to, kindId, unitId));
    }

    @GetMapping("/totals")
    @Operation(summary = "The total of each kind over from–to: the counts whose period lies within it; those straddling its bounds are counted apart, not split")
    List<KindTotal> totals(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return counts.totals(from, to);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One count")
    ServiceCount get(@PathVariable UUID id) {
        return counts.find(id).orElseThrow(() -> notFound(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record what a unit counted of a kind over a period; periods of one unit and kind may not overlap")
    ServiceCount create(@Valid @RequestBody CountRequest request) {
        return counts.record(request.draft());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a count")
    ServiceCount update(@PathVariable UUID id, @Valid @RequestBody CountRequest request) {
        return counts.update(id, request.draft()).orElseThrow(() -> notFound(id));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a count")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        if (!counts.delete(id)) {
            throw notFound(id);
        }
        return ResponseEntity.noContent().build();
    }

    private static RefusedException notFound(UUID id) {
        return RefusedException.notFound("service-count", id);
    }
}
