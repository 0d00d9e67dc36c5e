package vn.vusta.platform.contests.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.vusta.platform.contests.EntryDraft;
import vn.vusta.platform.contests.PersonDraft;

import java.util.ArrayList;
import java.util.UUID;

/**
 * The page's form for a new entry: an author chosen among the members, and others named one per line (written
 * after the member, in the order typed).
 */
record ContestEntryForm(@NotBlank @Size(max = 500) String title, @Size(max = 200) String field, UUID unitId,
                        @Size(max = 300) String submittedBy, UUID authorMemberId, @Size(max = 2000) String authorNames) {

    static ContestEntryForm empty() {
        return new ContestEntryForm("", "", null, "", null, "");
    }

    EntryDraft draft() {
        var authors = new ArrayList<PersonDraft>();
        if (authorMemberId != null) {
            authors.add(new PersonDraft(authorMemberId, null));
        }
        if (authorNames != null) {
            authorNames.lines().filter(line -> !line.isBlank()).forEach(line -> authors.add(new PersonDraft(null, line)));
        }
        return new EntryDraft(title, field, unitId, submittedBy, authors);
    }

    /** The form's field for a refusal of the service ("authors[1].memberId", "authors"). */
    static String fieldOf(String refused) {
        if (refused.startsWith("authors")) {
            return refused.endsWith("memberId") ? "authorMemberId" : "authorNames";
        }
        return refused;
    }
}
