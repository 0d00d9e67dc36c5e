package vn.vusta.platform.audit.web;

import vn.vusta.platform.web.PageController;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.audit.AuditQuery;

import java.time.LocalDate;

/** The union's audit log (nhật ký thay đổi), for its administrators. */
@PageController
class AuditPageController {

    private final AuditLog audit;

    AuditPageController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/workspace/audit")
    String page(@RequestParam(required = false) String action,
                @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate to,
                Model model) {
        model.addAttribute("events", audit.search(new AuditQuery(null, action, null, from, to, 200)));
        model.addAttribute("action", action);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "audit/audit";
    }
}
