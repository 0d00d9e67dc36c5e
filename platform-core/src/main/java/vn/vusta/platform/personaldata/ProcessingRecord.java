package vn.vusta.platform.personaldata;

import java.time.LocalDate;
import java.util.List;

/**
 * A union's record of processing activities (ghi nhận hoạt động xử lý dữ liệu cá nhân), generated from what the
 * platform holds: the controller, each activity with its live counts, where the data is stored, the security
 * measures, and the platform operator's part as processor.
 *
 * @param sensitiveData what the record says of sensitive data (none: every field is basic personal data)
 * @param crossBorder   what it says of transfers abroad (none)
 */
public record ProcessingRecord(LocalDate generatedOn, String law, Controller controller, List<Activity> activities,
                               String storage, String crossBorder, String sensitiveData, List<String> securityMeasures,
                               Processor processor, List<Risk> risks, BreachSummary breaches) {

    /**
     * The union as controller.
     *
     * @param administrators the union's administrators, its contacts for personal data ("Nguyễn Văn An (an@…)")
     */
    public record Controller(String name, String code, String province, List<String> administrators) {
    }

    /** @param counts what the union holds now, each with its label: "Hội viên đang lưu trên nền tảng" → 1234 */
    public record Activity(ProcessingActivity code, String name, String purpose, String legalBasis, String dataSubjects,
                           String personalData, boolean personalDataProcessed, boolean sensitiveData, String recipients,
                           String retention,
                           List<Count> counts) {
    }

    /** A live count; value null when it could not be read (the sign-in service did not answer). */
    public record Count(String label, Integer value) {
    }

    /** The platform's operator, processing on behalf of every union. */
    public record Processor(String name, String role, List<String> operations, String commitment) {
    }

    public record Risk(String risk, String measure) {
    }

    public record BreachSummary(int recorded, int notified) {
    }
}
