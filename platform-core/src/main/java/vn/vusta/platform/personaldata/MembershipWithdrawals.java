package vn.vusta.platform.personaldata;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.vusta.platform.members.ConsentPurpose;
import vn.vusta.platform.members.ConsentWithdrawn;

/**
 * A member who withdraws the consent to membership administration asks the union to stop processing their data at
 * all: the union must end the membership or erase the person, and the withdrawal becomes a request in the register with
 * the law's days (Law 91/2025/QH15, Art. 10), on the administrators' to-do list until it is answered. The other purposes
 * stop by themselves (the expert directory, event contacts), so they need no request.
 */
@Component
class MembershipWithdrawals {

    /** What the register says of such a request; the union's own record, so in Vietnamese. */
    static final String DETAILS = "Hội viên rút lại sự đồng ý cho mục đích quản lý hội viên: kết thúc tư cách hội viên "
            + "hoặc xóa dữ liệu cá nhân trong thời hạn.";

    private final DataSubjectRequests requests;

    MembershipWithdrawals(DataSubjectRequests requests) {
        this.requests = requests;
    }

    @EventListener
    void on(ConsentWithdrawn withdrawn) {
        if (withdrawn.purpose() != ConsentPurpose.MEMBERSHIP || requests.ofMember(withdrawn.memberId()).stream()
                .anyMatch(r -> r.open() && r.kind() == RequestKind.WITHDRAWAL)) {
            return;
        }
        requests.receive(new RequestDraft(withdrawn.memberId(), RequestKind.WITHDRAWAL, withdrawn.effectiveOn(), DETAILS));
    }
}
