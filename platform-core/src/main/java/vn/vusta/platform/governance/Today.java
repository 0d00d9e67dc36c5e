package vn.vusta.platform.governance;

import java.time.LocalDate;
import java.time.ZoneId;

/** The date in Vietnam, which decides what "current" means for terms and seats. */
final class Today {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Today() {
    }

    static LocalDate inVietnam() {
        return LocalDate.now(VIETNAM);
    }
}
