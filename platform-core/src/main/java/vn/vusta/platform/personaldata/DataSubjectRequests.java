package vn.vusta.platform.personaldata;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.db.jooq.tables.records.DataSubjectRequestRecord;
import vn.vusta.platform.identity.Actor;
import vn.vusta.platform.members.MemberColumns;
import vn.vusta.platform.members.MemberStatus;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.tenancy.AccessScope;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.DATA_SUBJECT_REQUEST;
import static vn.vusta.platform.db.jooq.Tables.MEMBER;

/**
 * The union's register of its data subjects' requests (Law 91/2025/QH15, Art. 4.5: the controller answers them in
 * the time the law sets): each with the day it came, its last day by {@link RequestKind#days()}, and the answer.
 * Open requests past or near their last day are on the administrators' to-do list.
 */
@Service
public class DataSubjectRequests {

    static final int TEXT_LENGTH = 2_000;
    /** The register's page holds this many; a union gets a handful a year. */
    static final int AT_MOST = 500;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext db;
    private final AuditLog audit;

    DataSubjectRequests(DSLContext db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    /** Open ones first, the nearest last day first; then the answered, the latest first. */
    @Transactional(readOnly = true)
    public List<DataSubjectRequest> list() {
        return select(DSL.noCondition())
                .orderBy(DATA_SUBJECT_REQUEST.ANSWERED_ON.isNull().desc(), DATA_SUBJECT_REQUEST.DUE_ON,
                        DATA_SUBJECT_REQUEST.ANSWERED_ON.desc(), DATA_SUBJECT_REQUEST.ID)
                .limit(AT_MOST)
                .fetch(DataSubjectRequests::toRequest);
    }

    /** Open requests whose last day is within the given days, or past. */
    @Transactional(readOnly = true)
    public List<DataSubjectRequest> openDueWithin(int days, int atMost) {
        return select(DATA_SUBJECT_REQUEST.ANSWERED_ON.isNull(),
                DATA_SUBJECT_REQUEST.DUE_ON.le(VietnamTime.today().plusDays(days)))
                .orderBy(DATA_SUBJECT_REQUEST.DUE_ON, DATA_SUBJECT_REQUEST.ID)
                .limit(atMost)
                .fetch(DataSubjectRequests::toRequest);
    }

    @Transactional(readOnly = true)
    public List<DataSubjectRequest> ofMember(UUID memberId) {
        return select(DATA_SUBJECT_REQUEST.MEMBER_ID.eq(memberId))
                .orderBy(DATA_SUBJECT_REQUEST.RECEIVED_ON.desc(), DATA_SUBJECT_REQUEST.ID.desc())
                .fetch(DataSubjectRequests::toRequest);
    }

    @Transactional(readOnly = true)
    public Optional<DataSubjectRequest> find(UUID id) {
        return select(DATA_SUBJECT_REQUEST.ID.eq(id)).fetchOptional(DataSubjectRequests::toRequest);
    }

    @Transactional
    public DataSubjectRequest receive(RequestDraft draft) {
        if (draft.memberId() == null) {
            throw RefusedException.invalid("memberId", "personal-data.request.member.required");
        }
        if (draft.kind() == null) {
            throw RefusedException.invalid("kind", "personal-data.request.kind.required");
        }
        checkDay("receivedOn", draft.receivedOn(), null);
        checkText("details", draft.details());
        var member = db.select(MemberColumns.STATUS).from(MEMBER).where(MEMBER.ID.eq(draft.memberId())).fetchOptional();
        if (member.isEmpty()) {
            throw RefusedException.invalid("memberId", "personal-data.request.member.unknown");
        }
        if (member.get().value1() == MemberStatus.ERASED) {
            throw RefusedException.invalid("memberId", "personal-data.request.member.erased");
        }
        UUID id = db.insertInto(DATA_SUBJECT_REQUEST)
                .set(DATA_SUBJECT_REQUEST.TENANT_ID, AccessScope.currentTenant().id())
                .set(DATA_SUBJECT_REQUEST.MEMBER_ID, draft.memberId())
                .set(DATA_SUBJECT_REQUEST.KIND, draft.kind().name())
                .set(DATA_SUBJECT_REQUEST.RECEIVED_ON, draft.receivedOn())
                .set(DATA_SUBJECT_REQUEST.DUE_ON, draft.receivedOn().plusDays(draft.kind().days()))
                .set(DATA_SUBJECT_REQUEST.DETAILS, draft.details())
                .set(DATA_SUBJECT_REQUEST.RECORDED_BY, Actor.current().username())
                .returning(DATA_SUBJECT_REQUEST.ID)
                .fetchSingle(DATA_SUBJECT_REQUEST.ID);
        DataSubjectRequest received = find(id).orElseThrow();
        audit.record("data-subject-request.received", "data_subject_request", id, null, JSON.writeValueAsString(logged(received)));
        return received;
    }

    /** Records the answer; empty when the request is not the union's. An answered request is not answered again. */
    @Transactional
    public Optional<DataSubjectRequest> answer(UUID id, RequestAnswer answer) {
        Optional<DataSubjectRequestRecord> locked = db.selectFrom(DATA_SUBJECT_REQUEST)
                .where(DATA_SUBJECT_REQUEST.ID.eq(id)).forUpdate().fetchOptional();
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        DataSubjectRequestRecord record = locked.get();
        if (record.getAnsweredOn() != null) {
            throw RefusedException.conflict("answeredOn", "personal-data.request.answered");
        }
        if (answer.outcome() == null) {
            throw RefusedException.invalid("outcome", "personal-data.request.outcome.required");
        }
        checkDay("answeredOn", answer.answeredOn(), record.getReceivedOn());
        checkText("answer", answer.answer());
        if (answer.outcome() == RequestOutcome.REFUSED && answer.answer() == null) {
            throw RefusedException.invalid("answer", "personal-data.request.refusal.reason");
        }
        DataSubjectRequest before = find(id).orElseThrow();
        record.setAnsweredOn(answer.answeredOn());
        record.setOutcome(answer.outcome().name());
        record.setAnswer(answer.answer());
        record.store();
        DataSubjectRequest after = find(id).orElseThrow();
        audit.record("data-subject-request.answered", "data_subject_request", id,
                JSON.writeValueAsString(logged(before)), JSON.writeValueAsString(logged(after)));
        return Optional.of(after);
    }

    /** What the audit log keeps of a request: kinds and days, not the person's name or words. */
    private static Logged logged(DataSubjectRequest request) {
        return new Logged(request.memberId(), request.kind(), request.receivedOn(), request.dueOn(),
                request.answeredOn(), request.outcome());
    }

    private record Logged(UUID memberId, RequestKind kind, LocalDate receivedOn, LocalDate dueOn, LocalDate answeredOn,
                          RequestOutcome outcome) {
    }

    private static void checkDay(String field, LocalDate day, LocalDate notBefore) {
        if (day == null) {
            throw RefusedException.invalid(field, "personal-data.request.day.required");
        }
        if (day.isAfter(VietnamTime.today())) {
            throw RefusedException.invalid(field, "personal-data.request.day.future");
        }
        if (notBefore != null && day.isBefore(notBefore)) {
            throw RefusedException.invalid(field, "personal-data.request.day.before-received");
        }
    }

    private static void checkText(String field, String text) {
        if (text != null && text.length() > TEXT_LENGTH) {
            throw RefusedException.invalid(field, "personal-data.request.text.length", TEXT_LENGTH);
        }
    }

    private org.jooq.SelectConditionStep<Record> select(Condition... conditions) {
        return db.select(DATA_SUBJECT_REQUEST.fields()).select(MEMBER.FULL_NAME, MemberColumns.STATUS)
                .from(DATA_SUBJECT_REQUEST)
                .join(MEMBER).on(MEMBER.TENANT_ID.eq(DATA_SUBJECT_REQUEST.TENANT_ID), MEMBER.ID.eq(DATA_SUBJECT_REQUEST.MEMBER_ID))
                .where(conditions);
    }

    private static DataSubjectRequest toRequest(Record r) {
        DataSubjectRequestRecord q = r.into(DATA_SUBJECT_REQUEST);
        boolean erased = r.get(MemberColumns.STATUS) == MemberStatus.ERASED;
        return new DataSubjectRequest(q.getId(), q.getMemberId(), erased ? null : r.get(MEMBER.FULL_NAME),
                RequestKind.valueOf(q.getKind()), q.getReceivedOn(), q.getDueOn(), q.getDetails(), q.getAnsweredOn(),
                q.getOutcome() == null ? null : RequestOutcome.valueOf(q.getOutcome()), q.getAnswer(),
                q.getRecordedBy(), q.getRecordedAt());
    }
}
