package vn.vusta.platform.personaldata.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
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
import vn.vusta.platform.personaldata.Breach;
import vn.vusta.platform.personaldata.BreachDraft;
import vn.vusta.platform.personaldata.BreachNotification;
import vn.vusta.platform.personaldata.Breaches;
import vn.vusta.platform.refusal.RefusedException;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The union's breach register: each breach with its notification deadline (72 hours from detection, Law
 * 91/2025/QH15) and whether it is overdue; a breach recorded, then its notification.
 */
@RestController
@RequestMapping("/api/v1/personal-data/breaches")
class BreachesApiController {

    /** A breach as detected; the body's field names are the ones the errors name. */
    record BreachRequest(@NotNull OffsetDateTime detectedAt, @NotBlank @Size(max = 4000) String description,
                         @NotBlank @Size(max = 1000) String dataCategories, @NotNull @Min(0) Integer personsAffected,
                         @NotBlank @Size(max = 4000) String consequences, @NotBlank @Size(max = 4000) String measures) {

        BreachDraft draft() {
            return new BreachDraft(detectedAt, description.strip(), dataCategories.strip(), personsAffected,
                    consequences.strip(), measures.strip());
        }
    }

    /** When the authority was told (required), when the persons were (where needed), and how. */
    record NotificationRequest(@NotNull OffsetDateTime authorityNotifiedAt, OffsetDateTime personsNotifiedAt,
                               @Size(max = 2000) String note) {

        BreachNotification notification() {
            return new BreachNotification(authorityNotifiedAt, personsNotifiedAt,
                    note == null || note.isBlank() ? null : note.strip());
        }
    }

    private final Breaches breaches;

    BreachesApiController(Breaches breaches) {
        this.breaches = breaches;
    }

    @GetMapping
    @Operation(summary = "The union's breaches, newest detection first, each with its notification deadline and "
            + "whether it is overdue")
    List<Breach> list() {
        return breaches.list();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One breach of the union's register")
    Breach get(@PathVariable UUID id) {
        return breaches.find(id).orElseThrow(() -> notFound(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a breach when it is detected; the authority must be notified within 72 hours")
    Breach record(@Valid @RequestBody BreachRequest request) {
        return breaches.record(request.draft());
    }

    @PostMapping("/{id}/notification")
    @Operation(summary = "Record when the authority (and, where needed, the persons concerned) were notified")
    Breach notification(@PathVariable UUID id, @Valid @RequestBody NotificationRequest request) {
        return breaches.notify(id, request.notification()).orElseThrow(() -> notFound(id));
    }

    private static RefusedException notFound(UUID id) {
        return RefusedException.notFound("personal-data-breach", id);
    }
}
