package vn.vusta.platform.lifecycle;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.identity.Actor;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.tenancy.AccessScope;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.tenancy.Tenants;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import static vn.vusta.platform.db.jooq.Tables.NATIONAL_AUDIT_EVENT;

/**
 * Every refused or failed tenant operation is audited with its reason ({@code tenant.<operation>-refused} for a
 * refusal the operator can act on, {@code -failed} for a failure), in the tenant's log when the tenant exists, in the
 * national log otherwise (an unknown code, an onboarding refused before any tenant). Written once the operation has
 * ended, in a transaction of its own, so the rollback that undid the operation does not undo its entry either.
 */
@Component
class FailedOperations {

    private static final System.Logger LOG = System.getLogger(FailedOperations.class.getName());
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final DSLContext db;
    private final Tenants tenants;
    private final AuditLog audit;
    private final MessageSource messages;
    private final TransactionTemplate ownTransactions;

    FailedOperations(DSLContext db, Tenants tenants, AuditLog audit, MessageSource messages, TransactionTemplate transactions) {
        this.db = db;
        this.tenants = tenants;
        this.audit = audit;
        this.messages = messages;
        this.ownTransactions = new TransactionTemplate(transactions.getTransactionManager());
        this.ownTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Runs the operation on the tenant of this code; if it throws, audits why, then lets the exception go on. */
    <T> T audited(String operation, String code, Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            record(operation, code, e);
            throw e;
        }
    }

    private void record(String operation, String code, RuntimeException failure) {
        try {
            var reason = reason(failure);
            var details = new LinkedHashMap<String, Object>();
            details.put("reason", reason.code());
            details.put("message", messages.getMessage(reason.code(), reason.arguments(), reason.code(), VIETNAMESE));
            if (!reason.refused()) {
                details.put("failure", failure.getClass().getSimpleName());
            }
            String action = "tenant." + operation + (reason.refused() ? "-refused" : "-failed");
            String after = JSON.writeValueAsString(details);
            Optional<Tenant> tenant = code == null || code.isBlank() ? Optional.empty() : tenants.findByCode(code);
            if (tenant.isPresent()) {
                ScopedValue.where(AccessScope.CURRENT, new AccessScope.TenantAccess(tenant.get())).run(() ->
                        ownTransactions.executeWithoutResult(status -> audit.record(action, "tenant", code, null, after)));
            } else {
                ownTransactions.executeWithoutResult(status -> db.insertInto(NATIONAL_AUDIT_EVENT)
                        .set(NATIONAL_AUDIT_EVENT.ACTOR, Actor.current().username())
                        .set(NATIONAL_AUDIT_EVENT.ACTION, action)
                        .set(NATIONAL_AUDIT_EVENT.OBJECT_TYPE, "tenant")
                        .set(NATIONAL_AUDIT_EVENT.OBJECT_ID, code)
                        .set(NATIONAL_AUDIT_EVENT.AFTER, JSONB.valueOf(after))
                        .execute());
            }
        } catch (RuntimeException auditFailure) {
            // The operation's own failure is what the operator must see; the log keeps this one.
            LOG.log(System.Logger.Level.WARNING, "Could not audit the failed operation " + operation + " of " + code, auditFailure);
            failure.addSuppressed(auditFailure);
        }
    }

    /** Why: a message code of the applications' bundles and its arguments; refused, or failed. */
    private record Reason(String code, Object[] arguments, boolean refused) {
    }

    private static Reason reason(RuntimeException e) {
        return switch (e) {
            case RefusedException r -> new Reason(r.reason(), r.arguments(), true);
            case OnboardingIncompleteException o -> new Reason("onboarding.incomplete", new Object[]{o.code()}, false);
            case DataAccessException d -> new Reason("operation.failed.write", new Object[0], false);
            case org.jooq.exception.DataAccessException d -> new Reason("operation.failed.write", new Object[0], false);
            default -> new Reason(e instanceof vn.vusta.platform.identity.KeycloakAdmin.KeycloakUnavailableException
                    ? "operation.failed.keycloak" : "operation.failed", new Object[0], false);
        };
    }
}
