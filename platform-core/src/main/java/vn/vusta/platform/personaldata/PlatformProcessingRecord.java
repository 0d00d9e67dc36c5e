package vn.vusta.platform.personaldata;

import java.time.LocalDate;
import java.util.List;

/**
 * The platform operator's record of processing as processor (bên xử lý dữ liệu cá nhân, Law 91/2025/QH15, Art. 2.8):
 * what it does with personal data on behalf of each union, for whom, where, and how it is protected.
 *
 * @param controllers the unions it processes for, with their state ("Hải Phòng (hai-phong) — ACTIVE")
 */
public record PlatformProcessingRecord(LocalDate generatedOn, String law, ProcessingRecord.Processor processor,
                                       List<Controller> controllers, List<ProcessingRecord.Activity> activities,
                                       String storage, String crossBorder, List<String> securityMeasures) {

    /** A union the platform processes for, as controller. */
    public record Controller(String name, String code, String status) {
    }
}
