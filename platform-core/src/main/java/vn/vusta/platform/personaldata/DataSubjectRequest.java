package vn.vusta.platform.personaldata;

import vn.vusta.platform.calendar.VietnamTime;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A request of a data subject (yêu cầu của chủ thể dữ liệu) in the union's register.
 *
 * @param memberName the member's name as the register shows it; null once the member is erased
 * @param dueOn      the last day to answer, by the law's days for the kind
 * @param answeredOn null while open
 */
public record DataSubjectRequest(UUID id, UUID memberId, String memberName, RequestKind kind, LocalDate receivedOn,
                                 LocalDate dueOn, String details, LocalDate answeredOn, RequestOutcome outcome,
                                 String answer, String recordedBy, OffsetDateTime recordedAt) {

    public boolean open() {
        return answeredOn == null;
    }

    /** Open past its last day. */
    public boolean overdue() {
        return open() && VietnamTime.today().isAfter(dueOn);
    }

    /** Days from today to the last day, negative when past. */
    public long daysLeft() {
        return ChronoUnit.DAYS.between(VietnamTime.today(), dueOn);
    }
}
