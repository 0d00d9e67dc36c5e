package vn.vusta.platform.consultancy;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.members.MemberColumns;
import vn.vusta.platform.members.MemberQuery;
import vn.vusta.platform.members.MemberStatus;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.MEMBER;

/**
 * The experts who may join a panel (active members flagged expert), found by name for the task form: diacritics and
 * case ignored ("le dinh thuan").
 */
@Service
public class PanelCandidates {

    private final DSLContext db;

    PanelCandidates(DSLContext db) {
        this.db = db;
    }

    /** Those whose name has the words typed, in Vietnamese order of given names; at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<PanelExpert> matching(String typed, int limit) {
        var query = new MemberQuery(typed, null, null, null, null, MemberStatus.ACTIVE, true);
        if (!query.hasText()) {
            return List.of();
        }
        return db.select(MEMBER.ID, MEMBER.FULL_NAME, MEMBER.ACADEMIC_TITLE, MemberColumns.DEGREE, MEMBER.SPECIALTY, MEMBER.EXPERT)
                .from(MEMBER)
                .where(query.condition())
                .orderBy(query.order())
                .limit(limit)
                .fetch(TaskReader::toExpert);
    }

    /** The members given, experts or not (a form shows whom it was sent with), in Vietnamese order. */
    @Transactional(readOnly = true)
    public List<PanelExpert> find(Collection<UUID> memberIds) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return db.select(MEMBER.ID, MEMBER.FULL_NAME, MEMBER.ACADEMIC_TITLE, MemberColumns.DEGREE, MEMBER.SPECIALTY, MEMBER.EXPERT)
                .from(MEMBER)
                .where(MEMBER.ID.in(memberIds))
                .orderBy(MemberQuery.everyone().order())
                .fetch(TaskReader::toExpert);
    }
}
