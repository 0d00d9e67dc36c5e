package vn.vusta.platform.identity;

/** Keycloak realm roles; in Spring Security they are authorities {@code ROLE_<name>}. */
public final class Roles {

    public static final String PLATFORM_ADMIN = "platform-admin";
    public static final String NATIONAL_REVIEWER = "national-reviewer";
    /** The province's own administrator (approves reports). */
    public static final String TENANT_ADMIN = "tenant-admin";
    /** Secretariat staff who enter data. */
    public static final String TENANT_EDITOR = "tenant-editor";
    /** Standing Committee members who read. */
    public static final String TENANT_VIEWER = "tenant-viewer";
    /** The chairman of the Standing Committee (Ban Thường vụ): reads, and approves the union's reports. */
    public static final String TENANT_APPROVER = "tenant-approver";

    public static final String[] TENANT_READERS = {TENANT_ADMIN, TENANT_EDITOR, TENANT_VIEWER, TENANT_APPROVER};
    public static final String[] TENANT_WRITERS = {TENANT_ADMIN, TENANT_EDITOR};

    private Roles() {
    }
}
