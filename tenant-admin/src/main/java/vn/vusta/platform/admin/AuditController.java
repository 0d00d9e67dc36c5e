package vn.vusta.platform.admin;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.vusta.platform.audit.AuditEvent;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.audit.AuditQuery;
import vn.vusta.platform.audit.AuditReading;
import vn.vusta.platform.audit.AuditSheet;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.tenancy.Tenants;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.vusta.platform.calendar.VietnameseDates;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole platform's audit log for its administrators, in words (as platform-api's: names, actions, changes),
 * a page at a time, filtered by tenant, person, kind of record, action and dates in the address, and as .xlsx.
 */
@Controller
class AuditApiController {

    static final List<Integer> PAGE_SIZES = List.of(20, 50, 100);

    private final AuditLog audit;
    private final Tenants tenants;
    private final AuditReading reading;
    private final AuditSheet sheet;

    AuditApiController(AuditLog audit, Tenants tenants, AuditReading reading, AuditSheet sheet) {
        this.audit = audit;
        this.tenants = tenants;
        this.reading = reading;
        this.sheet = sheet;
    }

    @GetMapping("/api/v1/audit")
    @ResponseBody
    List<AuditEvent> search(@RequestParam(required = false) String tenant,
                            @RequestParam(required = false) String action,
                            @RequestParam(required = false) String actor,
                            @RequestParam(required = false) LocalDate from,
                            @RequestParam(required = false) LocalDate to,
                            @RequestParam(defaultValue = "100") int limit) {
        return audit.search(query(tenant, action, actor, from, to, limit));
    }

    @GetMapping("/audit")
    String page(@RequestParam(required = false) String tenant,
                @RequestParam(required = false) String action,
                @RequestParam(required = false) String actor,
                @RequestParam(required = false) String kind,
                @RequestParam(required = false) LocalDate from,
                @RequestParam(required = false) LocalDate to,
                @RequestParam(defaultValue = "0") int page,
                @RequestParam(defaultValue = "20") int size,
                Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Tenant> all = tenants.all();
        Map<UUID, Tenant> byId = all.stream().collect(Collectors.toMap(Tenant::id, Function.identity()));
        int pageSize = PAGE_SIZES.contains(size) ? size : PAGE_SIZES.getFirst();
        AuditQuery filter = query(tenant, action, actor, from, to, pageSize).withObjectType(blankless(kind));
        int total = audit.count(filter);
        int pages = Math.max(1, (total + pageSize - 1) / pageSize);
        int current = Math.clamp(page, 0, pages - 1);
        model.addAttribute("events", reading.read(audit.search(filter.page(current, pageSize)), locale));
        AuditLog.Choices choices = audit.choices(filter.tenantId());
        model.addAttribute("actors", reading.actors(choices.actors()));
        model.addAttribute("actions", reading.actions(choices.actions(), locale));
        model.addAttribute("kinds", reading.kinds(choices.objectTypes(), locale));
        model.addAttribute("tenants", all);
        model.addAttribute("tenantsById", byId);
        model.addAttribute("filter", Map.of("tenant", nonNull(tenant), "action", nonNull(action), "actor", nonNull(actor),
                "kind", nonNull(kind), "from", written(from), "to", written(to)));
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("size", pageSize);
        model.addAttribute("sizes", PAGE_SIZES);
        model.addAttribute("total", total);
        String query = address(tenant, action, actor, kind, from, to);
        model.addAttribute("previousHref", current > 0 ? "/audit?" + query + "size=" + pageSize + "&page=" + (current - 1) : null);
        model.addAttribute("nextHref", current < pages - 1 ? "/audit?" + query + "size=" + pageSize + "&page=" + (current + 1) : null);
        model.addAttribute("exportHref", "/audit/export?" + query);
        return "audit";
    }

    @GetMapping("/audit/export")
    void export(@RequestParam(required = false) String tenant,
                @RequestParam(required = false) String action,
                @RequestParam(required = false) String actor,
                @RequestParam(required = false) String kind,
                @RequestParam(required = false) LocalDate from,
                @RequestParam(required = false) LocalDate to,
                HttpServletResponse response) throws IOException {
        Map<UUID, Tenant> byId = tenants.all().stream().collect(Collectors.toMap(Tenant::id, Function.identity()));
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("nhat-ky-thay-doi.xlsx", StandardCharsets.UTF_8).build().toString());
        sheet.write(query(tenant, action, actor, from, to, AuditQuery.MAX_LIMIT).withObjectType(blankless(kind)),
                LocaleContextHolder.getLocale(),
                id -> byId.containsKey(id) ? byId.get(id).name() : String.valueOf(id), response.getOutputStream());
    }

    /** The filter as an address's query, each part followed by {@code &}: the pages and the export keep it. */
    /** A date as the filter shows it, day first. */
    private static String written(LocalDate date) {
        return date == null ? "" : VietnameseDates.DAY.print(date, Locale.ROOT);
    }

    private static String address(String tenant, String action, String actor, String kind, LocalDate from, LocalDate to) {
        var query = new StringBuilder();
        for (var part : new String[][]{{"tenant", blankless(tenant)}, {"action", blankless(action)},
                {"actor", blankless(actor)}, {"kind", blankless(kind)},
                {"from", from == null ? null : from.toString()}, {"to", to == null ? null : to.toString()}}) {
            if (part[1] != null) {
                query.append(part[0]).append('=').append(URLEncoder.encode(part[1], StandardCharsets.UTF_8)).append('&');
            }
        }
        return query.toString();
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.strip();
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
