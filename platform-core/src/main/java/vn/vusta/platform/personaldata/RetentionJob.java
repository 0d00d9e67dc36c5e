package vn.vusta.platform.personaldata;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.vusta.platform.identity.Actor;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.tenancy.TenantTransactions;
import vn.vusta.platform.tenancy.Tenants;

/**
 * Once a day, in every union, erases or anonymises what outlived its retention period ({@link Retention#apply}).
 * One instance runs it at a time (ShedLock); each union in its own transaction under its row-level security, so a
 * failure in one union leaves the others done. The audit log names the job as the actor.
 */
@Component
class RetentionJob {

    /** Who the audit log says acted. */
    static final Actor ACTOR = new Actor("personal-data-retention");

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final Tenants tenants;
    private final TenantTransactions transactions;
    private final Retention retention;

    RetentionJob(Tenants tenants, TenantTransactions transactions, Retention retention) {
        this.tenants = tenants;
        this.transactions = transactions;
        this.retention = retention;
    }

    /** At night, when nobody edits the registry; the first instance to take the lock runs it, the others skip. */
    @Scheduled(cron = "${vusta.personal-data.retention.schedule:0 20 2 * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "personal-data-retention", lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
    void applyDaily() {
        applyEverywhere();
    }

    /** Applies the periods in every union now; how many members were anonymised in all. */
    int applyEverywhere() {
        int anonymised = 0;
        for (Tenant tenant : tenants.all()) {
            try {
                Retention.Outcome outcome = ScopedValue.where(Actor.CURRENT, ACTOR)
                        .call(() -> transactions.inTenant(tenant, retention::apply));
                anonymised += outcome.membersAnonymised();
                // Ids and counts only: the log carries no one's name.
                log.info("Retention applied in tenant {}: {} members anonymised, {} mails deleted", tenant.id(),
                        outcome.membersAnonymised(), outcome.mailsDeleted());
            } catch (RuntimeException e) {
                log.warn("Retention not applied in tenant {} (next run retries)", tenant.id(), e);
            }
        }
        return anonymised;
    }
}
