package vn.vusta.platform.contests;

import java.util.List;
import java.util.UUID;

/** A new entry: title, field, the unit of the union or the organisation named that submitted it, its authors. */
public record EntryDraft(String title, String field, UUID unitId, String submittedBy, List<PersonDraft> authors) {
}
