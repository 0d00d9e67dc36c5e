package vn.vusta.platform.tenancy;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Supplier;

/**
 * One transaction in a given tenant's scope, for work that no request of that tenant started: the IT
 * administrators' operations on a tenant, whose rows (and audit entries) row-level security admits only there.
 */
@Component
public class TenantTransactions {

    private final TransactionTemplate transactions;

    TenantTransactions(TransactionTemplate transactions) {
        this.transactions = transactions;
    }

    public <T> T inTenant(Tenant tenant, Supplier<T> work) {
        return ScopedValue.where(AccessScope.CURRENT, new AccessScope.TenantAccess(tenant))
                .call(() -> transactions.execute(status -> work.get()));
    }
}
