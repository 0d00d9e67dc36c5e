package vn.vusta.platform.instances;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Retries the side effects after a commit that did not complete: a listener that failed (Redis or the mail server
 * away), or one that never finished because its instance stopped (Spring Modulith marks such a publication failed
 * once it is stale: spring.modulith.events.staleness.*). One instance retries at a time; a retry that fails again
 * waits for the next round, so an outage's side effects are done once it ends, without anyone asking.
 */
@Component
class OutboxRetries {

    private static final Logger log = LoggerFactory.getLogger(OutboxRetries.class);

    private final FailedEventPublications failed;
    private final Duration minAge;

    OutboxRetries(FailedEventPublications failed, @Value("${vusta.outbox.retry-after:PT30S}") Duration minAge) {
        this.failed = failed;
        this.minAge = minAge;
    }

    @Scheduled(cron = "${vusta.outbox.retry-schedule:*/30 * * * * *}")
    @SchedulerLock(name = "outbox-retries", lockAtMostFor = "PT10M")
    void retry() {
        try {
            failed.resubmit(ResubmissionOptions.defaults().withMinAge(minAge));
        } catch (RuntimeException e) {
            log.warn("Failed side effects not resubmitted this round (next round retries)", e);
        }
    }
}
