package vn.vusta.platform.governance.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vusta.platform.governance.Leadership;
import vn.vusta.platform.governance.Leaderships;

import java.time.LocalDate;
import java.util.List;

/** The union's leadership at a glance (lãnh đạo hiện nay). */
@RestController
@RequestMapping("/api/v1/governance")
class GovernanceApiController {

    private final Leaderships leaderships;

    GovernanceApiController(Leaderships leaderships) {
        this.leaderships = leaderships;
    }

    @GetMapping("/leadership")
    @Operation(summary = "The leadership of the term running today, or on the day given: leading positions and each body's seats held")
    List<Leadership> leadership(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return on == null ? leaderships.current() : leaderships.on(on);
    }
}
