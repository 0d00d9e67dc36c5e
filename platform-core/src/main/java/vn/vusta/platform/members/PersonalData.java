package vn.vusta.platform.members;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.JSONB;
import org.jooq.Table;
import org.jooq.TableField;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;
import vn.vusta.platform.audit.AuditEvent;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.db.jooq.DefaultSchema;
import vn.vusta.platform.db.jooq.Routines;
import vn.vusta.platform.db.jooq.tables.records.MemberRecord;
import vn.vusta.platform.tenancy.AccessScope;
import vn.vusta.platform.tenancy.ScopeProofs;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.AUDIT_EVENT;
import static vn.vusta.platform.db.jooq.Tables.DATA_SUBJECT_REQUEST;
import static vn.vusta.platform.db.jooq.Tables.MEMBER;
import static vn.vusta.platform.db.jooq.Tables.MEMBER_EXPERTISE;
import static vn.vusta.platform.db.jooq.Tables.MEMBER_NAME_TOKEN;

/**
 * A person's rights over their data (Law 91/2025/QH15, Art. 4): everything the platform holds on one member — the
 * answer to a request to see or to be given their data (Art. 15.2a) — and erasure on request (Art. 14). Erasure keeps the member's row, units, kind of degree and status counts — so the union's
 * figures and reports stay right — but removes everything that identifies the person, in the audit log too.
 */
@Service
public class PersonalData {

    /**
     * Everything held on one person: the record, with units and fields; the records of other tables that name the
     * member (seats in governing bodies, and whatever later tables refer to members), table by table; and every
     * change recorded of the member.
     */
    public record Dossier(Member member, Map<String, List<Map<String, Object>>> mentions, List<AuditEvent> history,
                          OffsetDateTime compiledAt) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext db;
    private final Members members;
    private final AuditLog audit;
    private final ScopeProofs proofs;
    private final Consents consents;

    PersonalData(DSLContext db, Members members, AuditLog audit, ScopeProofs proofs, Consents consents) {
        this.db = db;
        this.members = members;
        this.audit = audit;
        this.proofs = proofs;
        this.consents = consents;
    }

    @Transactional(readOnly = true)
    public Optional<Dossier> dossier(UUID id) {
        return members.find(id).map(member -> new Dossier(member, mentions(id), audit.about("member", id),
                OffsetDateTime.now()));
    }

    /**
     * Rows of every table whose foreign key names this member (a seat, an event attended, a panel, a project led);
     * found in the schema, so new tables count.
     */
    private Map<String, List<Map<String, Object>>> mentions(UUID id) {
        var mentions = new TreeMap<String, List<Map<String, Object>>>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            if (table.equals(MEMBER_NAME_TOKEN) || !table.getTableType().isTable()) {
                continue;
            }
            for (ForeignKey<?, ?> reference : table.getReferences()) {
                if (!reference.getKey().getTable().equals(MEMBER)) {
                    continue;
                }
                Field<UUID> memberId = memberIdOf(reference);
                var rows = db.selectFrom(table).where(memberId.eq(id)).fetchMaps();
                if (!rows.isEmpty()) {
                    mentions.computeIfAbsent(table.getName(), name -> new ArrayList<>()).addAll(rows);
                }
            }
        }
        return mentions;
    }

    /** The column of a reference to a member that holds the member's id (beside the tenant's). */
    @SuppressWarnings("unchecked")
    private static Field<UUID> memberIdOf(ForeignKey<?, ?> reference) {
        List<? extends TableField<?, ?>> columns = reference.getFields();
        List<? extends TableField<?, ?>> keyColumns = reference.getKeyFields();
        for (int i = 0; i < columns.size(); i++) {
            if (keyColumns.get(i).equals(MEMBER.ID)) {
                return (Field<UUID>) columns.get(i);
            }
        }
        throw new IllegalStateException("A reference to member without its id: " + reference.getName());
    }

    @Transactional
    public boolean erase(UUID id) {
        Optional<MemberRecord> locked = members.lockedForChange(id);
        if (locked.isEmpty()) {
            return false;
        }
        if (locked.get().into(MemberColumns.STATUS).value1() == MemberStatus.ERASED) {
            return true;
        }
        // What identified the person, read before it goes: the entries of other records (an event's participants, a
        // seat, a recipient) may have copied it.
        List<String> identifying = identifying(locked.get());
        db.update(MEMBER)
                .set(MEMBER.FULL_NAME, ERASED_NAME)
                .setNull(MEMBER.BIRTH_YEAR)
                .setNull(MEMBER.SPECIALTY)
                .setNull(MEMBER.WORKPLACE)
                .setNull(MEMBER.EMAIL)
                .setNull(MEMBER.PHONE)
                .setNull(MEMBER.ADDRESS)
                .setNull(MEMBER.PROCESSING_CONSENT_ON)
                .setNull(MEMBER.EXPERT_SHARING_CONSENT_ON)
                .set(MEMBER.EXPERT_SHARED_DATA, new String[0])
                .set(MemberColumns.STATUS, MemberStatus.ERASED)
                .set(MEMBER.ERASED_AT, OffsetDateTime.now())
                .set(MEMBER.UPDATED_AT, OffsetDateTime.now())
                .where(MEMBER.ID.eq(id))
                .execute();
        // Fields of expertise say little alone, but with a small association they could point at the person.
        db.deleteFrom(MEMBER_EXPERTISE).where(MEMBER_EXPERTISE.MEMBER_ID.eq(id)).execute();
        // The consents and the person's requests stay as proof that the union honoured them: purposes, kinds and
        // dates, not what was written of the person.
        consents.forget(id);
        db.update(DATA_SUBJECT_REQUEST).setNull(DATA_SUBJECT_REQUEST.DETAILS).setNull(DATA_SUBJECT_REQUEST.ANSWER)
                .where(DATA_SUBJECT_REQUEST.MEMBER_ID.eq(id)).execute();
        // The log keeps that the changes happened, not what they said of the person. PostgreSQL lets this
        // transaction, and no other, rewrite this member's entries, with a proof only the application can make (V28).
        ScopeProofs.Proof proof = proofs.erasure(AccessScope.currentTenant().id(), id);
        Routines.beginErasure(db.configuration(), id.toString(), proof.nonce(), proof.value());
        JSONB erased = JSONB.valueOf(JSON.writeValueAsString(Map.of("erased", true)));
        db.update(AUDIT_EVENT)
                .set(AUDIT_EVENT.BEFORE, erased)
                .set(AUDIT_EVENT.AFTER, erased)
                .where(AUDIT_EVENT.OBJECT_TYPE.eq("member"), AUDIT_EVENT.OBJECT_ID.eq(id.toString()))
                .execute();
        eraseMentions(id, identifying);
        audit.record("member.erased", "member", id, null, null);
        return true;
    }

    /** The person's name, e-mail, phone, address and workplace as written on the record, for the other entries. */
    private static List<String> identifying(MemberRecord member) {
        var values = new ArrayList<String>();
        for (String value : new String[]{member.getFullName(), member.getEmail(), member.getPhone(), member.getAddress()}) {
            if (value != null && !value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }

    /**
     * The entries of other records that name the member by id (an event's participants, a seat in a governing body,
     * a panel, a commendation's recipient) copied the person's name beside the id: every text in their before/after
     * that holds the name, e-mail, phone or address becomes {@link #ERASED_NAME}. PostgreSQL lets this transaction
     * rewrite such entries, and only those that name the member's id (V42).
     */
    private void eraseMentions(UUID id, List<String> identifying) {
        if (identifying.isEmpty()) {
            return;
        }
        var mentioning = db.select(AUDIT_EVENT.ID, AUDIT_EVENT.BEFORE, AUDIT_EVENT.AFTER)
                .from(AUDIT_EVENT)
                .where(AUDIT_EVENT.OBJECT_TYPE.ne("member").or(AUDIT_EVENT.OBJECT_ID.ne(id.toString())))
                .and(AUDIT_EVENT.BEFORE.cast(String.class).contains(id.toString())
                        .or(AUDIT_EVENT.AFTER.cast(String.class).contains(id.toString())))
                .fetch();
        for (var entry : mentioning) {
            JSONB before = withoutPerson(entry.value2(), identifying);
            JSONB after = withoutPerson(entry.value3(), identifying);
            if (!java.util.Objects.equals(before, entry.value2()) || !java.util.Objects.equals(after, entry.value3())) {
                db.update(AUDIT_EVENT)
                        .set(AUDIT_EVENT.BEFORE, before)
                        .set(AUDIT_EVENT.AFTER, after)
                        .where(AUDIT_EVENT.ID.eq(entry.value1()))
                        .execute();
            }
        }
    }

    private static JSONB withoutPerson(JSONB details, List<String> identifying) {
        if (details == null) {
            return null;
        }
        JsonNode tree = JSON.readTree(details.data());
        JsonNode cleaned = withoutPerson(tree, identifying);
        return cleaned.equals(tree) ? details : JSONB.valueOf(JSON.writeValueAsString(cleaned));
    }

    private static JsonNode withoutPerson(JsonNode node, List<String> identifying) {
        if (node.isString()) {
            String text = node.asString();
            for (String value : identifying) {
                // Within a longer text ("PGS.TS. <name>") only a value long enough not to be found by chance.
                if (text.equals(value) || value.length() >= 5 && text.contains(value)) {
                    return StringNode.valueOf(ERASED_NAME);
                }
            }
            return node;
        }
        if (node instanceof ObjectNode object) {
            var copy = JSON.createObjectNode();
            object.properties().forEach(e -> copy.set(e.getKey(), withoutPerson(e.getValue(), identifying)));
            return copy;
        }
        if (node instanceof ArrayNode array) {
            var copy = JSON.createArrayNode();
            array.forEach(element -> copy.add(withoutPerson(element, identifying)));
            return copy;
        }
        return node;
    }

    /** What an erased member's name becomes; pages show "Hội viên đã xóa" in the user's language instead. */
    static final String ERASED_NAME = "—";
}
