package vn.vusta.platform.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.audit.AuditEvent;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.audit.AuditQuery;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The audit log of the user's own union, for its administrators. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApiController {

    record AuditEntry(OffsetDateTime occurredAt, String actor, String action, String objectType, String objectId,
                      JsonNode before, JsonNode after) {
    }

    private final AuditLog audit;
    private final JsonMapper json;

    AuditApiController(AuditLog audit, JsonMapper json) {
        this.audit = audit;
        this.json = json;
    }

    @GetMapping
    @Operation(summary = "The union's audit log, newest first, filtered by action prefix, actor and dates")
    List<AuditEntry> search(@RequestParam(required = false) String action,
                            @RequestParam(required = false) String actor,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                            @RequestParam(defaultValue = "100") int limit) {
        return audit.search(new AuditQuery(null, action, actor, from, to, limit)).stream().map(this::entry).toList();
    }

    private AuditEntry entry(AuditEvent event) {
        return new AuditEntry(event.occurredAt(), event.actor(), event.action(), event.objectType(), event.objectId(),
                event.before() == null ? null : json.readTree(event.before()),
                event.after() == null ? null : json.readTree(event.after()));
    }
}
