package vn.vusta.platform.admin;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.vusta.platform.audit.AuditEvent;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.audit.AuditQuery;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.tenancy.Tenants;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The whole platform's audit log for its administrators, filtered by tenant, action, actor and dates. */
@Controller
class AuditApiController {

    private final AuditLog audit;
    private final Tenants tenants;

    AuditApiController(AuditLog audit, Tenants tenants) {
        this.audit = audit;
        this.tenants = tenants;
    }

    @GetMapping("/api/v1/audit")
    @ResponseBody
    List<AuditEvent> search(@RequestParam(required = false) String tenant,
                            @RequestParam(required = false) String action,
                            @RequestParam(required = false) String actor,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                            @RequestParam(defaultValue = "100") int limit) {
        return audit.search(query(tenant, action, actor, from, to, limit));
    }

    @GetMapping("/audit")
    String page(@RequestParam(required = false) String tenant,
                @RequestParam(required = false) String action,
                @RequestParam(required = false) String actor,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                Model model) {
        List<Tenant> all = tenants.all();
        Map<UUID, Tenant> byId = all.stream().collect(Collectors.toMap(Tenant::id, Function.identity()));
        model.addAttribute("events", audit.search(query(tenant, action, actor, from, to, 200)));
        model.addAttribute("tenants", all);
        model.addAttribute("tenantsById", byId);
        model.addAttribute("filter", Map.of("tenant", nonNull(tenant), "action", nonNull(action), "actor", nonNull(actor),
                "from", from == null ? "" : from.toString(), "to", to == null ? "" : to.toString()));
        return "audit";
    }

    /** An unknown tenant code filters to nothing rather than to everything. */
    private AuditQuery query(String tenant, String action, String actor, LocalDate from, LocalDate to, int limit) {
        UUID tenantId = tenant == null || tenant.isBlank() ? null
                : tenants.findByCode(tenant.strip()).map(Tenant::id).orElse(new UUID(0, 0));
        return new AuditQuery(tenantId, action, actor, from, to, limit);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
