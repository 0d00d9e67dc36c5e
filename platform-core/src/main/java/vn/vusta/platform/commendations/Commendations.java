package vn.vusta.platform.commendations;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.db.jooq.tables.records.CommendationAttachmentRecord;
import vn.vusta.platform.db.jooq.tables.records.CommendationDecisionRecord;
import vn.vusta.platform.db.jooq.tables.records.CommendationRecipientRecord;
import vn.vusta.platform.files.StoredFile;
import vn.vusta.platform.files.StoredFiles;
import vn.vusta.platform.files.Upload;
import vn.vusta.platform.members.MemberColumns;
import vn.vusta.platform.members.MemberStatus;
import vn.vusta.platform.refusal.ConstraintRefusals;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.tenancy.AccessScope;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.COMMENDATION_ATTACHMENT;
import static vn.vusta.platform.db.jooq.Tables.COMMENDATION_DECISION;
import static vn.vusta.platform.db.jooq.Tables.COMMENDATION_RECIPIENT;
import static vn.vusta.platform.db.jooq.Tables.MEMBER;
import static vn.vusta.platform.db.jooq.Tables.UNIT;

/**
 * The commendations (khen thưởng) of the current tenant's union: decisions conferring certificates (Giấy khen) or
 * diplomas (Bằng khen) of merit on collectives and individuals, listed by the year whose achievements they reward
 * with their totals ("9 tập thể và 2 cá nhân"). A decision always commends someone. Every change is audited in its
 * transaction.
 */
@Service
public class Commendations {

    static final int EARLIEST_YEAR = 1945;
    static final int LATEST_YEAR = 2200;

    private static final ConstraintRefusals REFUSALS = ConstraintRefusals.of(Map.of(
            "commendation_decision_number_key", RefusedException.conflict("number", "commendations.refusal.number-taken"),
            "commendation_decision_year_not_after", RefusedException.invalid("year", "commendations.refusal.year-after-decision"),
            "commendation_decision_year_plausible", RefusedException.invalid("year", "commendations.refusal.year-implausible",
                    String.valueOf(EARLIEST_YEAR), String.valueOf(LATEST_YEAR)),
            "commendation_recipient_unit_key", RefusedException.conflict("unitId", "commendations.refusal.recipient-twice"),
            "commendation_recipient_member_key", RefusedException.conflict("memberId", "commendations.refusal.recipient-twice"),
            "commendation_recipient_name_key", RefusedException.conflict("name", "commendations.refusal.recipient-twice")));

    private final DSLContext db;
    private final StoredFiles files;
    private final AuditLog audit;

    Commendations(DSLContext db, StoredFiles files, AuditLog audit) {
        this.db = db;
        this.files = files;
        this.audit = audit;
    }

    /** Every year with commendations, newest first, with its totals. */
    @Transactional(readOnly = true)
    public List<CommendationTotals> years() {
        var collectives = DSL.count().filterWhere(CommendationColumns.RECIPIENT_KIND.eq(RecipientKind.COLLECTIVE));
        var individuals = DSL.count().filterWhere(CommendationColumns.RECIPIENT_KIND.eq(RecipientKind.INDIVIDUAL));
        return db.select(COMMENDATION_DECISION.YEAR, DSL.countDistinct(COMMENDATION_DECISION.ID), collectives, individuals)
                .from(COMMENDATION_DECISION)
                .leftJoin(COMMENDATION_RECIPIENT).on(COMMENDATION_RECIPIENT.TENANT_ID.eq(COMMENDATION_DECISION.TENANT_ID),
                        COMMENDATION_RECIPIENT.DECISION_ID.eq(COMMENDATION_DECISION.ID))
                .groupBy(COMMENDATION_DECISION.YEAR)
                .orderBy(COMMENDATION_DECISION.YEAR.desc())
                .fetch(r -> new CommendationTotals(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** The decisions of a year, newest first, with the year's totals (all zero for a year without any). */
    @Transactional(readOnly = true)
    public CommendationYear ofYear(int year) {
        List<Commendation> decisions = decisions(COMMENDATION_DECISION.YEAR.eq((short) year));
        return new CommendationYear(new CommendationTotals(year, decisions.size(),
                decisions.stream().mapToInt(Commendation::collectives).sum(),
                decisions.stream().mapToInt(Commendation::individuals).sum()), decisions);
    }

    @Transactional(readOnly = true)
    public Optional<Commendation> find(UUID id) {
        return decisions(COMMENDATION_DECISION.ID.eq(id)).stream().findFirst();
    }

    /** Records a decision with whom it commends and its files (its scan), all of it or nothing. */
    @Transactional
    public Commendation record(DecisionDraft draft, List<RecipientDraft> recipients, List<Upload> uploads) {
        check(draft);
        if (recipients == null || recipients.isEmpty()) {
            throw RefusedException.invalid("recipients", "commendations.refusal.recipients-missing");
        }
        var seen = new HashSet<Object>();
        var checked = new ArrayList<RecipientDraft>();
        for (int i = 0; i < recipients.size(); i++) {
            String prefix = "recipients[" + i + "].";
            RecipientDraft recipient = check(recipients.get(i), prefix);
            if (!seen.add(identity(recipient))) {
                throw RefusedException.invalid(prefix + field(recipient), "commendations.refusal.recipient-twice");
            }
            checked.add(recipient);
        }
        requireNumberFree(draft, null);
        try {
            CommendationDecisionRecord created = db.insertInto(COMMENDATION_DECISION)
                    .set(COMMENDATION_DECISION.TENANT_ID, AccessScope.currentTenant().id())
                    .set(values(draft))
                    .returning()
                    .fetchSingle();
            audit.record("commendation.created", null, created, created.getId());
            for (int i = 0; i < checked.size(); i++) {
                insert(created.getId(), i + 1, checked.get(i));
            }
            for (Upload upload : uploads) {
                link(created.getId(), upload);
            }
            return find(created.getId()).orElseThrow();
        } catch (DataAccessException | org.jooq.exception.DataAccessException e) {
            throw REFUSALS.translated(e);
        }
    }

    /** Corrects a decision's document, year or reason; empty when there is no such decision. */
    @Transactional
    public Optional<Commendation> update(UUID id, DecisionDraft draft) {
        Optional<CommendationDecisionRecord> before = locked(id);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        check(draft);
        requireNumberFree(draft, id);
        try {
            CommendationDecisionRecord after = db.update(COMMENDATION_DECISION)
                    .set(values(draft))
                    .where(COMMENDATION_DECISION.ID.eq(id))
                    .returning()
                    .fetchSingle();
            audit.record("commendation.updated", before.get(), after, id);
            return find(id);
        } catch (DataAccessException | org.jooq.exception.DataAccessException e) {
            throw REFUSALS.translated(e);
        }
    }

    /** Removes a decision recorded by mistake, with its recipients (the audit log keeps them); false when absent. */
    @Transactional
    public boolean delete(UUID id) {
        Optional<CommendationDecisionRecord> before = locked(id);
        if (before.isEmpty()) {
            return false;
        }
        var recipients = db.selectFrom(COMMENDATION_RECIPIENT).where(COMMENDATION_RECIPIENT.DECISION_ID.eq(id)).fetch();
        for (CommendationRecipientRecord recipient : recipients) {
            audit.record("commendation.recipient-removed", recipient, null, id);
        }
        for (CommendationAttachmentRecord attachment : db.selectFrom(COMMENDATION_ATTACHMENT)
                .where(COMMENDATION_ATTACHMENT.DECISION_ID.eq(id)).fetch()) {
            unlink(attachment);
        }
        db.deleteFrom(COMMENDATION_DECISION).where(COMMENDATION_DECISION.ID.eq(id)).execute();
        audit.record("commendation.deleted", before.get(), null, id);
        return true;
    }

    /** Adds one more to a decision, after the others; empty when there is no such decision. */
    @Transactional
    public Optional<Commendation> addRecipient(UUID decisionId, RecipientDraft draft) {
        if (locked(decisionId).isEmpty()) {
            return Optional.empty();
        }
        RecipientDraft recipient = check(draft, "");
        Condition same = switch (field(recipient)) {
            case "unitId" -> COMMENDATION_RECIPIENT.UNIT_ID.eq(recipient.unitId());
            case "memberId" -> COMMENDATION_RECIPIENT.MEMBER_ID.eq(recipient.memberId());
            default -> DSL.lower(COMMENDATION_RECIPIENT.NAME).eq(recipient.name().toLowerCase());
        };
        if (db.fetchExists(COMMENDATION_RECIPIENT, COMMENDATION_RECIPIENT.DECISION_ID.eq(decisionId).and(same))) {
            throw RefusedException.conflict(field(recipient), "commendations.refusal.recipient-twice");
        }
        Short last = db.select(DSL.max(COMMENDATION_RECIPIENT.POSITION)).from(COMMENDATION_RECIPIENT)
                .where(COMMENDATION_RECIPIENT.DECISION_ID.eq(decisionId)).fetchOne(0, Short.class);
        try {
            insert(decisionId, last == null ? 1 : last + 1, recipient);
            return find(decisionId);
        } catch (DataAccessException | org.jooq.exception.DataAccessException e) {
            throw REFUSALS.translated(e);
        }
    }

    /**
     * Removes one of a decision's recipients; empty when there is no such decision or recipient. The last one stays:
     * a decision commends someone (remove the decision instead).
     */
    @Transactional
    public Optional<Commendation> removeRecipient(UUID decisionId, UUID recipientId) {
        if (locked(decisionId).isEmpty()) {
            return Optional.empty();
        }
        Optional<CommendationRecipientRecord> before = db.selectFrom(COMMENDATION_RECIPIENT)
                .where(COMMENDATION_RECIPIENT.ID.eq(recipientId), COMMENDATION_RECIPIENT.DECISION_ID.eq(decisionId))
                .fetchOptional();
        if (before.isEmpty()) {
            return Optional.empty();
        }
        if (db.fetchCount(COMMENDATION_RECIPIENT, COMMENDATION_RECIPIENT.DECISION_ID.eq(decisionId)) == 1) {
            throw RefusedException.conflict("recipientId", "commendations.refusal.last-recipient");
        }
        db.deleteFrom(COMMENDATION_RECIPIENT).where(COMMENDATION_RECIPIENT.ID.eq(recipientId)).execute();
        audit.record("commendation.recipient-removed", before.get(), null, decisionId);
        return find(decisionId);
    }

    /** Attaches a file to a decision; empty when there is no such decision (nothing is stored then). */
    @Transactional
    public Optional<Commendation> attach(UUID decisionId, Upload upload) {
        if (locked(decisionId).isEmpty()) {
            return Optional.empty();
        }
        link(decisionId, upload);
        return find(decisionId);
    }

    /** Removes a file from a decision, and the file with it; empty when the decision has no such file. */
    @Transactional
    public Optional<Commendation> detach(UUID decisionId, UUID fileId) {
        Optional<CommendationAttachmentRecord> attachment = db.selectFrom(COMMENDATION_ATTACHMENT)
                .where(COMMENDATION_ATTACHMENT.DECISION_ID.eq(decisionId), COMMENDATION_ATTACHMENT.FILE_ID.eq(fileId))
                .forUpdate().fetchOptional();
        if (attachment.isEmpty()) {
            return Optional.empty();
        }
        unlink(attachment.get());
        return find(decisionId);
    }

    private void link(UUID decisionId, Upload upload) {
        StoredFile file = files.store(upload);
        CommendationAttachmentRecord link = db.insertInto(COMMENDATION_ATTACHMENT)
                .set(COMMENDATION_ATTACHMENT.TENANT_ID, AccessScope.currentTenant().id())
                .set(COMMENDATION_ATTACHMENT.DECISION_ID, decisionId)
                .set(COMMENDATION_ATTACHMENT.FILE_ID, file.id())
                .returning()
                .fetchSingle();
        audit.record("commendation.file-attached", null, link, decisionId);
    }

    private void unlink(CommendationAttachmentRecord attachment) {
        db.deleteFrom(COMMENDATION_ATTACHMENT).where(COMMENDATION_ATTACHMENT.FILE_ID.eq(attachment.getFileId())).execute();
        audit.record("commendation.file-detached", attachment, null, attachment.getDecisionId());
        files.delete(attachment.getFileId());
    }

    private Optional<CommendationDecisionRecord> locked(UUID id) {
        return db.selectFrom(COMMENDATION_DECISION).where(COMMENDATION_DECISION.ID.eq(id)).forUpdate().fetchOptional();
    }

    private static void check(DecisionDraft draft) {
        if (draft.decidedOn() == null) {
            throw RefusedException.invalid("decidedOn", "commendations.refusal.decided-on-missing");
        }
        if (draft.issuer() == null || draft.issuer().isBlank()) {
            throw RefusedException.invalid("issuer", "commendations.refusal.issuer-missing");
        }
        if (draft.reason() == null || draft.reason().isBlank()) {
            throw RefusedException.invalid("reason", "commendations.refusal.reason-missing");
        }
        if (draft.year() < EARLIEST_YEAR || draft.year() > LATEST_YEAR) {
            throw RefusedException.invalid("year", "commendations.refusal.year-implausible", String.valueOf(EARLIEST_YEAR),
                    String.valueOf(LATEST_YEAR));
        }
        if (draft.year() > draft.decidedOn().getYear()) {
            throw RefusedException.invalid("year", "commendations.refusal.year-after-decision");
        }
    }

    /** An issuer does not number two decisions of a year alike (numbers start again each year). */
    private void requireNumberFree(DecisionDraft draft, UUID except) {
        String number = blankToNull(draft.number());
        if (number != null && db.fetchExists(COMMENDATION_DECISION, COMMENDATION_DECISION.NUMBER.eq(number),
                COMMENDATION_DECISION.ISSUER.eq(draft.issuer().strip()), COMMENDATION_DECISION.YEAR.eq((short) draft.year()),
                except == null ? DSL.noCondition() : COMMENDATION_DECISION.ID.ne(except))) {
            throw RefusedException.conflict("number", "commendations.refusal.number-taken");
        }
    }

    /** One recipient, checked: a known kind, exactly one of unit, member and name, each fitting the kind. */
    private RecipientDraft check(RecipientDraft draft, String prefix) {
        if (draft.kind() == null) {
            throw RefusedException.invalid(prefix + "kind", "commendations.refusal.kind-missing");
        }
        String name = blankToNull(draft.name());
        int given = (draft.unitId() != null ? 1 : 0) + (draft.memberId() != null ? 1 : 0) + (name != null ? 1 : 0);
        if (given == 0) {
            throw RefusedException.invalid(prefix + "name", "commendations.refusal.recipient-missing");
        }
        if (draft.kind() == RecipientKind.COLLECTIVE && draft.memberId() != null) {
            throw RefusedException.invalid(prefix + "memberId", "commendations.refusal.collective-is-member");
        }
        if (draft.kind() == RecipientKind.INDIVIDUAL && draft.unitId() != null) {
            throw RefusedException.invalid(prefix + "unitId", "commendations.refusal.individual-is-unit");
        }
        if (given > 1) {
            throw RefusedException.invalid(prefix + "name", "commendations.refusal.recipient-ambiguous");
        }
        if (draft.unitId() != null && !db.fetchExists(UNIT, UNIT.ID.eq(draft.unitId()))) {
            throw RefusedException.invalid(prefix + "unitId", "commendations.refusal.unit-unknown");
        }
        if (draft.memberId() != null && !db.fetchExists(MEMBER, MEMBER.ID.eq(draft.memberId()), MemberColumns.STATUS.ne(MemberStatus.ERASED))) {
            throw RefusedException.invalid(prefix + "memberId", "commendations.refusal.member-unknown");
        }
        return new RecipientDraft(draft.kind(), draft.unitId(), draft.memberId(), name, blankToNull(draft.detail()));
    }

    private static Object identity(RecipientDraft r) {
        return r.unitId() != null ? r.unitId() : r.memberId() != null ? r.memberId() : r.name().toLowerCase();
    }

    /** The field that says who a recipient is. */
    private static String field(RecipientDraft r) {
        return r.unitId() != null ? "unitId" : r.memberId() != null ? "memberId" : "name";
    }

    private void insert(UUID decisionId, int position, RecipientDraft recipient) {
        CommendationRecipientRecord created = db.insertInto(COMMENDATION_RECIPIENT)
                .set(COMMENDATION_RECIPIENT.TENANT_ID, AccessScope.currentTenant().id())
                .set(COMMENDATION_RECIPIENT.DECISION_ID, decisionId)
                .set(COMMENDATION_RECIPIENT.POSITION, (short) position)
                .set(CommendationColumns.RECIPIENT_KIND, recipient.kind())
                .set(COMMENDATION_RECIPIENT.UNIT_ID, recipient.unitId())
                .set(COMMENDATION_RECIPIENT.MEMBER_ID, recipient.memberId())
                .set(COMMENDATION_RECIPIENT.NAME, recipient.name())
                .set(COMMENDATION_RECIPIENT.DETAIL, recipient.detail())
                .returning()
                .fetchSingle();
        audit.record("commendation.recipient-added", null, created, decisionId);
    }

    private static Map<Field<?>, Object> values(DecisionDraft draft) {
        var values = new HashMap<Field<?>, Object>();
        values.put(CommendationColumns.DECISION_KIND, draft.kind());
        values.put(COMMENDATION_DECISION.NUMBER, blankToNull(draft.number()));
        values.put(COMMENDATION_DECISION.DECIDED_ON, draft.decidedOn());
        values.put(COMMENDATION_DECISION.ISSUER, draft.issuer().strip());
        values.put(COMMENDATION_DECISION.YEAR, (short) draft.year());
        values.put(COMMENDATION_DECISION.REASON, draft.reason().strip());
        return values;
    }

    /** Newest first, each with its recipients in the order written. */
    private List<Commendation> decisions(Condition condition) {
        List<CommendationDecisionRecord> rows = db.selectFrom(COMMENDATION_DECISION).where(condition)
                .orderBy(COMMENDATION_DECISION.DECIDED_ON.desc(), COMMENDATION_DECISION.NUMBER).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Recipient>> recipients = new HashMap<>();
        db.select(COMMENDATION_RECIPIENT.fields()).select(UNIT.NAME, MEMBER.FULL_NAME, MemberColumns.STATUS)
                .from(COMMENDATION_RECIPIENT)
                .leftJoin(UNIT).on(UNIT.TENANT_ID.eq(COMMENDATION_RECIPIENT.TENANT_ID), UNIT.ID.eq(COMMENDATION_RECIPIENT.UNIT_ID))
                .leftJoin(MEMBER).on(MEMBER.TENANT_ID.eq(COMMENDATION_RECIPIENT.TENANT_ID), MEMBER.ID.eq(COMMENDATION_RECIPIENT.MEMBER_ID))
                .where(COMMENDATION_RECIPIENT.DECISION_ID.in(rows.stream().map(CommendationDecisionRecord::getId).toList()))
                .orderBy(COMMENDATION_RECIPIENT.POSITION)
                .forEach(r -> {
                    CommendationRecipientRecord row = r.into(COMMENDATION_RECIPIENT);
                    String name = row.getUnitId() != null ? r.get(UNIT.NAME)
                            : row.getMemberId() != null ? r.get(MEMBER.FULL_NAME) : row.getName();
                    recipients.computeIfAbsent(row.getDecisionId(), d -> new ArrayList<>()).add(new Recipient(row.getId(),
                            row.getPosition(), row.into(CommendationColumns.RECIPIENT_KIND).value1(), row.getUnitId(), row.getMemberId(),
                            name, row.getDetail(), r.get(MemberColumns.STATUS) == MemberStatus.ERASED));
                });
        Map<UUID, List<UUID>> attached = new HashMap<>();
        db.selectFrom(COMMENDATION_ATTACHMENT)
                .where(COMMENDATION_ATTACHMENT.DECISION_ID.in(rows.stream().map(CommendationDecisionRecord::getId).toList()))
                .forEach(a -> attached.computeIfAbsent(a.getDecisionId(), d -> new ArrayList<>()).add(a.getFileId()));
        return rows.stream().map(d -> {
            List<Recipient> of = List.copyOf(recipients.getOrDefault(d.getId(), List.of()));
            int collectives = (int) of.stream().filter(r -> r.kind() == RecipientKind.COLLECTIVE).count();
            return new Commendation(d.getId(), d.into(CommendationColumns.DECISION_KIND).value1(), d.getNumber(), d.getDecidedOn(),
                    d.getIssuer(), d.getYear(), d.getReason(), collectives, of.size() - collectives, of,
                    files.find(attached.getOrDefault(d.getId(), List.of())));
        }).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
