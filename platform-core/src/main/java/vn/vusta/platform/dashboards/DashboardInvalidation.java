package vn.vusta.platform.dashboards;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.vusta.platform.audit.AuditRecorded;
import vn.vusta.platform.audit.NationalAuditRecorded;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes the dashboards follow the data: every write of a tenant is audited inside its transaction, and after that
 * transaction commits, the tenant's and the nation's generations are incremented (once per transaction, however
 * many records it wrote); a write of the national calendar, audited in the national log, increments the calendar's.
 * A transaction that rolls back changes nothing.
 */
@Component
class DashboardInvalidation {

    private static final Logger log = LoggerFactory.getLogger(DashboardInvalidation.class);

    private final Generations generations;

    DashboardInvalidation(Generations generations) {
        this.generations = generations;
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
        // The transaction's own synchronization, found among its synchronizations: a nested transaction
        // (REQUIRES_NEW) has its own list, so it increments after its own commit.
        Increment increment = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(Increment.class::isInstance).map(Increment.class::cast).findFirst()
                .orElseGet(() -> {
                    var created = new Increment();
                    TransactionSynchronizationManager.registerSynchronization(created);
                    return created;
                });
        increment.counters.addAll(List.of(counters));
    }

    private final class Increment implements TransactionSynchronization {

        private final Set<String> counters = new LinkedHashSet<>();

        @Override
        public void afterCommit() {
            try {
                generations.increment(counters);
            } catch (RuntimeException e) {
                // The write is committed; a dashboard cached before it stays until it expires (Dashboards.TTL).
                log.error("Dashboards not invalidated after a write ({}): they follow within their expiry", counters, e);
            }
        }
    }
}
