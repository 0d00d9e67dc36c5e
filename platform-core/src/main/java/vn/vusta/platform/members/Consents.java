package vn.vusta.platform.members;

import org.jooq.DSLContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.db.jooq.tables.records.ConsentRecord;
import vn.vusta.platform.db.jooq.tables.records.MemberRecord;
import vn.vusta.platform.identity.Actor;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.tenancy.AccessScope;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.CONSENT;
import static vn.vusta.platform.db.jooq.Tables.MEMBER;

/**
 * Members' consents as records, purpose by purpose (Law 91/2025/QH15: consent is given for each purpose, can be
 * withdrawn at any time, and the controller must be able to show it). The latest record for a purpose is the
 * member's consent; a withdrawal stops that processing at once — the expert directory drops the member (the record's
 * sharing consent goes with it), the union's event contacts leave out their e-mail and phone.
 */
@Service
public class Consents {

    static final int EVIDENCE_LENGTH = 500;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext db;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Consents(DSLContext db, AuditLog audit, ApplicationEventPublisher events) {
        this.db = db;
        this.audit = audit;
        this.events = events;
    }

    /** Every giving and withdrawal, the latest first. */
    @Transactional(readOnly = true)
    public List<Consent> history(UUID memberId) {
        return db.selectFrom(CONSENT).where(CONSENT.MEMBER_ID.eq(memberId))
                .orderBy(CONSENT.RECORDED_AT.desc(), CONSENT.ID.desc())
                .fetch(Consents::toConsent);
    }

    /** The member's consent for each purpose ever asked: its latest record. */
    @Transactional(readOnly = true)
    public Map<ConsentPurpose, Consent> current(UUID memberId) {
        var current = new EnumMap<ConsentPurpose, Consent>(ConsentPurpose.class);
        for (Consent consent : history(memberId)) {
            current.putIfAbsent(consent.purpose(), consent);
        }
        return current;
    }

    /** Those of the members whose consent for the purpose stands today. */
    @Transactional(readOnly = true)
    public Set<UUID> consenting(Collection<UUID> memberIds, ConsentPurpose purpose) {
        if (memberIds.isEmpty()) {
            return Set.of();
        }
        var consenting = new HashSet<UUID>();
        db.select(CONSENT.MEMBER_ID, CONSENT.GIVEN).distinctOn(CONSENT.MEMBER_ID)
                .from(CONSENT)
                .where(CONSENT.MEMBER_ID.in(memberIds), CONSENT.PURPOSE.eq(purpose.name()))
                .orderBy(CONSENT.MEMBER_ID, CONSENT.RECORDED_AT.desc(), CONSENT.ID.desc())
                .forEach(r -> {
                    if (r.value2()) {
                        consenting.add(r.value1());
                    }
                });
        return consenting;
    }

    /** Records a consent given or withdrawn; empty when the member is not the union's. */
    @Transactional
    public Optional<Consent> record(UUID memberId, ConsentDraft draft) {
        check(draft);
        Optional<MemberRecord> member = db.selectFrom(MEMBER).where(MEMBER.ID.eq(memberId)).forUpdate().fetchOptional();
        if (member.isEmpty()) {
            return Optional.empty();
        }
        if (member.get().into(MemberColumns.STATUS).value1() == MemberStatus.ERASED) {
            throw RefusedException.invalid("memberId", "consent.member.erased");
        }
        boolean given = draft.given();
        LocalDate on = draft.effectiveOn();
        Consent consent = insert(memberId, draft.purpose(), given, on, draft.way(), draft.evidence());
        // The member's record keeps the two consents the rest of the platform reads (the expert directory's view,
        // the member's form) in step with their records.
        switch (draft.purpose()) {
            case MEMBERSHIP -> db.update(MEMBER).set(MEMBER.PROCESSING_CONSENT_ON, given ? on : null)
                    .where(MEMBER.ID.eq(memberId)).execute();
            case EXPERT_DIRECTORY -> {
                var update = db.update(MEMBER).set(MEMBER.EXPERT_SHARING_CONSENT_ON, given ? on : null);
                (given ? update : update.set(MEMBER.EXPERT_SHARED_DATA, new String[0]))
                        .where(MEMBER.ID.eq(memberId)).execute();
            }
            case EVENT_CONTACTS, PHOTOS -> {
            }
        }
        audit.record(given ? "member.consent-given" : "member.consent-withdrawn", "member", memberId, null,
                JSON.writeValueAsString(consent));
        return Optional.of(consent);
    }

    /**
     * Follows a change of the consent dates on the member's record (its form, the API's member body): a date set or
     * changed is a consent given that day, a date cleared a withdrawal today. The member's audit entry says who.
     */
    void followRecord(UUID memberId, MemberRecordConsents before, MemberRecordConsents after) {
        follow(memberId, ConsentPurpose.MEMBERSHIP, before.processing(), after.processing());
        follow(memberId, ConsentPurpose.EXPERT_DIRECTORY, before.sharing(), after.sharing());
    }

    /** The two consent dates a member's record carries. */
    record MemberRecordConsents(LocalDate processing, LocalDate sharing) {
        static final MemberRecordConsents NONE = new MemberRecordConsents(null, null);
    }

    /** An erased person's consents keep their purposes and dates, not what was written of them. */
    void forget(UUID memberId) {
        db.update(CONSENT).setNull(CONSENT.EVIDENCE).where(CONSENT.MEMBER_ID.eq(memberId), CONSENT.EVIDENCE.isNotNull())
                .execute();
    }

    private void follow(UUID memberId, ConsentPurpose purpose, LocalDate before, LocalDate after) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (after != null) {
            insert(memberId, purpose, true, after, ConsentWay.MEMBER_RECORD, null);
        } else {
            insert(memberId, purpose, false, VietnamTime.today(), ConsentWay.MEMBER_RECORD, null);
        }
    }

    private Consent insert(UUID memberId, ConsentPurpose purpose, boolean given, LocalDate on, ConsentWay way,
                           String evidence) {
        ConsentRecord record = db.insertInto(CONSENT)
                .set(CONSENT.TENANT_ID, AccessScope.currentTenant().id())
                .set(CONSENT.MEMBER_ID, memberId)
                .set(CONSENT.PURPOSE, purpose.name())
                .set(CONSENT.GIVEN, given)
                .set(CONSENT.EFFECTIVE_ON, on)
                .set(CONSENT.WAY, way.name())
                .set(CONSENT.EVIDENCE, evidence)
                .set(CONSENT.LAW, ConsentLaw.on(on).name())
                .set(CONSENT.RECORDED_BY, Actor.current().username())
                .returning()
                .fetchSingle();
        if (!given) {
            events.publishEvent(new ConsentWithdrawn(memberId, purpose, on));
        }
        return toConsent(record);
    }

    private static void check(ConsentDraft draft) {
        if (draft.purpose() == null) {
            throw RefusedException.invalid("purpose", "consent.purpose.required");
        }
        if (draft.given() == null) {
            throw RefusedException.invalid("given", "consent.given.required");
        }
        if (draft.effectiveOn() == null) {
            throw RefusedException.invalid("effectiveOn", "consent.effectiveOn.required");
        }
        if (draft.effectiveOn().isAfter(VietnamTime.today())) {
            throw RefusedException.invalid("effectiveOn", "consent.effectiveOn.future");
        }
        if (draft.way() == null || draft.way() == ConsentWay.MEMBER_RECORD) {
            throw RefusedException.invalid("way", "consent.way.required");
        }
        if (draft.evidence() != null && draft.evidence().length() > EVIDENCE_LENGTH) {
            throw RefusedException.invalid("evidence", "consent.evidence.length", EVIDENCE_LENGTH);
        }
    }

    private static Consent toConsent(ConsentRecord r) {
        return new Consent(r.getId(), ConsentPurpose.valueOf(r.getPurpose()), r.getGiven(), r.getEffectiveOn(),
                ConsentWay.valueOf(r.getWay()), r.getEvidence(), ConsentLaw.valueOf(r.getLaw()), r.getRecordedBy(),
                r.getRecordedAt());
    }
}
