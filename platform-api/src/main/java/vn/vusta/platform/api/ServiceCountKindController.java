package vn.vusta.platform.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
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
import vn.vusta.platform.servicecounts.KindDraft;
import vn.vusta.platform.servicecounts.ServiceCountKind;
import vn.vusta.platform.servicecounts.ServiceCountKinds;

import java.util.List;
import java.util.UUID;

/** The kinds of service the user's union counts, which it configures itself. */
@RestController
@RequestMapping("/api/v1/service-count-kinds")
class ServiceCountKindController {

    /** {@code unitOfCount}: what one of it is called ("vụ việc", "báo cáo"). */
    record KindRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 100) String unitOfCount) {
    }

    private final ServiceCountKinds kinds;

    ServiceCountKindController(ServiceCountKinds kinds) {
        this.kinds = kinds;
    }

    @GetMapping
    @Operation(summary = "The kinds in the order they were added, the retired ones last (or left out)")
    List<ServiceCountKind> list(@RequestParam(defaultValue = "true") boolean withRetired) {
        return kinds.list(withRetired);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One kind")
    ServiceCountKind get(@PathVariable UUID id) {
        return kinds.find(id).orElseThrow(() -> notFound(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a kind of counted service")
    ServiceCountKind create(@Valid @RequestBody KindRequest request) {
        return kinds.create(new KindDraft(request.name(), request.unitOfCount()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Rename a kind or its unit of count; its counts follow")
    ServiceCountKind update(@PathVariable UUID id, @Valid @RequestBody KindRequest request) {
        return kinds.update(id, new KindDraft(request.name(), request.unitOfCount())).orElseThrow(() -> notFound(id));
    }

    @PostMapping("/{id}/retire")
    @Operation(summary = "Retire a kind: its counts stay, it takes no new ones")
    ServiceCountKind retire(@PathVariable UUID id) {
        return kinds.retire(id).orElseThrow(() -> notFound(id));
    }

    @PostMapping("/{id}/reinstate")
    @Operation(summary = "Let a retired kind take counts again")
    ServiceCountKind reinstate(@PathVariable UUID id) {
        return kinds.reinstate(id).orElseThrow(() -> notFound(id));
    }

    private static RefusedException notFound(UUID id) {
        return RefusedException.notFound("service-count-kind", id);
    }
}
