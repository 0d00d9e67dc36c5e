package vn.vusta.platform.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a user enters for an event, trimmed: a blank text is none, and a list keeps only what is not blank.
 * {@code endsOn} null: a one-day event. {@code organiserUnitId} and {@code organiserName} both null: the union itself
 * organised it. {@code participantCount} null: nobody counted. {@code mode} null: in person.
 */
public record EventDraft(EventKind kind, String title, LocalDate startsOn, LocalDate endsOn, EventMode mode,
                         String place, String commune, String provinceCode, List<String> connectionPoints,
                         UUID organiserUnitId, String organiserName, List<CoOrganiserDraft> coOrganisers,
                         Integer participantCount, List<UUID> participantIds, List<String> topics, String outcome) {

    public EventDraft {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startsOn, "startsOn");
        title = title == null ? "" : title.strip();
        mode = mode == null ? EventMode.IN_PERSON : mode;
        place = text(place);
        commune = text(commune);
        provinceCode = text(provinceCode);
        connectionPoints = texts(connectionPoints);
        organiserName = text(organiserName);
        coOrganisers = coOrganisers == null ? List.of() : coOrganisers.stream()
                .map(co -> new CoOrganiserDraft(co.unitId(), text(co.partnerName())))
                .toList();
        participantIds = participantIds == null ? List.of() : List.copyOf(participantIds);
        topics = texts(topics);
        outcome = text(outcome);
    }

    LocalDate lastDay() {
        return endsOn == null ? startsOn : endsOn;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> texts(List<String> values) {
        return values == null ? List.of() : values.stream().map(EventDraft::text).filter(Objects::nonNull).toList();
    }
}
