package vn.vusta.platform.calendar;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Vietnam's time, whatever the server's: what "today" is for a running term, an overdue task or this year's list,
 * and where a day begins and ends for a date filter.
 */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
