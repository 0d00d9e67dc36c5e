package vn.vusta.platform.personaldata;

/**
 * What a union does with personal data on the platform, one entry of its record of processing activities. The
 * wording (purpose, legal basis, data subjects, categories of data, recipients) is in dossiers.properties; the
 * retention in {@link ActivityRetention}.
 */
public enum ProcessingActivity {
    MEMBERSHIP, EXPERT_DIRECTORY, EVENTS, AWARDS, GOVERNANCE, NATIONAL_REPORTS, ACCOUNTS;

    public String title() {
        return text("name");
    }

    public String purpose() {
        return text("purpose");
    }

    public String legalBasis() {
        return text("legalBasis");
    }

    public String dataSubjects() {
        return text("subjects");
    }

    public String personalData() {
        return text("data");
    }

    public String recipients() {
        return text("recipients");
    }

    /**
     * The accounts' login names and passwords: Decree 356/2025/NĐ-CP lists account credentials among sensitive data
     * (as its summaries report it), so the record says they are protected as such; the members' data is basic.
     */
    public boolean sensitiveData() {
        return this == ACCOUNTS;
    }

    /** Only the reports to the national union carry none: aggregate counts. */
    public boolean carriesPersonalData() {
        return this != NATIONAL_REPORTS;
    }

    private String text(String part) {
        return DossierTexts.get("activity." + name() + "." + part);
    }
}
