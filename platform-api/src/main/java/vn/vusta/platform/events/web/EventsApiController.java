package vn.vusta.platform.events.web;


import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import vn.vusta.platform.events.CoOrganiserDraft;
import vn.vusta.platform.events.Event;
import vn.vusta.platform.events.EventContact;
import vn.vusta.platform.events.EventDraft;
import vn.vusta.platform.events.EventKind;
import vn.vusta.platform.events.EventMode;
import vn.vusta.platform.events.EventPage;
import vn.vusta.platform.events.EventQuery;
import vn.vusta.platform.events.Events;
import vn.vusta.platform.files.StoredFile;
import vn.vusta.platform.files.Upload;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The events of the user's union (sự kiện): conferences, workshops, trainings, ceremonies, committee meetings. */
@RestController
@RequestMapping("/api/v1/events")
class EventsApiController {

    record CoOrganiserRequest(@Schema(description = "A unit of the registry") UUID unitId,
                              @Schema(description = "An outside partner, when not a unit", example = "Sở Khoa học và Công nghệ")
                              @Size(max = 300) String partnerName) {
    }

    record EventRequest(@NotNull EventKind kind, @NotBlank @Size(max = 500) String title,
                        @NotNull LocalDate startsOn,
                        @Schema(description = "The last day; none for a one-day event") LocalDate endsOn,
                        @Schema(description = "In person when none") EventMode mode,
                        @Schema(description = "Hall or locality, for what the commune does not say") @Size(max = 300) String place,
                        @Size(max = 200) String commune,
                        @Schema(example = "31") @Size(max = 2) String provinceCode,
                        @Schema(description = "Connection points (điểm cầu) of an online or hybrid event")
                        List<@Size(max = 200) String> connectionPoints,
                        @Schema(description = "The organising unit; none when the union itself or an outside body organised it")
                        UUID organiserUnitId,
                        @Schema(description = "An outside organiser (the national union, say) whose event the union joined")
                        @Size(max = 300) String organiserName,
                        List<@Valid @NotNull CoOrganiserRequest> coOrganisers,
                        @Schema(description = "Attendances counted (lượt người); none when not counted") Integer participantCount,
                        @Schema(description = "Members of the registry named as participants") List<@NotNull UUID> participantIds,
                        List<@Size(max = 300) String> topics, @Size(max = 20000) String outcome) {

        EventDraft draft() {
            return new EventDraft(kind, title, startsOn, endsOn, mode, place, commune, provinceCode, connectionPoints,
                    organiserUnitId, organiserName, coOrganisers == null ? List.of()
                    : coOrganisers.stream().map(c -> new CoOrganiserDraft(c.unitId(), c.partnerName())).toList(),
                    participantCount, participantIds, topics, outcome);
        }
    }

    private final Events events;

    EventsApiController(Events events) {
        this.events = events;
    }

    @GetMapping
    @Operation(summary = "Search the events, newest first, with the totals of all found: number of events and attendances. "
            + "year, from and to select by the first day; unitId finds what a unit organised or co-organised; q ignores diacritics and case")
    EventPage search(@RequestParam(required = false) @Min(1900) @Max(2200) Integer year,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     @RequestParam(required = false) EventKind kind, @RequestParam(required = false) UUID unitId,
                     @RequestParam(required = false) EventMode mode, @RequestParam(required = false) String q,
                     @RequestParam(defaultValue = "0") @Min(0) int page,
                     @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return events.search(new EventQuery(year, from, to, kind, unitId, mode, q), page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One event, with its co-organisers, named participants, topics and attachments")
    Event get(@PathVariable UUID id) {
        return events.find(id).orElseThrow(() -> notFound(id));
    }

    @GetMapping("/{id}/contacts")
    @Operation(summary = "The participants and how to reach them: e-mail and phone only of those who consented to event contacts")
    List<EventContact> contacts(@PathVariable UUID id) {
        return events.contacts(id).orElseThrow(() -> notFound(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an event")
    Event create(@Valid @RequestBody EventRequest request) {
        return events.create(request.draft(), List.of());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an event: what it records is replaced by the request; its attachments stay")
    Event update(@PathVariable UUID id, @Valid @RequestBody EventRequest request) {
        return events.update(id, request.draft(), List.of()).orElseThrow(() -> notFound(id));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an event with its attachments")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        if (!events.delete(id)) {
            throw notFound(id);
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach a document or a photo (multipart part \"file\"); its bytes are then at /api/v1/files/{fileId}")
    StoredFile attach(@PathVariable UUID id, @RequestParam MultipartFile file) {
        return events.attach(id, new Upload(file.getOriginalFilename(), file.getSize(), file)).orElseThrow(() -> notFound(id));
    }

    @DeleteMapping("/{id}/attachments/{fileId}")
    @Operation(summary = "Remove a file from an event and delete it")
    ResponseEntity<Void> detach(@PathVariable UUID id, @PathVariable UUID fileId) {
        if (!events.detach(id, fileId)) {
            throw RefusedException.notFound("file", fileId);
        }
        return ResponseEntity.noContent().build();
    }

    private static RefusedException notFound(UUID id) {
        return RefusedException.notFound("event", id);
    }
}
