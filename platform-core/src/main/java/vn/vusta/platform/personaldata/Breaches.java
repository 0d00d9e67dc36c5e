package vn.vusta.platform.personaldata;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.db.jooq.tables.records.PersonalDataBreachRecord;
import vn.vusta.platform.identity.Actor;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.tenancy.AccessScope;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.PERSONAL_DATA_BREACH;

/**
 * The union's breach register: every breach of its members' personal data it learned of, newest first, with the
 * deadline to notify the authority (72 hours from detection, {@link BreachDeadline}) and, once done, when it was
 * notified. A breach is recorded, then its notification; nothing is deleted. Every write is audited.
 */
@Service
public class Breaches {

    private final DSLContext db;
    private final AuditLog audit;

    Breaches(DSLContext db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Breach> list() {
        OffsetDateTime now = OffsetDateTime.now();
        return db.selectFrom(PERSONAL_DATA_BREACH)
                .where(PERSONAL_DATA_BREACH.TENANT_ID.eq(AccessScope.currentTenant().id()))
                .orderBy(PERSONAL_DATA_BREACH.DETECTED_AT.desc(), PERSONAL_DATA_BREACH.ID.desc())
                .fetch(r -> breach(r, now));
    }

    /** The breaches not yet notified to the authority, the earliest deadline first. */
    @Transactional(readOnly = true)
    public List<Breach> notNotified() {
        OffsetDateTime now = OffsetDateTime.now();
        return db.selectFrom(PERSONAL_DATA_BREACH)
                .where(PERSONAL_DATA_BREACH.TENANT_ID.eq(AccessScope.currentTenant().id()),
                        PERSONAL_DATA_BREACH.AUTHORITY_NOTIFIED_AT.isNull())
                .orderBy(PERSONAL_DATA_BREACH.DETECTED_AT, PERSONAL_DATA_BREACH.ID)
                .fetch(r -> breach(r, now));
    }

    /** The union's breach; empty for an unknown id or another union's. */
    @Transactional(readOnly = true)
    public Optional<Breach> find(UUID id) {
        return fetch(id).map(r -> breach(r, OffsetDateTime.now()));
    }

    @Transactional
    public Breach record(BreachDraft draft) {
        OffsetDateTime now = OffsetDateTime.now();
        if (draft.detectedAt().isAfter(now)) {
            throw RefusedException.invalid("detectedAt", "personaldata.breach.detectedAt.future");
        }
        if (draft.personsAffected() < 0) {
            throw RefusedException.invalid("personsAffected", "personaldata.breach.personsAffected.negative");
        }
        PersonalDataBreachRecord created = db.insertInto(PERSONAL_DATA_BREACH)
                .set(PERSONAL_DATA_BREACH.TENANT_ID, AccessScope.currentTenant().id())
                .set(PERSONAL_DATA_BREACH.DETECTED_AT, draft.detectedAt())
                .set(PERSONAL_DATA_BREACH.DESCRIPTION, draft.description())
                .set(PERSONAL_DATA_BREACH.DATA_CATEGORIES, draft.dataCategories())
                .set(PERSONAL_DATA_BREACH.PERSONS_AFFECTED, draft.personsAffected())
                .set(PERSONAL_DATA_BREACH.CONSEQUENCES, draft.consequences())
                .set(PERSONAL_DATA_BREACH.MEASURES, draft.measures())
                .set(PERSONAL_DATA_BREACH.RECORDED_BY, Actor.current().username())
                .returning()
                .fetchSingle();
        audit.record("personal-data-breach.recorded", null, created, created.getId());
        return breach(created, now);
    }

    /**
     * Records when the authority (and, where needed, the persons) were told; empty for an unknown id or another
     * union's. A time before detection or in the future is refused; a breach notified already may be corrected.
     */
    @Transactional
    public Optional<Breach> notify(UUID id, BreachNotification notification) {
        Optional<PersonalDataBreachRecord> found = fetch(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PersonalDataBreachRecord before = found.get();
        OffsetDateTime now = OffsetDateTime.now();
        check("authorityNotifiedAt", notification.authorityNotifiedAt(), before.getDetectedAt(), now);
        check("personsNotifiedAt", notification.personsNotifiedAt(), before.getDetectedAt(), now);
        PersonalDataBreachRecord after = before.copy();
        after.setTenantId(before.getTenantId());
        after.setId(before.getId());
        after.setAuthorityNotifiedAt(notification.authorityNotifiedAt());
        after.setPersonsNotifiedAt(notification.personsNotifiedAt());
        after.setNotificationNote(notification.note());
        after.setNotificationRecordedBy(Actor.current().username());
        db.update(PERSONAL_DATA_BREACH)
                .set(PERSONAL_DATA_BREACH.AUTHORITY_NOTIFIED_AT, after.getAuthorityNotifiedAt())
                .set(PERSONAL_DATA_BREACH.PERSONS_NOTIFIED_AT, after.getPersonsNotifiedAt())
                .set(PERSONAL_DATA_BREACH.NOTIFICATION_NOTE, after.getNotificationNote())
                .set(PERSONAL_DATA_BREACH.NOTIFICATION_RECORDED_BY, after.getNotificationRecordedBy())
                .where(PERSONAL_DATA_BREACH.TENANT_ID.eq(before.getTenantId()), PERSONAL_DATA_BREACH.ID.eq(id))
                .execute();
        audit.record("personal-data-breach.notified", before, after, id);
        return Optional.of(breach(after, now));
    }

    private static void check(String field, OffsetDateTime at, OffsetDateTime detectedAt, OffsetDateTime now) {
        if (at == null) {
            return;
        }
        if (at.isBefore(detectedAt)) {
            throw RefusedException.invalid(field, "personaldata.breach.notified.beforeDetection");
        }
        if (at.isAfter(now)) {
            throw RefusedException.invalid(field, "personaldata.breach.notified.future");
        }
    }

    private Optional<PersonalDataBreachRecord> fetch(UUID id) {
        return db.selectFrom(PERSONAL_DATA_BREACH)
                .where(PERSONAL_DATA_BREACH.TENANT_ID.eq(AccessScope.currentTenant().id()), PERSONAL_DATA_BREACH.ID.eq(id))
                .fetchOptional();
    }

    private static Breach breach(PersonalDataBreachRecord r, OffsetDateTime now) {
        return new Breach(r.getId(), r.getDetectedAt(), r.getDescription(), r.getDataCategories(), r.getPersonsAffected(),
                r.getConsequences(), r.getMeasures(), r.getAuthorityNotifiedAt(), r.getPersonsNotifiedAt(),
                r.getNotificationNote(), r.getNotificationRecordedBy(), r.getRecordedBy(), r.getRecordedAt(),
                BreachDeadline.of(r.getDetectedAt()),
                BreachDeadline.overdue(r.getDetectedAt(), r.getAuthorityNotifiedAt(), now));
    }
}
