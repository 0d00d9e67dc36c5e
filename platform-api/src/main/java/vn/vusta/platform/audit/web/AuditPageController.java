package vn.vusta.platform.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.audit.AuditQuery;
import vn.vusta.platform.audit.AuditReading;
import vn.vusta.platform.audit.AuditSheet;
import vn.vusta.platform.web.PageController;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The union's audit log (nhật ký thay đổi), for its administrators, in words: who by name, the action and the kind
 * of record in words, what changed, a link to the record; a page at a time, filtered by person, kind, action and
 * dates (all in the address, so Back and a shared link keep them), and the filtered log as .xlsx.
 */
@PageController
class AuditPageController {

    static final List<Integer> PAGE_SIZES = List.of(20, 50, 100);

    private final AuditLog audit;
    private final AuditReading reading;
    private final AuditSheet sheet;

    AuditPageController(AuditLog audit, AuditReading reading, AuditSheet sheet) {
        this.audit = audit;
        this.reading = reading;
        this.sheet = sheet;
    }

    @GetMapping("/workspace/audit")
    String page(@RequestParam(required = false) String action,
                @RequestParam(required = false) String actor,
                @RequestParam(required = false) String kind,
                @RequestParam(required = false) LocalDate from,
                @RequestParam(required = false) LocalDate to,
                @RequestParam(defaultValue = "0") int page,
                @RequestParam(defaultValue = "20") int size,
                Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        int pageSize = PAGE_SIZES.contains(size) ? size : PAGE_SIZES.getFirst();
        AuditQuery filter = new AuditQuery(null, blankless(action), blankless(actor), blankless(kind), from, to, 0, pageSize);
        int total = audit.count(filter);
        int pages = Math.max(1, (total + pageSize - 1) / pageSize);
        int current = Math.clamp(page, 0, pages - 1);
        model.addAttribute("entries", reading.read(audit.search(filter.page(current, pageSize)), locale).stream()
                .map(e -> new AuditRow(e, RecordLinks.of(e))).toList());
        AuditLog.Choices choices = audit.choices(null);
        model.addAttribute("actors", reading.actors(choices.actors()));
        model.addAttribute("actions", reading.actions(choices.actions(), locale));
        model.addAttribute("kinds", reading.kinds(choices.objectTypes(), locale));
        model.addAttribute("action", blankless(action));
        model.addAttribute("actor", blankless(actor));
        model.addAttribute("kind", blankless(kind));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("size", pageSize);
        model.addAttribute("sizes", PAGE_SIZES);
        model.addAttribute("total", total);
        String query = query(action, actor, kind, from, to);
        model.addAttribute("previousHref", current > 0 ? "/workspace/audit?" + query + "size=" + pageSize + "&page=" + (current - 1) : null);
        model.addAttribute("nextHref", current < pages - 1 ? "/workspace/audit?" + query + "size=" + pageSize + "&page=" + (current + 1) : null);
        model.addAttribute("exportHref", "/workspace/audit/export?" + query);
        return "audit/audit";
    }

    @GetMapping("/workspace/audit/export")
    void export(@RequestParam(required = false) String action,
                @RequestParam(required = false) String actor,
                @RequestParam(required = false) String kind,
                @RequestParam(required = false) LocalDate from,
                @RequestParam(required = false) LocalDate to,
                HttpServletResponse response) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("nhat-ky-thay-doi.xlsx", StandardCharsets.UTF_8).build().toString());
        sheet.write(new AuditQuery(null, blankless(action), blankless(actor), blankless(kind), from, to, 0, AuditQuery.MAX_LIMIT),
                LocaleContextHolder.getLocale(), null, response.getOutputStream());
    }

    /** An entry with the address of its record's page, if it has one. */
    record AuditRow(AuditReading.Entry entry, String link) {
    }

    /** The filter as an address's query, each part followed by {@code &}. */
    private static String query(String action, String actor, String kind, LocalDate from, LocalDate to) {
        var query = new StringBuilder();
        append(query, "action", blankless(action));
        append(query, "actor", blankless(actor));
        append(query, "kind", blankless(kind));
        append(query, "from", from == null ? null : from.toString());
        append(query, "to", to == null ? null : to.toString());
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null) {
            query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
        }
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
