package vn.vusta.platform.members;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record9;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.db.jooq.tables.records.MemberRecord;
import vn.vusta.platform.tenancy.AccessScope;
import vn.vusta.platform.tenancy.RenderedOnce;
import vn.vusta.platform.tenancy.Tenant;

import java.time.OffsetDateTime;
import java.time.Year;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static vn.vusta.platform.db.jooq.Tables.EXPERTISE_FIELD;
import static vn.vusta.platform.db.jooq.Tables.MEMBER;
import static vn.vusta.platform.db.jooq.Tables.MEMBER_EXPERTISE;
import static vn.vusta.platform.db.jooq.Tables.MEMBER_UNIT;
import static vn.vusta.platform.db.jooq.Tables.UNIT;

/**
 * The individual members (hội viên cá nhân) of the current tenant. Row-level security confines every statement to
 * that tenant. Lists sort Vietnamese names by given name, then the rest (Vietnamese collation). Every write is audited in its transaction, with the member as it was before and after.
 */
@Service
public class Members {

    /** Beyond this many matches a list says "more than"; counting every match of a broad search is wasted work. */
    public static final int COUNT_LIMIT = 10_000;

    /**
     * Up to this many members matching a name are handed to the page query by id; more are dense enough among the
     * members to find by reading them in name order, and are not counted further.
     */
    private static final int FEW_NAMED = 5_000;

    /**
     * Up to this many named members are read by id and sorted (MemberSort#orderOfFew); more are met sooner by walking
     * the union in name order. Measured on a union of 200.000: 217 by id 1 ms against 20 ms walking; 4.418 by id 90 ms
     * against 25 ms walking (issue 21).
     */
    private static final int READ_BY_ID = 1_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext db;
    private final AuditLog audit;
    private final NameWords nameWords;
    private final Consents consents;
    private final MemberCounts counts;
    private final Map<PageShape, RenderedOnce> pages = new ConcurrentHashMap<>();
    private volatile RenderedOnce namedInOrder;

    Members(DSLContext db, AuditLog audit, NameWords nameWords, Consents consents, MemberCounts counts) {
        this.db = db;
        this.audit = audit;
        this.nameWords = nameWords;
        this.consents = consents;
        this.counts = counts;
    }

    @Transactional(readOnly = true)
    public MemberPage search(MemberQuery query, int page, int size) {
        return search(query, MemberSort.NAME, page, size);
    }

    /** The same in the order of a column of the list. */
    @Transactional(readOnly = true)
    public MemberPage search(MemberQuery query, MemberSort sort, int page, int size) {
        Found found = find(query);
        boolean byIndex = found.named() == null || found.more() || found.named() > READ_BY_ID;
        var order = byIndex ? sort.orderBy() : sort.orderOfFew();
        // The whole list, and members named by id, unfiltered: the pages nearly every request reads.
        PageShape shape = query.filtered() || (found.named() != null && found.ids() == null) ? null
                : new PageShape(sort, byIndex, found.ids() != null);
        Page asked = new Page(order, found.condition(), shape, found.ids(), page, size);
        return found.named() == null || query.filtered() ? counted(query, asked) : page(asked, found.named(), found.more());
    }

    /**
     * The members the list shows for a query, as a condition on {@code MEMBER}, in the list's order by
     * {@link MemberQuery#order()}: the one place the list and its export read, so that an export holds exactly what
     * the list shows, a search tolerating typos included.
     */
    @Transactional(readOnly = true)
    public Condition matching(MemberQuery query) {
        return find(query).condition();
    }

    /**
     * What a query finds, and how many by name alone when that is known without counting (null: count them); the
     * named members' ids when they are few enough to be handed to the page by id.
     */
    private record Found(Condition condition, Integer named, boolean more, UUID[] ids) {
    }

    /** A page of members found so, in this order; its shape when its statement is rendered once. */
    private record Page(List<SortField<?>> order, Condition condition, PageShape shape, UUID[] ids, int number, int size) {
    }

    /** The shapes of the page statements rendered once: an order, and all of the union or members named by id. */
    private record PageShape(MemberSort sort, boolean byIndex, boolean byId) {
    }

    private Found find(MemberQuery query) {
        List<Set<String>> words = query.words();
        if (words.isEmpty()) {
            return new Found(query.condition(), null, false, null);
        }
        Named named = named(words);
        // Nothing as typed: the words may be mistyped ("hoang vn ke"), first those that are no word of a name, then any
        // of them ("nguyen van lan" for Nguyễn Văn Lâm); a reading that adds nothing to the last is not searched again.
        for (boolean everyWord : new boolean[]{false, true}) {
            if (!named.ids().isEmpty()) {
                break;
            }
            List<Set<String>> read = nameWords.tolerant(query.text(), everyWord);
            if (!read.equals(words)) {
                words = read;
                named = named(words);
            }
        }
        if (named.ids().size() > FEW_NAMED) {
            // Many: a name's first letters, as the list searches while they are typed. "More than 5.000" is all a
            // reader needs there, and counting further would cost more than the page itself.
            return new Found(query.filters().and(MEMBER.ID.in(named.members())), FEW_NAMED, true, null);
        }
        // The named members themselves, so that PostgreSQL knows how few they are: guessing from the words, it may
        // walk the whole union in name order, or read all of it, to find a handful.
        UUID[] ids = named.ids().toArray(UUID[]::new);
        return new Found(query.filters().and(MEMBER.ID.eq(DSL.any(ids))), ids.length, false, ids);
    }

    /** Members found by their name's words, and the query that found them. */
    private record Named(List<UUID> ids, Select<Record1<UUID>> members) {
    }

    /**
     * The members named so: those with the words in this order in their name, as a name is typed, one range of an
     * index (V43); when there are none, those with each word anywhere in their name, looked up word by word.
     */
    private Named named(List<Set<String>> words) {
        List<String> phrases = MemberQuery.phrases(words);
        if (phrases != null) {
            Select<Record1<UUID>> inOrder = MemberQuery.membersNamedInOrder(phrases);
            List<UUID> ids = phrases.size() == 1 ? fewNamedInOrder(inOrder, phrases.getFirst()) : fewOf(inOrder);
            if (!ids.isEmpty()) {
                return new Named(ids, inOrder);
            }
        }
        Select<Record1<UUID>> anyOrder = MemberQuery.membersNamed(words);
        return new Named(fewOf(anyOrder), anyOrder);
    }

    private MemberPage counted(MemberQuery query, Page asked) {
        int total = counts.of(query, () -> db.fetchCount(db.select(MEMBER.ID).from(MEMBER).where(asked.condition()).limit(COUNT_LIMIT + 1)));
        return page(asked, Math.min(total, COUNT_LIMIT), total > COUNT_LIMIT);
    }

    private MemberPage page(Page asked, int total, boolean more) {
        long offset = (long) asked.number() * asked.size();
        var page = asked.shape() != null && AccessScope.current().orElse(null) instanceof AccessScope.TenantAccess(Tenant tenant)
                ? rendered(asked, tenant.id(), offset)
                : pageQuery(asked.order(), asked.condition(), asked.size(), offset);
        List<MemberSummary> items = page.fetch(r -> new MemberSummary(r.value1(), r.value2(),
                r.value3() == null ? null : r.value3().intValue(), r.value4(), r.value5(), r.value6(),
                r.value9() == null ? List.of() : List.of(r.value9()), r.value7(), r.value8()));
        return new MemberPage(items, asked.number(), asked.size(), total, more);
    }

    /** A limit and an offset no page asks for: the samples the page statements are rendered with (jOOQ binds both as long). */
    private static final long SAMPLE_SIZE = 1_000_003L;
    private static final long SAMPLE_OFFSET = 1_000_000_007L;

    /**
     * The page's statement rendered once for its shape: rendering it took longer than running it (issue 21). Its
     * values are bound anew each time: the union, the named ids, the page's size and offset.
     */
    private ResultQuery<Record9<UUID, String, Short, AcademicTitle, Degree, String, Boolean, MemberStatus, String[]>> rendered(Page asked, UUID tenant, long offset) {
        RenderedOnce statement = pages.computeIfAbsent(asked.shape(), shape -> RenderedOnce.of(db,
                pageQuery(asked.order(), asked.condition(), SAMPLE_SIZE, SAMPLE_OFFSET),
                pageArguments(asked, tenant, SAMPLE_SIZE, SAMPLE_OFFSET)));
        Object[] values = statement.values(pageArguments(asked, tenant, asked.size(), offset));
        return db.resultQuery(statement.sql(), values).coerce(MEMBER.ID, MEMBER.FULL_NAME, MEMBER.BIRTH_YEAR,
                MemberColumns.ACADEMIC_TITLE, MemberColumns.DEGREE, MEMBER.WORKPLACE, MEMBER.EXPERT, MemberColumns.STATUS, UNIT_NAMES);
    }

    /** What a page's statement binds: the union, the named ids when it reads them by id, the page's size and offset. */
    private static Object[] pageArguments(Page asked, UUID tenant, long size, long offset) {
        return asked.shape().byId() ? new Object[]{tenant, asked.ids(), size, offset} : new Object[]{tenant, size, offset};
    }

    /** The units' names of each member, as an array in the page's statement: read by the driver, not as a document. */
    private static final Field<String[]> UNIT_NAMES = DSL.field(DSL.name("unit_names"), String[].class);

    private ResultQuery<Record9<UUID, String, Short, AcademicTitle, Degree, String, Boolean, MemberStatus, String[]>> pageQuery(List<SortField<?>> order, Condition condition, long size, long offset) {
        var unitNames = DSL.field(DSL.select(DSL.arrayAgg(UNIT.NAME).orderBy(UNIT.NAME.collate("vietnamese")))
                .from(MEMBER_UNIT).join(UNIT).on(UNIT.TENANT_ID.eq(MEMBER_UNIT.TENANT_ID), UNIT.ID.eq(MEMBER_UNIT.UNIT_ID))
                .where(AccessScope.ownRows(MEMBER_UNIT.TENANT_ID), MEMBER_UNIT.MEMBER_ID.eq(MEMBER.ID))).as(UNIT_NAMES.getName());
        return db.select(MEMBER.ID, MEMBER.FULL_NAME, MEMBER.BIRTH_YEAR, MemberColumns.ACADEMIC_TITLE,
                        MemberColumns.DEGREE, MEMBER.WORKPLACE, MEMBER.EXPERT, MemberColumns.STATUS, unitNames)
                .from(MEMBER)
                .where(condition)
                .orderBy(order)
                .limit(size)
                .offset(offset);
    }

    /** Up to one more than {@link #FEW_NAMED} of these members, each once: a beginning ("h") may match two words of one name. */
    private List<UUID> fewOf(Select<Record1<UUID>> members) {
        return fewOfQuery(members).fetch(Record1::value1);
    }

    private ResultQuery<Record1<UUID>> fewOfQuery(Select<Record1<UUID>> members) {
        var named = members.asTable("named");
        return db.selectDistinct(named.field(0, UUID.class)).from(named).limit(FEW_NAMED + 1);
    }

    /**
     * The same for a name typed in order, each word read one way — nearly every search: its statement rendered once
     * and its hundreds of ids read from JDBC (rendering and jOOQ's records cost more than the statement; issue 21).
     */
    private List<UUID> fewNamedInOrder(Select<Record1<UUID>> inOrder, String phrase) {
        if (!(AccessScope.current().orElse(null) instanceof AccessScope.TenantAccess(Tenant tenant))) {
            return fewOf(inOrder);
        }
        Object[] arguments = {tenant.id(), phrase, phrase + Character.MAX_VALUE, (long) FEW_NAMED + 1};
        RenderedOnce statement = namedInOrder;
        if (statement == null) {
            statement = RenderedOnce.of(db, fewOfQuery(inOrder), arguments);
            namedInOrder = statement;
        }
        return statement.fetch(db, row -> row.getObject(1, UUID.class), arguments);
    }

    @Transactional(readOnly = true)
    public Optional<Member> find(UUID id) {
        return db.selectFrom(MEMBER).where(MEMBER.ID.eq(id)).fetchOptional().map(this::toMember);
    }

    @Transactional
    public Member create(MemberDraft draft) {
        check(draft);
        MemberRecord draftRecord = db.newRecord(MEMBER);
        draftRecord.setTenantId(AccessScope.currentTenant().id());
        write(draftRecord, draft);
        MemberRecord record = db.insertInto(MEMBER).set(draftRecord).returning().fetchSingle();
        replaceLinks(record.getId(), draft);
        consents.followRecord(record.getId(), Consents.MemberRecordConsents.NONE, recordConsents(draft));
        Member created = toMember(record);
        audit.record("member.created", "member", created.id(), null, JSON.writeValueAsString(created));
        return created;
    }

    @Transactional
    public Optional<Member> update(UUID id, MemberDraft draft) {
        Optional<MemberRecord> locked = lockedForChange(id);
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        MemberRecord record = locked.get();
        Member before = toMember(record);
        if (before.erased()) {
            throw RefusedException.invalid("fullName", "member.erased.readonly");
        }
        check(draft);
        write(record, draft);
        record.setUpdatedAt(OffsetDateTime.now());
        record.store();
        replaceLinks(id, draft);
        consents.followRecord(id, new Consents.MemberRecordConsents(before.processingConsentOn(),
                before.expertSharingConsentOn()), recordConsents(draft));
        Member after = toMember(record);
        audit.record("member.updated", "member", id, JSON.writeValueAsString(before), JSON.writeValueAsString(after));
        return Optional.of(after);
    }

    /** Removes a member entered by mistake. A person who asks to be forgotten is erased instead (PersonalData). */
    @Transactional
    public boolean delete(UUID id) {
        Optional<MemberRecord> locked = lockedForChange(id);
        if (locked.isEmpty()) {
            return false;
        }
        Member before = toMember(locked.get());
        try {
            db.deleteFrom(MEMBER).where(MEMBER.ID.eq(id)).execute();
        } catch (DataIntegrityViolationException e) {
            // Other records name the member (a seat in a governing body, say): history keeps them.
            throw RefusedException.invalid("id", "member.delete.referenced");
        }
        audit.record("member.deleted", "member", id, JSON.writeValueAsString(before), null);
        return true;
    }

    Optional<MemberRecord> lockedForChange(UUID id) {
        return db.selectFrom(MEMBER).where(MEMBER.ID.eq(id)).forUpdate().fetchOptional();
    }

    private void check(MemberDraft draft) {
        if (draft.status() == MemberStatus.ERASED) {
            throw RefusedException.invalid("status", "member.status.erased.reserved");
        }
        if (draft.birthYear() != null && (draft.birthYear() < 1900 || draft.birthYear() > Year.now().getValue())) {
            throw RefusedException.invalid("birthYear", "member.birthYear.range", Year.now().getValue());
        }
        if (draft.joinedOn() != null && draft.joinedOn().isAfter(VietnamTime.today())) {
            throw RefusedException.invalid("joinedOn", "member.joinedOn.future");
        }
        if (!draft.unitIds().isEmpty() && db.fetchCount(UNIT, UNIT.ID.in(draft.unitIds())) != draft.unitIds().size()) {
            throw RefusedException.invalid("unitIds", "member.units.unknown");
        }
        if (!draft.fieldCodes().isEmpty()
                && db.fetchCount(EXPERTISE_FIELD, EXPERTISE_FIELD.CODE.in(draft.fieldCodes())) != draft.fieldCodes().size()) {
            throw RefusedException.invalid("fieldCodes", "member.fields.unknown");
        }
        if (!draft.sharedData().isEmpty() && !draft.expert()) {
            throw RefusedException.invalid("sharedData", "member.sharing.notexpert");
        }
        if (!draft.sharedData().isEmpty() && draft.expertSharingConsentOn() == null) {
            throw RefusedException.invalid("expertSharingConsentOn", "member.sharing.consent.required");
        }
    }

    private static void write(MemberRecord record, MemberDraft draft) {
        record.setFullName(draft.fullName())
                .setGender(nameOf(draft.gender()))
                .setBirthYear(draft.birthYear() == null ? null : draft.birthYear().shortValue())
                .setAcademicTitle(nameOf(draft.academicTitle()))
                .setDegree(nameOf(draft.degree()))
                .setSpecialty(draft.specialty())
                .setWorkplace(draft.workplace())
                .setEmail(draft.email())
                .setPhone(draft.phone())
                .setAddress(draft.address())
                .setJoinedOn(draft.joinedOn())
                .setStatus(draft.status().name())
                .setExpert(draft.expert())
                .setProcessingConsentOn(draft.processingConsentOn())
                .setExpertSharingConsentOn(draft.expertSharingConsentOn())
                .setExpertSharedData(draft.sharedData().stream().sorted().map(Enum::name).toArray(String[]::new));
    }

    private void replaceLinks(UUID memberId, MemberDraft draft) {
        UUID tenantId = AccessScope.currentTenant().id();
        db.deleteFrom(MEMBER_UNIT).where(MEMBER_UNIT.MEMBER_ID.eq(memberId)).execute();
        db.deleteFrom(MEMBER_EXPERTISE).where(MEMBER_EXPERTISE.MEMBER_ID.eq(memberId)).execute();
        for (UUID unitId : draft.unitIds()) {
            db.insertInto(MEMBER_UNIT).set(MEMBER_UNIT.TENANT_ID, tenantId).set(MEMBER_UNIT.MEMBER_ID, memberId)
                    .set(MEMBER_UNIT.UNIT_ID, unitId).execute();
        }
        for (String code : draft.fieldCodes()) {
            db.insertInto(MEMBER_EXPERTISE).set(MEMBER_EXPERTISE.TENANT_ID, tenantId).set(MEMBER_EXPERTISE.MEMBER_ID, memberId)
                    .set(MEMBER_EXPERTISE.FIELD_CODE, code).execute();
        }
    }

    Member toMember(MemberRecord r) {
        List<Member.UnitRef> units = db.select(UNIT.ID, UNIT.NAME).from(MEMBER_UNIT).join(UNIT)
                .on(UNIT.TENANT_ID.eq(MEMBER_UNIT.TENANT_ID), UNIT.ID.eq(MEMBER_UNIT.UNIT_ID))
                .where(MEMBER_UNIT.MEMBER_ID.eq(r.getId()))
                .orderBy(UNIT.NAME.collate("vietnamese"))
                .fetch(u -> new Member.UnitRef(u.value1(), u.value2()));
        List<String> fields = db.select(MEMBER_EXPERTISE.FIELD_CODE).from(MEMBER_EXPERTISE)
                .where(MEMBER_EXPERTISE.MEMBER_ID.eq(r.getId())).orderBy(MEMBER_EXPERTISE.FIELD_CODE)
                .fetch(MEMBER_EXPERTISE.FIELD_CODE);
        Set<SharedExpertData> shared = EnumSet.noneOf(SharedExpertData.class);
        Arrays.stream(r.getExpertSharedData()).map(SharedExpertData::valueOf).forEach(shared::add);
        return new Member(r.getId(), r.getFullName(), r.into(MemberColumns.GENDER).value1(),
                r.getBirthYear() == null ? null : r.getBirthYear().intValue(), r.into(MemberColumns.ACADEMIC_TITLE).value1(),
                r.into(MemberColumns.DEGREE).value1(), r.getSpecialty(), r.getWorkplace(), r.getEmail(), r.getPhone(),
                r.getAddress(), r.getJoinedOn(), r.into(MemberColumns.STATUS).value1(), units, fields, r.getExpert(),
                r.getProcessingConsentOn(), r.getExpertSharingConsentOn(), shared, r.getErasedAt());
    }

    private static Consents.MemberRecordConsents recordConsents(MemberDraft draft) {
        return new Consents.MemberRecordConsents(draft.processingConsentOn(), draft.expertSharingConsentOn());
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
