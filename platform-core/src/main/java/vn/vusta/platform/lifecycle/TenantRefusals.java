package vn.vusta.platform.lifecycle;

import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.tenancy.Tenant;

/**
 * The refusals of an operator's request on a tenant, as {@link RefusedException}s: the message code says which, and
 * tenant-admin's command line answers each code with its exit code. A refusal of the request as a whole names no
 * field; the unconfirmed deletion names {@code confirm}.
 */
public final class TenantRefusals {

    /** No tenant has this code (404); argument: the code. */
    public static final String UNKNOWN_TENANT = "tenant.unknown";
    /** A merged tenant is history: it is read, never changed (409); argument: its name. */
    public static final String MERGED = "tenant.merged";
    /** Deleting a tenant needs its code typed again, exactly (400, field {@code confirm}); argument: the code. */
    public static final String DELETION_UNCONFIRMED = "tenant.delete.unconfirmed";
    /** Onboarding a code that is taken: refused, not a second tenant (409); argument: the code. */
    public static final String EXISTS = "onboarding.exists";
    /** A second request for a code whose onboarding is under way: refused, the first goes on (409); argument: the code. */
    public static final String ONBOARDING_IN_PROGRESS = "onboarding.inprogress";
    /** A province code that is neither one of the 34 provinces nor a former one (400); argument: the code. */
    public static final String UNKNOWN_PROVINCE = "onboarding.province.unknown";

    private TenantRefusals() {
    }

    public static RefusedException unknownTenant(String code) {
        return RefusedException.unknown(null, UNKNOWN_TENANT, code).logged("No tenant with the code " + code);
    }

    static RefusedException merged(Tenant tenant) {
        return RefusedException.conflict(null, MERGED, tenant.name()).logged(tenant.code() + " is merged and read-only");
    }

    static RefusedException deletionUnconfirmed(String code) {
        return RefusedException.badRequest("confirm", DELETION_UNCONFIRMED, code)
                .logged("Deleting " + code + " was not confirmed with its code");
    }

    static RefusedException exists(String code) {
        return RefusedException.conflict(null, EXISTS, code).logged("A tenant with the code " + code + " exists already");
    }

    static RefusedException onboardingInProgress(String code) {
        return RefusedException.conflict(null, ONBOARDING_IN_PROGRESS, code)
                .logged("The onboarding of " + code + " is under way");
    }

    static RefusedException unknownProvince(String provinceCode) {
        return RefusedException.badRequest(null, UNKNOWN_PROVINCE, provinceCode)
                .logged("No province has the code " + provinceCode);
    }
}
