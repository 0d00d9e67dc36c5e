package vn.vusta.platform.reminders.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.vusta.platform.reminders.MailLog;
import vn.vusta.platform.reminders.MailState;
import vn.vusta.platform.tenancy.AccessScope;
import vn.vusta.platform.web.PageController;

import java.util.HashMap;

/**
 * The national union's log of the reporting cycle's mails (Thư đã gửi): what was sent to whom, and what the mail
 * server refused, with its answer and how many times the outbox tried; a refused mail is sent by the outbox's next
 * round once the server takes it.
 */
@PageController
class MailLogPageController {

    private final MailLog log;

    MailLogPageController(MailLog log) {
        this.log = log;
    }

    @GetMapping("/national/mails")
    String mails(@RequestParam(required = false) MailState state, Model model) {
        // A platform administrator passes the URL rules but reads no tenant's data.
        if (!(AccessScope.current().orElse(null) instanceof AccessScope.NationalAccess)) {
            throw new AccessDeniedException("The mail log is for the national union's reviewers");
        }
        model.addAttribute("state", state);
        model.addAttribute("mails", log.latest(state));
        // By the state's name, as the page's links name them.
        var counts = new HashMap<String, Integer>();
        log.counts().forEach((s, n) -> counts.put(s.name(), n));
        model.addAttribute("counts", counts);
        model.addAttribute("total", counts.values().stream().mapToInt(Integer::intValue).sum());
        model.addAttribute("shown", MailLog.SHOWN);
        return "reminders/mails";
    }
}
