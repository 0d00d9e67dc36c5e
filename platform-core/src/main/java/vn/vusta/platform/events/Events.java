package vn.vusta.platform.events;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.db.jooq.tables.records.EventRecord;
import vn.vusta.platform.files.StoredFile;
import vn.vusta.platform.files.StoredFiles;
import vn.vusta.platform.files.Upload;
import vn.vusta.platform.members.ConsentPurpose;
import vn.vusta.platform.members.Consents;
import vn.vusta.platform.members.MemberQuery;
import vn.vusta.platform.refusal.ConstraintRefusals;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.tenancy.AccessScope;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.EVENT;
import static vn.vusta.platform.db.jooq.Tables.EVENT_ATTACHMENT;
import static vn.vusta.platform.db.jooq.Tables.EVENT_CO_ORGANISER;
import static vn.vusta.platform.db.jooq.Tables.EVENT_PARTICIPANT;
import static vn.vusta.platform.db.jooq.Tables.MEMBER;
import static vn.vusta.platform.db.jooq.Tables.PROVINCE;
import static vn.vusta.platform.db.jooq.Tables.UNIT;

/**
 * The events (sự kiện) of the current tenant's union: recorded, changed and deleted with their documents and photos,
 * every change audited in its transaction (an event and the files sent with it are written together or not at all);
 * listed with the totals its reports quote, and by month for the calendar. Row-level security confines everything
 * to the tenant: a unit, a member or a file of another union is simply unknown here.
 */
@Service
public class Events {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ERASED = "ERASED";

    /** What the database refuses when a check here was overtaken (a unit deleted meanwhile, say). */
    private static final ConstraintRefusals CONSTRAINTS = ConstraintRefusals.of(Map.of(
            "event_period_ordered", RefusedException.invalid("endsOn", "events.refusal.ends-before-start"),
            "event_participants_not_negative", RefusedException.invalid("participantCount", "events.refusal.participants-negative"),
            "event_organiser_unit_fkey", RefusedException.invalid("organiserUnitId", "events.refusal.unit-unknown"),
            "event_co_organiser_unit_fkey", RefusedException.invalid("coOrganisers", "events.refusal.unit-unknown"),
            "event_participant_member_fkey", RefusedException.invalid("participantIds", "events.refusal.participant-not-member")));

    private final DSLContext db;
    private final AuditLog audit;
    private final StoredFiles files;
    private final Consents consents;

    Events(DSLContext db, AuditLog audit, StoredFiles files, Consents consents) {
        this.db = db;
        this.audit = audit;
        this.files = files;
        this.consents = consents;
    }

    /** A page of the events the query finds, newest first, and the totals of all it finds. */
    @Transactional(readOnly = true)
    public EventPage search(EventQuery query, int page, int size) {
        var condition = query.condition();
        Record totals = db.select(DSL.count(), DSL.sum(EVENT.PARTICIPANT_COUNT),
                        DSL.count().filterWhere(EVENT.PARTICIPANT_COUNT.isNull()))
                .from(EVENT).where(condition).fetchSingle();
        List<EventSummary> items = summaries(condition, (long) page * size, size);
        BigDecimal sum = totals.get(1, BigDecimal.class);
        return new EventPage(items, new EventTotals(totals.get(0, Integer.class), sum == null ? 0 : sum.longValue(),
                totals.get(2, Integer.class)), page, size);
    }

    /** The events that take place in a month, in the order they begin: the calendar's. */
    @Transactional(readOnly = true)
    public List<EventSummary> month(YearMonth month) {
        var condition = AccessScope.ownRows(EVENT.TENANT_ID)
                .and(EVENT.STARTS_ON.le(month.atEndOfMonth()))
                .and(EVENT.ENDS_ON.ge(month.atDay(1)));
        return summaries(condition, 0, Integer.MAX_VALUE).reversed();
    }

    /** The years the union has events in, newest first: the choices of a list's year filter. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        Field<Integer> year = DSL.extract(EVENT.STARTS_ON, DatePart.YEAR);
        return db.selectDistinct(year).from(EVENT).where(AccessScope.ownRows(EVENT.TENANT_ID))
                .orderBy(year.desc()).fetch(year);
    }

    @Transactional(readOnly = true)
    public Optional<Event> find(UUID id) {
        return db.select(EVENT.asterisk(), UNIT.NAME, PROVINCE.NAME)
                .from(EVENT)
                .leftJoin(UNIT).on(UNIT.TENANT_ID.eq(EVENT.TENANT_ID), UNIT.ID.eq(EVENT.ORGANISER_UNIT_ID))
                .leftJoin(PROVINCE).on(PROVINCE.CODE.eq(EVENT.PROVINCE_CODE))
                .where(EVENT.ID.eq(id))
                .fetchOptional()
                .map(r -> toEvent(r.into(EVENT), r.get(UNIT.NAME), r.get(PROVINCE.NAME)));
    }

    /** Records an event with the files sent with it. */
    @Transactional
    public Event create(EventDraft draft, List<Upload> uploads) {
        check(draft);
        try {
            EventRecord created = db.insertInto(EVENT)
                    .set(write(db.newRecord(EVENT), draft).setTenantId(AccessScope.currentTenant().id()))
                    .returning()
                    .fetchSingle();
            writeLists(created.getId(), draft);
            uploads.forEach(upload -> store(created.getId(), upload));
            Event event = find(created.getId()).orElseThrow();
            audit.record("event.created", "event", event.id(), null, JSON.writeValueAsString(event));
            return event;
        } catch (org.jooq.exception.DataAccessException | org.springframework.dao.DataAccessException e) {
            throw CONSTRAINTS.translated(e);
        }
    }

    /**
     * Replaces what the event records with the draft and adds the files sent with it (its other files stay); empty
     * when there is no such event.
     */
    @Transactional
    public Optional<Event> update(UUID id, EventDraft draft, List<Upload> uploads) {
        Optional<Event> before = lockedForChange(id);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        check(draft);
        try {
            db.update(EVENT).set(write(db.newRecord(EVENT), draft)).set(EVENT.UPDATED_AT, OffsetDateTime.now())
                    .where(EVENT.ID.eq(id)).execute();
            db.deleteFrom(EVENT_CO_ORGANISER).where(EVENT_CO_ORGANISER.EVENT_ID.eq(id)).execute();
            db.deleteFrom(EVENT_PARTICIPANT).where(EVENT_PARTICIPANT.EVENT_ID.eq(id)).execute();
            writeLists(id, draft);
            uploads.forEach(upload -> store(id, upload));
            Event after = find(id).orElseThrow();
            audit.record("event.updated", "event", id, JSON.writeValueAsString(before.get()), JSON.writeValueAsString(after));
            return Optional.of(after);
        } catch (org.jooq.exception.DataAccessException | org.springframework.dao.DataAccessException e) {
            throw CONSTRAINTS.translated(e);
        }
    }

    /** Deletes an event with what it lists and its files; false when there is no such event. */
    @Transactional
    public boolean delete(UUID id) {
        Optional<Event> before = lockedForChange(id);
        if (before.isEmpty()) {
            return false;
        }
        List<UUID> fileIds = db.deleteFrom(EVENT_ATTACHMENT).where(EVENT_ATTACHMENT.EVENT_ID.eq(id))
                .returning(EVENT_ATTACHMENT.FILE_ID).fetch(EVENT_ATTACHMENT.FILE_ID);
        fileIds.forEach(files::delete);
        db.deleteFrom(EVENT).where(EVENT.ID.eq(id)).execute();
        audit.record("event.deleted", "event", id, JSON.writeValueAsString(before.get()), null);
        return true;
    }

    /** Attaches a document or a photo to an event; empty when there is no such event. */
    @Transactional
    public Optional<StoredFile> attach(UUID eventId, Upload upload) {
        if (lockedForChange(eventId).isEmpty()) {
            return Optional.empty();
        }
        StoredFile file = store(eventId, upload);
        audit.record("event.attachment-added", "event", eventId, null, JSON.writeValueAsString(file));
        return Optional.of(file);
    }

    /** Removes a file from an event and deletes it; false when the event has no such file. */
    @Transactional
    public boolean detach(UUID eventId, UUID fileId) {
        if (lockedForChange(eventId).isEmpty()) {
            return false;
        }
        Optional<StoredFile> file = files.find(fileId);
        int unlinked = db.deleteFrom(EVENT_ATTACHMENT)
                .where(EVENT_ATTACHMENT.EVENT_ID.eq(eventId), EVENT_ATTACHMENT.FILE_ID.eq(fileId)).execute();
        if (unlinked == 0 || file.isEmpty()) {
            return false;
        }
        files.delete(fileId);
        audit.record("event.attachment-removed", "event", eventId, JSON.writeValueAsString(file.get()), null);
        return true;
    }

    /**
     * Members who may be named as participants (anyone in the registry but the erased) whose name has the words
     * typed, diacritics and case aside, in Vietnamese order of given names; at most {@code limit}.
     */
    @Transactional(readOnly = true)
    public List<Participant> participantCandidates(String typed, int limit) {
        var query = new MemberQuery(typed, null, null, null, null, null, null);
        if (!query.hasText()) {
            return List.of();
        }
        return db.select(MEMBER.ID, MEMBER.FULL_NAME, MEMBER.ACADEMIC_TITLE, MEMBER.DEGREE)
                .from(MEMBER)
                .where(query.condition(), MEMBER.STATUS.ne(ERASED))
                .orderBy(query.order())
                .limit(limit)
                .fetch(r -> Participant.of(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /**
     * The members of the ids who may be named as participants, in Vietnamese order of given names. An erased member
     * is left out: nothing identifies them any more.
     */
    @Transactional(readOnly = true)
    public List<Participant> participants(Set<UUID> memberIds) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return db.select(MEMBER.ID, MEMBER.FULL_NAME, MEMBER.ACADEMIC_TITLE, MEMBER.DEGREE)
                .from(MEMBER)
                .where(MEMBER.ID.in(memberIds), MEMBER.STATUS.ne(ERASED))
                .orderBy(MemberQuery.everyone().order())
                .fetch(r -> Participant.of(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /**
     * The event's participants with how to reach them: contacts only of those whose consent to be contacted about
     * events stands today, so a withdrawal takes effect on the next reading. Empty when the event is not the union's.
     */
    @Transactional(readOnly = true)
    public Optional<List<EventContact>> contacts(UUID eventId) {
        return find(eventId).map(event -> {
            Set<UUID> named = new LinkedHashSet<>();
            event.participants().forEach(p -> named.add(p.memberId()));
            Set<UUID> consenting = consents.consenting(named, ConsentPurpose.EVENT_CONTACTS);
            Map<UUID, org.jooq.Record3<UUID, String, String>> reach = db.select(MEMBER.ID, MEMBER.EMAIL, MEMBER.PHONE)
                    .from(MEMBER).where(MEMBER.ID.in(consenting)).fetchMap(MEMBER.ID);
            return event.participants().stream().map(p -> {
                var contact = reach.get(p.memberId());
                return contact == null ? new EventContact(p.memberId(), p.writtenName(), null, null, false)
                        : new EventContact(p.memberId(), p.writtenName(), contact.value2(), contact.value3(), true);
            }).toList();
        });
    }

    private Optional<Event> lockedForChange(UUID id) {
        return db.selectFrom(EVENT).where(EVENT.ID.eq(id)).forUpdate().fetchOptional().flatMap(r -> find(id));
    }

    /** What can be said more clearly than by a constraint, field by field in the order of the form. */
    private void check(EventDraft draft) {
        if (draft.endsOn() != null && draft.endsOn().isBefore(draft.startsOn())) {
            throw RefusedException.invalid("endsOn", "events.refusal.ends-before-start");
        }
        if (!draft.connectionPoints().isEmpty() && draft.mode() == EventMode.IN_PERSON) {
            throw RefusedException.invalid("connectionPoints", "events.refusal.connection-points-in-person");
        }
        if (draft.provinceCode() != null && !db.fetchExists(PROVINCE, PROVINCE.CODE.eq(draft.provinceCode()))) {
            throw RefusedException.invalid("provinceCode", "events.refusal.province-unknown");
        }
        if (draft.organiserUnitId() != null && draft.organiserName() != null) {
            throw RefusedException.invalid("organiserName", "events.refusal.organiser-twice");
        }
        if (draft.organiserUnitId() != null && !unitExists(draft.organiserUnitId())) {
            throw RefusedException.invalid("organiserUnitId", "events.refusal.unit-unknown");
        }
        for (int i = 0; i < draft.coOrganisers().size(); i++) {
            CoOrganiserDraft co = draft.coOrganisers().get(i);
            if ((co.unitId() == null) == (co.partnerName() == null)) {
                throw RefusedException.invalid("coOrganisers[" + i + "]", "events.refusal.co-organiser-one-of");
            }
            if (co.unitId() != null && !unitExists(co.unitId())) {
                throw RefusedException.invalid("coOrganisers[" + i + "].unitId", "events.refusal.unit-unknown");
            }
        }
        if (draft.participantCount() != null && draft.participantCount() < 0) {
            throw RefusedException.invalid("participantCount", "events.refusal.participants-negative");
        }
        Set<UUID> members = new LinkedHashSet<>(draft.participantIds());
        if (!members.isEmpty()) {
            Set<UUID> found = db.select(MEMBER.ID).from(MEMBER)
                    .where(MEMBER.ID.in(members), MEMBER.STATUS.ne(ERASED))
                    .fetchSet(MEMBER.ID);
            for (int i = 0; i < draft.participantIds().size(); i++) {
                if (!found.contains(draft.participantIds().get(i))) {
                    throw RefusedException.invalid("participantIds[" + i + "]", "events.refusal.participant-not-member");
                }
            }
        }
    }

    private StoredFile store(UUID eventId, Upload upload) {
        StoredFile file = files.store(upload);
        db.insertInto(EVENT_ATTACHMENT)
                .set(EVENT_ATTACHMENT.TENANT_ID, AccessScope.currentTenant().id())
                .set(EVENT_ATTACHMENT.EVENT_ID, eventId)
                .set(EVENT_ATTACHMENT.FILE_ID, file.id())
                .execute();
        return file;
    }

    private boolean unitExists(UUID unitId) {
        return db.fetchExists(UNIT, UNIT.ID.eq(unitId));
    }

    private static EventRecord write(EventRecord record, EventDraft draft) {
        return record.setKind(draft.kind().name())
                .setTitle(draft.title())
                .setStartsOn(draft.startsOn())
                .setEndsOn(draft.lastDay())
                .setMode(draft.mode().name())
                .setPlace(draft.place())
                .setCommune(draft.commune())
                .setProvinceCode(draft.provinceCode())
                .setConnectionPoints(draft.connectionPoints().toArray(String[]::new))
                .setOrganiserUnitId(draft.organiserUnitId())
                .setOrganiserName(draft.organiserName())
                .setParticipantCount(draft.participantCount())
                .setTopics(draft.topics().toArray(String[]::new))
                .setOutcome(draft.outcome());
    }

    /** The co-organisers in the order given, each once, and the named participants, each once. */
    private void writeLists(UUID eventId, EventDraft draft) {
        UUID tenant = AccessScope.currentTenant().id();
        var coOrganisers = new LinkedHashSet<>(draft.coOrganisers());
        short position = 0;
        for (CoOrganiserDraft co : coOrganisers) {
            db.insertInto(EVENT_CO_ORGANISER)
                    .set(EVENT_CO_ORGANISER.TENANT_ID, tenant)
                    .set(EVENT_CO_ORGANISER.EVENT_ID, eventId)
                    .set(EVENT_CO_ORGANISER.POSITION, position++)
                    .set(EVENT_CO_ORGANISER.UNIT_ID, co.unitId())
                    .set(EVENT_CO_ORGANISER.PARTNER_NAME, co.partnerName())
                    .execute();
        }
        for (UUID memberId : new LinkedHashSet<>(draft.participantIds())) {
            db.insertInto(EVENT_PARTICIPANT)
                    .set(EVENT_PARTICIPANT.TENANT_ID, tenant)
                    .set(EVENT_PARTICIPANT.EVENT_ID, eventId)
                    .set(EVENT_PARTICIPANT.MEMBER_ID, memberId)
                    .execute();
        }
    }

    private List<EventSummary> summaries(Condition condition, long offset, int limit) {
        var organiser = UNIT.as("organiser");
        var rows = db.select(EVENT.ID, EventColumns.KIND, EVENT.TITLE, EVENT.STARTS_ON, EVENT.ENDS_ON, EventColumns.MODE, EVENT.PLACE,
                        EVENT.COMMUNE, EVENT.PROVINCE_CODE, PROVINCE.NAME, EVENT.ORGANISER_UNIT_ID, organiser.NAME,
                        EVENT.ORGANISER_NAME, EVENT.PARTICIPANT_COUNT)
                .from(EVENT)
                .leftJoin(organiser).on(organiser.TENANT_ID.eq(EVENT.TENANT_ID), organiser.ID.eq(EVENT.ORGANISER_UNIT_ID))
                .leftJoin(PROVINCE).on(PROVINCE.CODE.eq(EVENT.PROVINCE_CODE))
                .where(condition)
                .orderBy(EVENT.STARTS_ON.desc(), EVENT.TITLE.desc(), EVENT.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch();
        List<UUID> ids = rows.getValues(EVENT.ID);
        Map<UUID, List<String>> coOrganisers = coOrganiserNames(ids);
        Map<UUID, Integer> attachments = ids.isEmpty() ? Map.of()
                : db.select(EVENT_ATTACHMENT.EVENT_ID, DSL.count()).from(EVENT_ATTACHMENT)
                .where(AccessScope.ownRows(EVENT_ATTACHMENT.TENANT_ID), EVENT_ATTACHMENT.EVENT_ID.in(ids))
                .groupBy(EVENT_ATTACHMENT.EVENT_ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
        return rows.map(r -> new EventSummary(r.get(EVENT.ID), r.get(EventColumns.KIND), r.get(EVENT.TITLE),
                r.get(EVENT.STARTS_ON), r.get(EVENT.ENDS_ON), r.get(EventColumns.MODE),
                new Place(r.get(EVENT.PLACE), r.get(EVENT.COMMUNE), r.get(EVENT.PROVINCE_CODE), r.get(PROVINCE.NAME)),
                organiser(r.get(EVENT.ORGANISER_UNIT_ID), r.get(organiser.NAME), r.get(EVENT.ORGANISER_NAME)),
                coOrganisers.getOrDefault(r.get(EVENT.ID), List.of()), r.get(EVENT.PARTICIPANT_COUNT),
                attachments.getOrDefault(r.get(EVENT.ID), 0)));
    }

    private Map<UUID, List<String>> coOrganiserNames(List<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        return db.select(EVENT_CO_ORGANISER.EVENT_ID, DSL.coalesce(UNIT.NAME, EVENT_CO_ORGANISER.PARTNER_NAME))
                .from(EVENT_CO_ORGANISER)
                .leftJoin(UNIT).on(UNIT.TENANT_ID.eq(EVENT_CO_ORGANISER.TENANT_ID), UNIT.ID.eq(EVENT_CO_ORGANISER.UNIT_ID))
                .where(AccessScope.ownRows(EVENT_CO_ORGANISER.TENANT_ID), EVENT_CO_ORGANISER.EVENT_ID.in(eventIds))
                .orderBy(EVENT_CO_ORGANISER.EVENT_ID, EVENT_CO_ORGANISER.POSITION)
                .fetchGroups(r -> r.value1(), r -> r.value2());
    }

    private Event toEvent(EventRecord r, String organiserUnitName, String provinceName) {
        List<Organiser> coOrganisers = db.select(EVENT_CO_ORGANISER.UNIT_ID, UNIT.NAME, EVENT_CO_ORGANISER.PARTNER_NAME)
                .from(EVENT_CO_ORGANISER)
                .leftJoin(UNIT).on(UNIT.TENANT_ID.eq(EVENT_CO_ORGANISER.TENANT_ID), UNIT.ID.eq(EVENT_CO_ORGANISER.UNIT_ID))
                .where(EVENT_CO_ORGANISER.EVENT_ID.eq(r.getId()))
                .orderBy(EVENT_CO_ORGANISER.POSITION)
                .fetch(c -> new Organiser(c.value1(), c.value1() == null ? c.value3() : c.value2()));
        Set<UUID> named = db.select(EVENT_PARTICIPANT.MEMBER_ID).from(EVENT_PARTICIPANT)
                .where(EVENT_PARTICIPANT.EVENT_ID.eq(r.getId())).fetchSet(EVENT_PARTICIPANT.MEMBER_ID);
        return new Event(r.getId(), r.into(EventColumns.KIND).value1(), r.getTitle(), r.getStartsOn(), r.getEndsOn(),
                r.into(EventColumns.MODE).value1(), new Place(r.getPlace(), r.getCommune(), r.getProvinceCode(), provinceName),
                List.of(r.getConnectionPoints()), organiser(r.getOrganiserUnitId(), organiserUnitName, r.getOrganiserName()),
                coOrganisers, r.getParticipantCount(), participants(named), List.of(r.getTopics()), r.getOutcome(),
                files.find(db.select(EVENT_ATTACHMENT.FILE_ID).from(EVENT_ATTACHMENT)
                        .where(EVENT_ATTACHMENT.EVENT_ID.eq(r.getId())).fetch(EVENT_ATTACHMENT.FILE_ID)));
    }

    private static Organiser organiser(UUID unitId, String unitName, String outsideName) {
        return unitId != null ? new Organiser(unitId, unitName) : outsideName != null ? new Organiser(null, outsideName)
                : Organiser.THE_UNION;
    }
}
