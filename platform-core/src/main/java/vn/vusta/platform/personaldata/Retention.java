package vn.vusta.platform.personaldata;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.members.MemberColumns;
import vn.vusta.platform.members.MemberStatus;
import vn.vusta.platform.members.PersonalData;
import vn.vusta.platform.tenancy.AccessScope;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.AUDIT_EVENT;
import static vn.vusta.platform.db.jooq.Tables.MEMBER;
import static vn.vusta.platform.db.jooq.Tables.REGISTRY_IMPORT;
import static vn.vusta.platform.db.jooq.Tables.REMINDER_MAIL;

/**
 * The current union's retention periods per kind of record, what is due now, and the erasure of what outlived them.
 * A member who left or died is anonymised through {@link PersonalData#erase} (the row, units, degree and status stay,
 * so counts and past reports stay right; the person's entries in the audit log lose what identified them); a sent
 * mail's row is deleted. Each run is audited, with each member's erasure.
 */
@Service
public class Retention {

    /** What the audit log calls a run of the job in a union. */
    static final String APPLIED = "personal-data.retention-applied";

    /** Spreadsheets uploaded and not confirmed are deleted after a day (spreadsheets.Imports, ExpiredUploads). */
    private static final Duration PENDING_UPLOADS = Duration.ofDays(1);
    /** The pages' sessions end after 8 hours without activity (platform-api's SessionConfiguration). */
    private static final Duration SESSIONS = Duration.ofHours(8);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext db;
    private final RetentionProperties periods;
    private final PersonalData personalData;
    private final AuditLog audit;

    Retention(DSLContext db, RetentionProperties periods, PersonalData personalData, AuditLog audit) {
        this.db = db;
        this.periods = periods;
        this.personalData = personalData;
        this.audit = audit;
    }

    /** Every kind of record, its period, and how many of the union's records are due now. */
    @Transactional(readOnly = true)
    public List<RetentionRule> rules() {
        OffsetDateTime now = OffsetDateTime.now();
        return List.of(
                new RetentionRule(RetentionKind.MEMBERS_LEFT, periods.membersLeft(),
                        null, (long) db.fetchCount(MEMBER, membersDue(now)), true),
                new RetentionRule(RetentionKind.SENT_MAILS, periods.sentMails(),
                        null, (long) db.fetchCount(REMINDER_MAIL, mailsDue(now)), true),
                RetentionRule.ofHours(RetentionKind.PENDING_UPLOADS, PENDING_UPLOADS, (long) db.fetchCount(REGISTRY_IMPORT,
                        REGISTRY_IMPORT.CONFIRMED_AT.isNull().and(REGISTRY_IMPORT.UPLOADED_AT.lt(now.minus(PENDING_UPLOADS))))),
                RetentionRule.ofHours(RetentionKind.SESSIONS, SESSIONS, null),
                new RetentionRule(RetentionKind.SIGNED_DOCUMENTS, null, null, null, false));
    }

    /** When the job last ran in the union, if ever. */
    @Transactional(readOnly = true)
    public Optional<OffsetDateTime> lastRun() {
        return db.select(AUDIT_EVENT.OCCURRED_AT).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ACTION.eq(APPLIED))
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc())
                .limit(1)
                .fetchOptional(AUDIT_EVENT.OCCURRED_AT);
    }

    /** What one run did in one union. */
    public record Outcome(int membersAnonymised, int mailsDeleted) {
    }

    /**
     * Anonymises the members and deletes the mails of the current union that outlived their periods, and audits the
     * run; in the caller's transaction (the job's, per union).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome apply() {
        OffsetDateTime now = OffsetDateTime.now();
        List<UUID> due = db.select(MEMBER.ID).from(MEMBER).where(membersDue(now)).orderBy(MEMBER.ID).fetch(MEMBER.ID);
        int anonymised = 0;
        for (UUID member : due) {
            if (personalData.erase(member)) {
                anonymised++;
            }
        }
        int mails = db.deleteFrom(REMINDER_MAIL).where(mailsDue(now)).execute();
        var after = new LinkedHashMap<String, Object>();
        after.put("membersAnonymised", anonymised);
        after.put("mailsDeleted", mails);
        after.put("membersLeftPeriod", periods.membersLeft().toString());
        after.put("sentMailsPeriod", periods.sentMails().toString());
        audit.record(APPLIED, "tenant", AccessScope.currentTenant().id(), null, JSON.writeValueAsString(after));
        return new Outcome(anonymised, mails);
    }

    /**
     * Left or died, and the record unchanged since the period: the last change is the nearest the registry knows to
     * the day the person left (a status set, a later correction).
     */
    private Condition membersDue(OffsetDateTime now) {
        return MemberColumns.STATUS.in(MemberStatus.INACTIVE, MemberStatus.DECEASED)
                .and(MEMBER.UPDATED_AT.lt(now.minus(periods.membersLeft())));
    }

    /** Sent (a mail waiting or failing stays until it goes), longer ago than the period. */
    private Condition mailsDue(OffsetDateTime now) {
        return REMINDER_MAIL.SENT_AT.lt(now.minus(periods.sentMails()));
    }
}
