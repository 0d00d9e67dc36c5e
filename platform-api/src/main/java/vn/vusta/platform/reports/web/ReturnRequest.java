package vn.vusta.platform.reports.web;

import jakarta.validation.constraints.Size;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.reports.Section;

import java.util.EnumMap;
import java.util.Map;

/**
 * A reviewer's return: the overall comment (required) and comments on single figures (by indicator code) and sections
 * (by section name, e.g. ORGANISATION), each up to 2000 characters.
 */
record ReturnRequest(@Size(max = 2000) String comment, Map<String, @Size(max = 2000) String> figures,
                     Map<String, @Size(max = 2000) String> sections) {

    Map<String, String> figureComments() {
        return figures == null ? Map.of() : figures;
    }

    /** The sections' comments; a name that is no section is refused, naming it ({@code sections.<name>}). */
    Map<Section, String> sectionComments() {
        var comments = new EnumMap<Section, String>(Section.class);
        if (sections != null) {
            sections.forEach((name, text) -> {
                try {
                    comments.put(Section.valueOf(name), text);
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw RefusedException.invalid("sections." + name, "reports.refusal.return-section-unknown", name);
                }
            });
        }
        return comments;
    }
}
