package vn.vusta.platform.dashboards;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Increments the generations after the write's commit, on the task executor. Redis failing throws, and the
 * publication stays in the registry until the outbox's retry succeeds (vn.vusta.platform.instances.OutboxRetries);
 * until then a dashboard may show figures from before the write, never after the increment is done. An increment
 * done twice (a retry after a partial one) only makes the next reads compute the figures anew.
 */
@Component
class GenerationIncrements {

    private final Generations generations;

    GenerationIncrements(Generations generations) {
        this.generations = generations;
    }

    @Async
    @TransactionalEventListener
    void on(DashboardsChanged changed) {
        generations.increment(changed.counters());
    }
}
