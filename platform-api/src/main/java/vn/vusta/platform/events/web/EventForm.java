package vn.vusta.platform.events.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;
import vn.vusta.platform.events.CoOrganiserDraft;
import vn.vusta.platform.events.Event;
import vn.vusta.platform.events.EventDraft;
import vn.vusta.platform.events.EventKind;
import vn.vusta.platform.events.EventMode;
import vn.vusta.platform.events.Organiser;
import vn.vusta.platform.events.Participant;
import vn.vusta.platform.files.Upload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The event form of the pages. Lists the user types (topics, connection points, outside partners) are one per line;
 * co-organising units and named participants are chosen; files sent with it are attached to the event saved.
 */
class EventForm {

    @NotNull
    private EventKind kind;
    @NotBlank
    @Size(max = 500)
    private String title;
    @NotNull
    private LocalDate startsOn;
    private LocalDate endsOn;
    @NotNull
    private EventMode mode = EventMode.IN_PERSON;
    @Size(max = 300)
    private String place;
    @Size(max = 200)
    private String commune;
    private String provinceCode;
    @Size(max = 5000)
    private String connectionPoints;
    private UUID organiserUnitId;
    @Size(max = 300)
    private String organiserName;
    private List<UUID> coOrganiserUnitIds = new ArrayList<>();
    @Size(max = 5000)
    private String partners;
    private Integer participantCount;
    private List<UUID> participantIds = new ArrayList<>();
    @Size(max = 5000)
    private String topics;
    @Size(max = 20000)
    private String outcome;
    private List<MultipartFile> files = new ArrayList<>();

    static EventForm of(Event event) {
        var form = new EventForm();
        form.kind = event.kind();
        form.title = event.title();
        form.startsOn = event.startsOn();
        form.endsOn = event.endsOn();
        form.mode = event.mode();
        form.place = event.place().place();
        form.commune = event.place().commune();
        form.provinceCode = event.place().provinceCode();
        form.connectionPoints = String.join("\n", event.connectionPoints());
        form.organiserUnitId = event.organiser().unitId();
        form.organiserName = event.organiser().unitId() == null ? event.organiser().name() : null;
        form.coOrganiserUnitIds = new ArrayList<>(event.coOrganisers().stream().map(Organiser::unitId)
                .filter(id -> id != null).toList());
        form.partners = String.join("\n", event.coOrganisers().stream().filter(c -> c.unitId() == null)
                .map(Organiser::name).toList());
        form.participantCount = event.participantCount();
        form.participantIds = new ArrayList<>(event.participants().stream().map(Participant::memberId).toList());
        form.topics = String.join("\n", event.topics());
        form.outcome = event.outcome();
        return form;
    }

    EventDraft draft() {
        List<CoOrganiserDraft> coOrganisers = Stream.concat(
                coOrganiserUnitIds.stream().map(id -> new CoOrganiserDraft(id, null)),
                lines(partners).stream().map(name -> new CoOrganiserDraft(null, name))).toList();
        return new EventDraft(kind, title, startsOn, endsOn, mode, place, commune, provinceCode, lines(connectionPoints),
                organiserUnitId, organiserName, coOrganisers, participantCount, participantIds, lines(topics), outcome);
    }

    /** The files chosen; a file input left empty sends a part without a name, which is no file. */
    List<Upload> uploads() {
        return files.stream().filter(f -> f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank())
                .map(f -> new Upload(f.getOriginalFilename(), f.getSize(), f))
                .toList();
    }

    /**
     * The form's field for a field of the service's refusal: the co-organisers' units for a co-organiser, the
     * participants' list for one of them ({@code participantIds[2]}), the file input for a file.
     */
    static String fieldOf(String refused) {
        String field = refused.replaceAll("\\[.*$", "");
        return switch (field) {
            case "coOrganisers" -> "coOrganiserUnitIds";
            case "file" -> "files";
            default -> field;
        };
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).filter(line -> !line.isBlank()).toList();
    }

    public EventKind getKind() { return kind; }
    public void setKind(EventKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public EventMode getMode() { return mode; }
    public void setMode(EventMode mode) { this.mode = mode; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getCommune() { return commune; }
    public void setCommune(String commune) { this.commune = commune; }
    public String getProvinceCode() { return provinceCode; }
    public void setProvinceCode(String provinceCode) { this.provinceCode = provinceCode; }
    public String getConnectionPoints() { return connectionPoints; }
    public void setConnectionPoints(String connectionPoints) { this.connectionPoints = connectionPoints; }
    public UUID getOrganiserUnitId() { return organiserUnitId; }
    public void setOrganiserUnitId(UUID organiserUnitId) { this.organiserUnitId = organiserUnitId; }
    public String getOrganiserName() { return organiserName; }
    public void setOrganiserName(String organiserName) { this.organiserName = organiserName; }
    public List<UUID> getCoOrganiserUnitIds() { return coOrganiserUnitIds; }
    public void setCoOrganiserUnitIds(List<UUID> ids) { this.coOrganiserUnitIds = ids == null ? new ArrayList<>() : ids; }
    public String getPartners() { return partners; }
    public void setPartners(String partners) { this.partners = partners; }
    public Integer getParticipantCount() { return participantCount; }
    public void setParticipantCount(Integer participantCount) { this.participantCount = participantCount; }
    public List<UUID> getParticipantIds() { return participantIds; }
    public void setParticipantIds(List<UUID> ids) { this.participantIds = ids == null ? new ArrayList<>() : ids; }
    public String getTopics() { return topics; }
    public void setTopics(String topics) { this.topics = topics; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public List<MultipartFile> getFiles() { return files; }
    public void setFiles(List<MultipartFile> files) { this.files = files == null ? new ArrayList<>() : files; }
}
