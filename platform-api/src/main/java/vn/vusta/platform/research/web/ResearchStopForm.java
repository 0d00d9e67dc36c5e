package vn.vusta.platform.research.web;

import jakarta.validation.constraints.Size;
import vn.vusta.platform.research.Stop;

import java.time.LocalDate;

/** The page's form to stop a project before its acceptance; the service says what is missing. */
record ResearchStopForm(LocalDate stoppedOn,
                        @Size(max = 1000) String reason) {

    static ResearchStopForm empty() {
        return new ResearchStopForm(null, "");
    }

    Stop stop() {
        return new Stop(stoppedOn, reason);
    }
}
