package vn.vusta.platform.spreadsheets;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.tenancy.TenantTransactions;
import vn.vusta.platform.tenancy.Tenants;

/**
 * Deletes, in every union, the uploaded files nobody confirmed within a day: they hold personal data (names,
 * contacts) nobody decided to keep. A union's next upload deletes its own as well; this reaches the unions that do
 * not upload again. One instance at a time runs it (ShedLock); a second deletion would find nothing.
 */
@Component
class ExpiredUploads {

    private final Tenants tenants;
    private final TenantTransactions transactions;
    private final Imports imports;

    ExpiredUploads(Tenants tenants, TenantTransactions transactions, Imports imports) {
        this.tenants = tenants;
        this.transactions = transactions;
        this.imports = imports;
    }

    /** Hourly at the same minute on every instance; the first to take the lock runs it, the others skip. */
    @Scheduled(cron = "${vusta.spreadsheets.purge-schedule:0 35 * * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "expired-uploads", lockAtLeastFor = "PT5M")
    void purge() {
        deleteEverywhere();
    }

    /** Deletes the expired uploads of every union now; the number deleted. */
    int deleteEverywhere() {
        int deleted = 0;
        for (Tenant tenant : tenants.all()) {
            deleted += transactions.inTenant(tenant, imports::deleteExpired);
        }
        return deleted;
    }
}
