package vn.vusta.platform.audit.web;

import vn.vusta.platform.audit.AuditReading;

import java.util.Map;
import java.util.UUID;

/**
 * Where a recorded object has its page: by the kind of record, the page of the record the entry is about (a
 * report's figure leads to its report, a task's attachment to its task). None for a removal: the page is gone.
 */
final class RecordLinks {

    private static final Map<String, String> PAGES = Map.ofEntries(
            Map.entry("member", "/workspace/members/"),
            Map.entry("unit", "/workspace/units/"),
            Map.entry("member_census", "/workspace/units/"),
            Map.entry("event", "/workspace/events/"),
            Map.entry("consultancy_task", "/workspace/consultancy/tasks/"),
            Map.entry("consultancy_panel_member", "/workspace/consultancy/tasks/"),
            Map.entry("consultancy_task_attachment", "/workspace/consultancy/tasks/"),
            Map.entry("report", "/workspace/reports/"),
            Map.entry("report_value", "/workspace/reports/"),
            Map.entry("report_section", "/workspace/reports/"),
            Map.entry("publication", "/workspace/publications/"),
            Map.entry("publication_attachment", "/workspace/publications/"),
            Map.entry("research_project", "/workspace/research/"),
            Map.entry("research_project_attachment", "/workspace/research/"),
            Map.entry("commendation_decision", "/workspace/commendations/"),
            Map.entry("commendation_recipient", "/workspace/commendations/"),
            Map.entry("commendation_attachment", "/workspace/commendations/"),
            Map.entry("governance_term", "/workspace/governance/terms/"),
            Map.entry("governance_body", "/workspace/governance/bodies/"),
            Map.entry("governance_mandate", "/workspace/governance/mandates/"),
            Map.entry("contest_edition", "/workspace/contests/editions/"));

    private RecordLinks() {
    }

    static String of(AuditReading.Entry entry) {
        String page = PAGES.get(entry.objectType());
        String id = entry.objectId();
        if (page == null || id == null || isRemoval(entry)) {
            return null;
        }
        // A report's figure or section is recorded as "<report>/<code>".
        int slash = id.indexOf('/');
        String recordId = slash < 0 ? id : id.substring(0, slash);
        try {
            return page + UUID.fromString(recordId);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private static boolean isRemoval(AuditReading.Entry entry) {
        String code = entry.actionCode();
        boolean sameKind = entry.objectType().replace('_', '-').equals(code.substring(0, code.indexOf('.')))
                || entry.objectType().equals("commendation_decision") && code.startsWith("commendation.");
        return sameKind && (code.endsWith(".deleted") || code.endsWith(".removed"));
    }
}
