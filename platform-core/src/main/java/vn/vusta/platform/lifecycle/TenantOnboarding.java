package vn.vusta.platform.lifecycle;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.db.jooq.tables.records.TenantOnboardingRecord;
import vn.vusta.platform.db.jooq.tables.records.TenantRecord;
import vn.vusta.platform.identity.Actor;
import vn.vusta.platform.identity.KeycloakAdmin;
import vn.vusta.platform.identity.Roles;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.tenancy.TenantColumns;
import vn.vusta.platform.tenancy.TenantStatus;
import vn.vusta.platform.tenancy.TenantTransactions;
import vn.vusta.platform.tenancy.Tenants;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static vn.vusta.platform.db.jooq.Tables.TENANT;
import static vn.vusta.platform.db.jooq.Tables.TENANT_ONBOARDING;

/**
 * Onboarding a tenant, as recorded steps: (1) the tenant and the record of its onboarding, in one transaction;
 * (2) its Keycloak organization; (3) its first administrator, a member with the tenant-admin role and no password:
 * Keycloak mails them a link to verify their address and choose one; (4) completion. An e-mail that belongs to an
 * account already (of another union, of the platform's staff) is refused before anything is written. A failure after step 1 leaves the record saying what is done; onboarding the same code
 * again resumes there, and Keycloak objects are found before they are created, so nothing is made twice.
 */
@Service
public class TenantOnboarding {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext db;
    private final TransactionTemplate transactions;
    private final TenantTransactions tenantTransactions;
    private final KeycloakAdmin keycloak;
    private final AuditLog audit;
    private final Tenants tenants;
    private final ProvinceUnions unions;

    private final FailedOperations failures;

    TenantOnboarding(DSLContext db, TransactionTemplate transactions, TenantTransactions tenantTransactions,
                     KeycloakAdmin keycloak, AuditLog audit, Tenants tenants, ProvinceUnions unions, FailedOperations failures) {
        this.failures = failures;
        this.tenants = tenants;
        this.unions = unions;
        this.tenantTransactions = tenantTransactions;
        this.db = db;
        this.transactions = transactions;
        this.keycloak = keycloak;
        this.audit = audit;
    }

    /** The reason of a first administrator's address that belongs to an account already; it says nothing more. */
    public static final String ADMIN_EMAIL_REFUSED = "onboarding.admin.email.refused";

    /** How long an attempt holds its code against a second one; longer than Keycloak's timeouts of all steps together. */
    private static final Duration CLAIM = Duration.ofMinutes(2);

    /** Advisory locks of onboarding, per province: two requests for one province are checked one after the other. */
    private static final int LOCK_CLASS = 0x0B0A;

    /** Onboards the tenant; a refusal or failure is audited with its reason ({@link FailedOperations}). */
    public OnboardingResult onboard(OnboardingRequest named) {
        return failures.audited("onboarding", named.code(), () -> onboardAudited(named));
    }

    /**
     * An onboarding that did not finish (Keycloak failed mid-way): what it was asked, how often it was tried and its
     * last error. Onboarding it again with the same request finishes it.
     */
    public record Unfinished(OnboardingRequest request, OffsetDateTime requestedAt, int attempts, String lastError) {
    }

    /** The onboardings not finished, oldest first: the IT administrators' things to do. */
    public List<Unfinished> unfinished() {
        return transactions.execute(status -> db.select(TENANT_ONBOARDING.fields()).select(TENANT.NAME, TENANT.PROVINCE_CODE)
                .from(TENANT_ONBOARDING)
                .join(TENANT).on(TENANT.ID.eq(TENANT_ONBOARDING.TENANT))
                .where(TENANT_ONBOARDING.COMPLETED_AT.isNull())
                .orderBy(TENANT_ONBOARDING.REQUESTED_AT)
                .fetch(r -> new Unfinished(new OnboardingRequest(r.get(TENANT_ONBOARDING.CODE), r.get(TENANT.NAME),
                        r.get(TENANT.PROVINCE_CODE), r.get(TENANT_ONBOARDING.ADMIN_EMAIL), r.get(TENANT_ONBOARDING.ADMIN_FIRST_NAME),
                        r.get(TENANT_ONBOARDING.ADMIN_LAST_NAME)), r.get(TENANT_ONBOARDING.REQUESTED_AT),
                        r.get(TENANT_ONBOARDING.ATTEMPTS), r.get(TENANT_ONBOARDING.LAST_ERROR))));
    }

    private OnboardingResult onboardAudited(OnboardingRequest named) {
        OnboardingRequest request = named.name() == null || named.name().isBlank()
                ? withName(named, transactions.execute(status -> unions.unionName(named.provinceCode(), named.code())))
                : named;
        // A tenant that exists says so first; only then may the first administrator's address be looked at.
        TenantOnboardingRecord unfinished = transactions.execute(status -> db.selectFrom(TENANT_ONBOARDING)
                .where(TENANT_ONBOARDING.CODE.eq(request.code()).and(TENANT_ONBOARDING.COMPLETED_AT.isNull()))
                .fetchOptional().orElse(null));
        boolean resuming = unfinished != null;
        // A double submission: the first request is still at work (in Keycloak, say); the second says so and stops.
        if (resuming && unfinished.getClaimedUntil() != null && unfinished.getClaimedUntil().isAfter(OffsetDateTime.now())) {
            throw TenantRefusals.onboardingInProgress(request.code());
        }
        if (!resuming && tenants.findByCode(request.code()).isPresent()) {
            throw TenantRefusals.exists(request.code());
        }
        // Code, name and province against the province list, before Keycloak is asked anything.
        transactions.execute(status -> {
            unions.check(request);
            return null;
        });
        requireNewAccount(request);
        TenantOnboardingRecord onboarding = startOrResume(request);
        Tenant tenant = tenant(onboarding);
        try {
            return complete(onboarding, tenant);
        } finally {
            // Done or failed: the code is free for the next attempt (which finds it completed, or resumes it).
            update(onboarding, r -> r.setClaimedUntil(null));
        }
    }

    private OnboardingResult complete(TenantOnboardingRecord onboarding, Tenant tenant) {
        try {
            if (onboarding.getOrganizationId() == null) {
                String organization = keycloak.ensureOrganization(onboarding.getCode(), tenant.name());
                onboarding = update(onboarding, r -> r.setOrganizationId(organization));
            }
            String organization = onboarding.getOrganizationId();
            // Resumed after a failure between creating the account and mailing it: the e-mail goes (again).
            KeycloakAdmin.Invitation invitation = keycloak.invite(organization, new KeycloakAdmin.NewUser(onboarding.getAdminEmail(),
                    onboarding.getAdminFirstName(), onboarding.getAdminLastName()), Roles.TENANT_ADMIN, true);
            TenantOnboardingRecord done = update(onboarding, r -> r.setAdminUserId(invitation.userId())
                    .setCompletedAt(OffsetDateTime.now()).setLastError(null));
            tenantTransactions.inTenant(tenant, () -> {
                audit.record("user.invited", "user", invitation.userId(), null,
                        JSON.writeValueAsString(Map.of("email", done.getAdminEmail(), "role", Roles.TENANT_ADMIN)));
                audit.record("tenant.onboarded", null, done, done.getCode());
                return null;
            });
            return new OnboardingResult(tenant, done.getAdminEmail());
        } catch (KeycloakAdmin.OutsideOrganizationException e) {
            // Someone took the address between the check and the invitation: nothing of theirs was changed.
            update(onboarding, r -> r.setLastError("the first administrator's e-mail belongs to another account"));
            throw RefusedException.invalid("adminEmail", ADMIN_EMAIL_REFUSED);
        } catch (KeycloakAdmin.KeycloakUnavailableException e) {
            update(onboarding, r -> r.setLastError(e.getMessage()));
            throw new OnboardingIncompleteException(onboarding.getCode(), e);
        }
    }

    /**
     * The first administrator is a new person: an address (or username) of an existing account is refused, unless
     * it is this tenant's own administrator from an earlier, unfinished attempt.
     */
    private void requireNewAccount(OnboardingRequest request) {
        try {
            keycloak.findAccount(request.adminEmail()).ifPresent(account -> {
                var organizations = keycloak.organizationsOf(account);
                if (organizations.size() != 1 || !organizations.getFirst().alias().equals(request.code())) {
                    auditRefusal(request, account, organizations);
                    throw RefusedException.invalid("adminEmail", ADMIN_EMAIL_REFUSED);
                }
            });
        } catch (KeycloakAdmin.KeycloakUnavailableException e) {
            // Checked again by the invitation itself, once Keycloak is back.
        }
    }

    /** Who tried to make whose account the first administrator of what: in each union that owns the account. */
    private void auditRefusal(OnboardingRequest request, String account, List<KeycloakAdmin.Organization> organizations) {
        for (KeycloakAdmin.Organization organization : organizations) {
            tenants.findByCode(organization.alias()).ifPresent(owner -> tenantTransactions.inTenant(owner, () -> {
                audit.record("user.invite-refused", "user", account, null, JSON.writeValueAsString(Map.of(
                        "email", request.adminEmail(), "role", Roles.TENANT_ADMIN, "onboarding", request.code())));
                return null;
            }));
        }
    }

    private TenantOnboardingRecord startOrResume(OnboardingRequest request) {
        TenantOnboardingRecord resumed = transactions.execute(status -> {
            TenantOnboardingRecord existing = db.selectFrom(TENANT_ONBOARDING)
                    .where(TENANT_ONBOARDING.CODE.eq(request.code())).forUpdate().fetchOptional().orElse(null);
            if (existing == null) {
                return null;
            }
            if (existing.getCompletedAt() != null) {
                throw TenantRefusals.exists(request.code());
            }
            if (existing.getClaimedUntil() != null && existing.getClaimedUntil().isAfter(OffsetDateTime.now())) {
                throw TenantRefusals.onboardingInProgress(request.code());
            }
            existing.setAttempts(existing.getAttempts() + 1);
            existing.setClaimedUntil(OffsetDateTime.now().plus(CLAIM));
            existing.store();
            return existing;
        });
        if (resumed != null) {
            return resumed;
        }
        // The tenant's id is chosen here so that its first transaction runs in its own scope: the audit entry of its
        // creation is the tenant's, written with it.
        Tenant planned = new Tenant(UUID.randomUUID(), request.code(), request.provinceCode(), request.name(), TenantStatus.ACTIVE);
        try {
            return tenantTransactions.inTenant(planned, () -> {
                // Two requests for one province (the same code twice, or two codes of it) wait here for each
                // other; the second then sees the first's tenant.
                db.select(DSL.function(DSL.name("pg_advisory_xact_lock"), Object.class, DSL.val(LOCK_CLASS),
                        DSL.val(Integer.parseInt(request.provinceCode())))).fetch();
                if (db.fetchExists(TENANT, TENANT.CODE.eq(request.code()))) {
                    throw TenantRefusals.exists(request.code());
                }
                unions.check(request);
                TenantRecord tenant = db.insertInto(TENANT)
                        .set(TENANT.ID, planned.id())
                        .set(TENANT.CODE, planned.code())
                        .set(TENANT.PROVINCE_CODE, planned.provinceCode())
                        .set(TENANT.NAME, planned.name())
                        .set(TenantColumns.STATUS, planned.status())
                        .returning().fetchSingle();
                TenantOnboardingRecord onboarding = db.insertInto(TENANT_ONBOARDING)
                        .set(TENANT_ONBOARDING.CODE, request.code())
                        .set(TENANT_ONBOARDING.TENANT, tenant.getId())
                        .set(TENANT_ONBOARDING.ADMIN_EMAIL, request.adminEmail())
                        .set(TENANT_ONBOARDING.ADMIN_FIRST_NAME, request.adminFirstName())
                        .set(TENANT_ONBOARDING.ADMIN_LAST_NAME, request.adminLastName())
                        .set(TENANT_ONBOARDING.REQUESTED_BY, Actor.current().username())
                        .set(TENANT_ONBOARDING.ATTEMPTS, 1)
                        .set(TENANT_ONBOARDING.CLAIMED_UNTIL, OffsetDateTime.now().plus(CLAIM))
                        .returning().fetchSingle();
                audit.record("tenant.created", null, tenant, tenant.getCode());
                return onboarding;
            });
        } catch (DuplicateKeyException concurrent) {
            throw TenantRefusals.exists(request.code());
        }
    }

    private static OnboardingRequest withName(OnboardingRequest request, String name) {
        return new OnboardingRequest(request.code(), name, request.provinceCode(), request.adminEmail(),
                request.adminFirstName(), request.adminLastName());
    }

    private TenantOnboardingRecord update(TenantOnboardingRecord onboarding,
                                          Consumer<TenantOnboardingRecord> change) {
        return transactions.execute(status -> {
            TenantOnboardingRecord current = db.selectFrom(TENANT_ONBOARDING)
                    .where(TENANT_ONBOARDING.CODE.eq(onboarding.getCode())).forUpdate().fetchSingle();
            change.accept(current);
            current.store();
            return current;
        });
    }

    private Tenant tenant(TenantOnboardingRecord onboarding) {
        return transactions.execute(status -> Tenants.toTenant(
                db.selectFrom(TENANT).where(TENANT.ID.eq(onboarding.getTenant())).fetchSingle()));
    }

}
