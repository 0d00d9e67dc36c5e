package vn.vusta.platform.members;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.refusal.RefusedException;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Changes a secretariat makes to many members at once from the list (thao tác hàng loạt): a new status, or one more
 * unit. Each member is changed as its own form would change it — the same checks, one audit entry each — and all or
 * none: one refusal leaves every member as it was.
 */
@Service
public class MemberBulk {

    /** A page of the list at its largest, with room: a selection is made on a page. */
    public static final int MOST = 200;

    private final Members members;

    MemberBulk(Members members) {
        this.members = members;
    }

    @Transactional
    public int changeStatus(Set<UUID> ids, MemberStatus status) {
        if (status == null || status == MemberStatus.ERASED) {
            throw RefusedException.invalid("status", "members.bulk.status.required");
        }
        return change(ids, draft -> new MemberDraft(draft.fullName(), draft.gender(), draft.birthYear(),
                draft.academicTitle(), draft.degree(), draft.specialty(), draft.workplace(), draft.email(), draft.phone(),
                draft.address(), draft.joinedOn(), status, draft.unitIds(), draft.fieldCodes(), draft.expert(),
                draft.processingConsentOn(), draft.expertSharingConsentOn(), draft.sharedData()));
    }

    @Transactional
    public int addToUnit(Set<UUID> ids, UUID unitId) {
        if (unitId == null) {
            throw RefusedException.invalid("unitId", "members.bulk.unit.required");
        }
        return change(ids, draft -> {
            var units = new HashSet<>(draft.unitIds());
            units.add(unitId);
            return new MemberDraft(draft.fullName(), draft.gender(), draft.birthYear(), draft.academicTitle(),
                    draft.degree(), draft.specialty(), draft.workplace(), draft.email(), draft.phone(), draft.address(),
                    draft.joinedOn(), draft.status(), units, draft.fieldCodes(), draft.expert(),
                    draft.processingConsentOn(), draft.expertSharingConsentOn(), draft.sharedData());
        });
    }

    private int change(Set<UUID> ids, UnaryOperator<MemberDraft> change) {
        if (ids == null || ids.isEmpty()) {
            throw RefusedException.invalid("ids", "members.bulk.none");
        }
        if (ids.size() > MOST) {
            throw RefusedException.invalid("ids", "members.bulk.too-many", MOST);
        }
        int changed = 0;
        for (UUID id : ids) {
            Member member = members.find(id).orElseThrow(() -> RefusedException.invalid("ids", "members.bulk.unknown"));
            if (member.erased()) {
                throw RefusedException.invalid("ids", "members.bulk.erased");
            }
            members.update(id, change.apply(member.draft()));
            changed++;
        }
        return changed;
    }
}
