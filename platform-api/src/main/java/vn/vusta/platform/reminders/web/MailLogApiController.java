package vn.vusta.platform.reminders.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vusta.platform.reminders.LoggedMail;
import vn.vusta.platform.reminders.MailLog;
import vn.vusta.platform.reminders.MailState;
import vn.vusta.platform.tenancy.AccessScope;

import java.util.List;

/** The national union's log of the reporting cycle's mails, as JSON. */
@RestController
class MailLogApiController {

    private final MailLog log;

    MailLogApiController(MailLog log) {
        this.log = log;
    }

    @GetMapping("/api/v1/national/mails")
    @Operation(summary = "The latest mails of the reporting cycle (200 at most), newest first: SENT, WAITING (not tried "
            + "yet) or FAILED (refused by the mail server; the outbox tries again), with the server's answer")
    List<LoggedMail> mails(@RequestParam(required = false) MailState state) {
        if (!(AccessScope.current().orElse(null) instanceof AccessScope.NationalAccess)) {
            throw new AccessDeniedException("The mail log is for the national union's reviewers");
        }
        return log.latest(state);
    }
}
