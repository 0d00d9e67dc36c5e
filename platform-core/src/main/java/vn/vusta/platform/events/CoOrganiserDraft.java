package vn.vusta.platform.events;

import java.util.UUID;

/** A co-organiser as entered: a unit of the registry, or an outside partner by name; exactly one of the two. */
public record CoOrganiserDraft(UUID unitId, String partnerName) {
}
