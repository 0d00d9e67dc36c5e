package vn.vusta.platform.personaldata.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vusta.platform.personaldata.Retention;
import vn.vusta.platform.personaldata.RetentionRule;

import java.time.OffsetDateTime;
import java.util.List;

/** The union's retention periods per kind of record, what is due now and when the job last ran, as JSON. */
@RestController
class RetentionApiController {

    /** The periods (ISO 8601, e.g. P5Y; hours for the short-lived kinds; neither when unlimited). */
    record RetentionSummary(List<RetentionRule> rules, OffsetDateTime lastRun) {
    }

    private final Retention retention;

    RetentionApiController(Retention retention) {
        this.retention = retention;
    }

    @GetMapping("/api/v1/personal-data/retention")
    @Operation(summary = "Retention periods per kind of record (members who left or died, sent mails, pending uploads, "
            + "sessions, signed documents), what happens at the end of each, how many of the union's records are due "
            + "now, and when the daily job last ran in the union")
    RetentionSummary retention() {
        return new RetentionSummary(retention.rules(), retention.lastRun().orElse(null));
    }
}
