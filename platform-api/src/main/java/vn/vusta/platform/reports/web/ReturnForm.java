package vn.vusta.platform.reports.web;

import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.reports.Section;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The return form's pairs of (figure or section, comment), as the workflow takes them; blank pairs are left out. */
final class ReturnForm {

    private ReturnForm() {
    }

    static Map<String, String> figures(List<String> codes, List<String> comments) {
        var pairs = new LinkedHashMap<String, String>();
        pairs(codes, comments, "figureCode").forEach(pairs::put);
        return pairs;
    }

    static Map<Section, String> sections(List<String> names, List<String> comments) {
        var pairs = new EnumMap<Section, String>(Section.class);
        pairs(names, comments, "sectionName").forEach((name, comment) -> {
            try {
                pairs.put(Section.valueOf(name), comment);
            } catch (IllegalArgumentException e) {
                throw RefusedException.invalid("sectionName", "reports.refusal.return-section-unknown", name);
            }
        });
        return pairs;
    }

    private static Map<String, String> pairs(List<String> targets, List<String> comments, String field) {
        var pairs = new LinkedHashMap<String, String>();
        int n = Math.max(targets == null ? 0 : targets.size(), comments == null ? 0 : comments.size());
        for (int i = 0; i < n; i++) {
            String target = targets != null && i < targets.size() ? targets.get(i) : null;
            String comment = comments != null && i < comments.size() ? comments.get(i) : null;
            boolean hasTarget = target != null && !target.isBlank();
            boolean hasComment = comment != null && !comment.isBlank();
            if (hasComment && !hasTarget) {
                throw RefusedException.invalid(field, "reports.refusal.return-comment-unpaired");
            }
            if (hasTarget && hasComment) {
                pairs.merge(target.strip(), comment.strip(), (a, b) -> a + "\n" + b);
            }
        }
        return pairs;
    }
}
