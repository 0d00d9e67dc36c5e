package vn.vusta.platform.dashboards;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.vusta.platform.audit.AuditRecorded;
import vn.vusta.platform.audit.NationalAuditRecorded;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes the dashboards follow the data: every write of a tenant is audited inside its transaction, and that
 * transaction also records that the tenant's and the nation's generations are to be incremented (once per
 * transaction, however many records it wrote); a write of the national calendar, audited in the national log, the
 * calendar's. The increment itself ({@link GenerationIncrements}) runs after the commit, in another thread, and is
 * retried until Redis takes it: the user's response never waits for Redis. A transaction that rolls back records
 * nothing.
 */
@Component
class DashboardInvalidation {

    private final ApplicationEventPublisher events;

    DashboardInvalidation(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void on(AuditRecorded recorded) {
        changed(Generations.ofTenant(recorded.tenantId()), Generations.NATIONAL);
    }

    /** The national calendar (periods, deadlines) shows on every dashboard: after the commit, all are computed anew. */
    @EventListener
    void on(NationalAuditRecorded recorded) {
        changed(Generations.CALENDAR);
    }

    private void changed(String... counters) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("Dashboards are invalidated from inside the writing transaction");
        }
        // The counters this transaction has recorded already, kept among its synchronizations: a nested transaction
        // (REQUIRES_NEW) has its own list, so it records its own.
        Recorded recorded = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(Recorded.class::isInstance).map(Recorded.class::cast).findFirst()
                .orElseGet(() -> {
                    var created = new Recorded();
                    TransactionSynchronizationManager.registerSynchronization(created);
                    return created;
                });
        List<String> added = new ArrayList<>();
        for (String counter : counters) {
            if (recorded.counters.add(counter)) {
                added.add(counter);
            }
        }
        if (!added.isEmpty()) {
            // Stored in the event publication registry within this transaction: committed with the write, or not at all.
            events.publishEvent(new DashboardsChanged(added));
        }
    }

    private static final class Recorded implements TransactionSynchronization {
        private final Set<String> counters = new LinkedHashSet<>();
    }
}
