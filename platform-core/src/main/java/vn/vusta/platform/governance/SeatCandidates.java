package vn.vusta.platform.governance;

import org.jooq.DSLContext;
import org.jooq.Record4;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.members.MemberQuery;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.MEMBER;

/**
 * Members who may take a seat (anyone in the registry but the deceased and the erased), found by name for the seat
 * form: diacritics and case ignored ("le cong cuong").
 */
@Service
public class SeatCandidates {

    private static final List<String> UNAVAILABLE = List.of("DECEASED", "ERASED");

    private final DSLContext db;

    SeatCandidates(DSLContext db) {
        this.db = db;
    }

    /** A member who may take a seat, by id; empty for anyone else. */
    @Transactional(readOnly = true)
    public Optional<Holder> find(UUID memberId) {
        return db.select(MEMBER.ID, MEMBER.FULL_NAME, MEMBER.ACADEMIC_TITLE, MEMBER.DEGREE)
                .from(MEMBER)
                .where(MEMBER.ID.eq(memberId).and(MEMBER.STATUS.notIn(UNAVAILABLE)))
                .fetchOptional(SeatCandidates::toHolder);
    }

    /** Those whose name has the words typed, in Vietnamese order of given names; at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Holder> matching(String typed, int limit) {
        var query = new MemberQuery(typed, null, null, null, null, null, null);
        if (!query.hasText()) {
            return List.of();
        }
        return db.select(MEMBER.ID, MEMBER.FULL_NAME, MEMBER.ACADEMIC_TITLE, MEMBER.DEGREE)
                .from(MEMBER)
                .where(query.condition())
                .and(MEMBER.STATUS.notIn(UNAVAILABLE))
                .orderBy(query.order())
                .limit(limit)
                .fetch(SeatCandidates::toHolder);
    }

    private static Holder toHolder(Record4<UUID, String, String, String> r) {
        return Holder.of(r.value1(), r.value2(), r.value3(), r.value4());
    }
}
