package vn.vusta.platform.reports;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * {@code vusta.reports.submitted}: the reports a union sent to the national union, counted once their step is
 * committed (a step that rolls back sent nothing).
 */
@Component
class ReportMeters {

    private final Counter submitted;

    ReportMeters(MeterRegistry meters) {
        this.submitted = Counter.builder("vusta.reports.submitted")
                .description("Reports sent by a union to the national union").register(meters);
    }

    @TransactionalEventListener
    void on(ReportTransitioned step) {
        if (step.to() == ReportStatus.SENT) {
            submitted.increment();
        }
    }
}
