package vn.vusta.platform.spreadsheets;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.tenancy.TenantTransactions;
import vn.vusta.platform.tenancy.Tenants;

/**
 * Deletes, in every union, the uploaded files nobody confirmed within a day: they hold personal data (names,
 * contacts) nobody decided to keep. A union's next upload deletes its own as well; this reaches the unions that do
 * not upload again. Each instance of the application runs it; a second deletion finds nothing.
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

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    int deleteEverywhere() {
        int deleted = 0;
        for (Tenant tenant : tenants.all()) {
            deleted += transactions.inTenant(tenant, imports::deleteExpired);
        }
        return deleted;
    }
}
