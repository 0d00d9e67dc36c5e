package vn.vusta.platform.events;

import vn.vusta.platform.files.StoredFile;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An event of the union as recorded: when, where and how it was held, who organised it and with whom, how many took
 * part (null: not counted) and which members by name, what it dealt with, what came of it, and its documents and
 * photos (oldest first).
 */
public record Event(UUID id, EventKind kind, String title, LocalDate startsOn, LocalDate endsOn, EventMode mode,
                    Place place, List<String> connectionPoints, Organiser organiser, List<Organiser> coOrganisers,
                    Integer participantCount, List<Participant> participants, List<String> topics, String outcome,
                    List<StoredFile> attachments) {
}
