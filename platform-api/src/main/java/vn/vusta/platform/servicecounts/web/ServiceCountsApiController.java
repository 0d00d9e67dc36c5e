package vn.vusta.platform.servicecounts.web;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.vusta.platform.api.Text;
import vn.vusta.platform.servicecounts.KindDraft;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.servicecounts.KindTotal;
import vn.vusta.platform.servicecounts.ServiceCount;
import vn.vusta.platform.servicecounts.ServiceCountDraft;
import vn.vusta.platform.servicecounts.ServiceCountKind;
import vn.vusta.platform.servicecounts.ServiceCountKinds;
import vn.vusta.platform.servicecounts.ServiceCountQuery;
import vn.vusta.platform.servicecounts.ServiceCounts;

/**
 * The counted services (dịch vụ được đếm) of the user's union: each unit's count of a kind over a period, and the
 * totals of a period; and the kinds of service it counts.
 */
@RestController
@RequestMapping("/api/v1")
class ServiceCountsApiController {

    private final ServiceCounts counts;
    private final ServiceCountKinds kinds;

    ServiceCountsApiController(ServiceCounts counts, ServiceCountKinds kinds) {
        this.counts = counts;
        this.kinds = kinds;
    }

    /** {@code unitId}: none for the union's own office; the period's two days are both included. */
    record CountRequest(@NotNull UUID kindId, UUID unitId, @NotNull LocalDate periodStart, @NotNull LocalDate periodEnd,
                        @NotNull Integer quantity, @Size(max = 1000) String notes) {

        ServiceCountDraft draft() {
            return new ServiceCountDraft(kindId, unitId, periodStart, periodEnd, quantity, Text.orNull(notes));
        }
    }

    @GetMapping("/service-counts")
    @Operation(summary = "The counts whose period meets from–to (both included), by kind, then period and unit")
    List<ServiceCount> list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                            @RequestParam(required = false) UUID kindId,
                            @RequestParam(required = false) UUID unitId) {
        return counts.list(new ServiceCountQuery(from, to, kindId, unitId));
    }

    @GetMapping("/service-counts/totals")
    @Operation(summary = "The total of each kind over from–to: the counts whose period lies within it; those straddling its bounds are counted apart, not split")
    List<KindTotal> totals(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return counts.totals(from, to);
    }

    @GetMapping("/service-counts/{id}")
    @Operation(summary = "One count")
    ServiceCount get(@PathVariable UUID id) {
        return counts.find(id).orElseThrow(() -> notFound(id));
    }

    @PostMapping("/service-counts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record what a unit counted of a kind over a period; periods of one unit and kind may not overlap")
    ServiceCount create(@Valid @RequestBody CountRequest request) {
        return counts.record(request.draft());
    }

    @PutMapping("/service-counts/{id}")
    @Operation(summary = "Correct a count")
    ServiceCount update(@PathVariable UUID id, @Valid @RequestBody CountRequest request) {
        return counts.update(id, request.draft()).orElseThrow(() -> notFound(id));
    }

    @DeleteMapping("/service-counts/{id}")
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

    // The kinds of service the user's union counts, which it configures itself.
    /** {@code unitOfCount}: what one of it is called ("vụ việc", "báo cáo"). */
    record KindRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 100) String unitOfCount) {
    }

    @GetMapping("/service-count-kinds")
    @Operation(summary = "The kinds in the order they were added, the retired ones last (or left out)")
    List<ServiceCountKind> kinds(@RequestParam(defaultValue = "true") boolean withRetired) {
        return kinds.list(withRetired);
    }

    @GetMapping("/service-count-kinds/{id}")
    @Operation(summary = "One kind")
    ServiceCountKind kind(@PathVariable UUID id) {
        return kinds.find(id).orElseThrow(() -> kindNotFound(id));
    }

    @PostMapping("/service-count-kinds")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a kind of counted service")
    ServiceCountKind createKind(@Valid @RequestBody KindRequest request) {
        return kinds.create(new KindDraft(request.name(), request.unitOfCount()));
    }

    @PutMapping("/service-count-kinds/{id}")
    @Operation(summary = "Rename a kind or its unit of count; its counts follow")
    ServiceCountKind updateKind(@PathVariable UUID id, @Valid @RequestBody KindRequest request) {
        return kinds.update(id, new KindDraft(request.name(), request.unitOfCount())).orElseThrow(() -> kindNotFound(id));
    }

    @PostMapping("/service-count-kinds/{id}/retire")
    @Operation(summary = "Retire a kind: its counts stay, it takes no new ones")
    ServiceCountKind retireKind(@PathVariable UUID id) {
        return kinds.retire(id).orElseThrow(() -> kindNotFound(id));
    }

    @PostMapping("/service-count-kinds/{id}/reinstate")
    @Operation(summary = "Let a retired kind take counts again")
    ServiceCountKind reinstateKind(@PathVariable UUID id) {
        return kinds.reinstate(id).orElseThrow(() -> kindNotFound(id));
    }

    private static RefusedException kindNotFound(UUID id) {
        return RefusedException.notFound("service-count-kind", id);
    }
}
