package vn.vusta.platform.tenancy;

import org.jooq.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vusta.platform.db.jooq.Routines;

import java.util.function.Supplier;

/**
 * One transaction in a given tenant's scope, for work that no request of that tenant started: the IT
 * administrators' operations on a tenant, whose rows (and audit entries) row-level security admits only there.
 */
@Component
public class TenantTransactions {

    private final TransactionTemplate transactions;
    private final TransactionTemplate snapshots;
    private final ScopeProofs proofs;

    TenantTransactions(TransactionTemplate transactions, ScopeProofs proofs) {
        this.transactions = transactions;
        this.proofs = proofs;
        this.snapshots = new TransactionTemplate(transactions.getTransactionManager());
        this.snapshots.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    public <T> T inTenant(Tenant tenant, Supplier<T> work) {
        return ScopedValue.where(AccessScope.CURRENT, new AccessScope.TenantAccess(tenant))
                .call(() -> transactions.execute(status -> work.get()));
    }

    /**
     * Like {@link #inTenant}, but every statement sees the data as it was when the transaction began (repeatable
     * read), for work that reads a tenant table by table while its users go on writing: an export stays consistent
     * (no membership of a member it left out), and a merge is aborted by a concurrent change instead of losing it.
     */
    public <T> T inTenantSnapshot(Tenant tenant, Supplier<T> work) {
        return ScopedValue.where(AccessScope.CURRENT, new AccessScope.TenantAccess(tenant))
                .call(() -> snapshots.execute(status -> work.get()));
    }

    /**
     * Lets the current transaction read a merge's source while every write stays confined to the target (V13):
     * PostgreSQL accepts the pair only if the source's province became part of the target's, and only with the
     * application's proof (V28).
     */
    public void announceMerge(Configuration configuration, Tenant source, Tenant target) {
        ScopeProofs.Proof proof = proofs.merge(source.id(), target.id());
        Routines.beginTenantMerge(configuration, source.id(), target.id(), proof.nonce(), proof.value());
    }

    /** Moves the current transaction into the tenant's own scope (ending a merge's). */
    public void rescope(Configuration configuration, Tenant tenant) {
        ScopeProofs.Proof proof = proofs.tenant(tenant.id());
        Routines.beginProvenTenantScope(configuration, tenant.id(), proof.nonce(), proof.value());
    }
}
