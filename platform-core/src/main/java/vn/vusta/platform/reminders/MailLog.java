package vn.vusta.platform.reminders;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.tenancy.AccessScope;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.jooq.impl.DSL.count;
import static vn.vusta.platform.db.jooq.Tables.REMINDER_MAIL;
import static vn.vusta.platform.db.jooq.Tables.TENANT;

/**
 * What the platform sent to whom, and what it could not send yet (issue 18: a mail the server refused was only
 * logged): every union's mails of the reporting cycle, newest first, read in the national scope.
 */
@Service
public class MailLog {

    /** The log shows this many of the latest mails; older ones are counted, not listed. */
    public static final int SHOWN = 200;

    private final DSLContext db;

    MailLog(DSLContext db) {
        this.db = db;
    }

    /** The latest mails in the state (any state when null), at most {@link #SHOWN}. */
    @Transactional(readOnly = true)
    public List<LoggedMail> latest(MailState state) {
        national();
        var m = REMINDER_MAIL;
        return db.select(m.TENANT_ID, m.ID, TENANT.NAME, m.KIND, m.RECIPIENT, m.SUBJECT, m.QUEUED_AT, m.SENT_AT,
                        m.ATTEMPTS, m.LAST_ATTEMPT_AT, m.LAST_FAILURE)
                .from(m).join(TENANT).on(TENANT.ID.eq(m.TENANT_ID))
                .where(in(state))
                .orderBy(m.QUEUED_AT.desc(), m.ID.desc())
                .limit(SHOWN)
                .fetch(r -> new LoggedMail(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10(), r.value11()));
    }

    /** How many mails are in each state. */
    @Transactional(readOnly = true)
    public Map<MailState, Integer> counts() {
        national();
        var r = db.select(count().filterWhere(in(MailState.SENT)), count().filterWhere(in(MailState.WAITING)),
                count().filterWhere(in(MailState.FAILED))).from(REMINDER_MAIL).fetchSingle();
        var counts = new EnumMap<MailState, Integer>(MailState.class);
        counts.put(MailState.SENT, r.value1());
        counts.put(MailState.WAITING, r.value2());
        counts.put(MailState.FAILED, r.value3());
        return counts;
    }

    private static Condition in(MailState state) {
        var m = REMINDER_MAIL;
        return switch (state) {
            case null -> DSL.noCondition();
            case SENT -> m.SENT_AT.isNotNull();
            case WAITING -> m.SENT_AT.isNull().and(m.ATTEMPTS.eq((short) 0));
            case FAILED -> m.SENT_AT.isNull().and(m.ATTEMPTS.gt((short) 0));
        };
    }

    private static void national() {
        if (!(AccessScope.current().orElse(null) instanceof AccessScope.NationalAccess)) {
            throw new IllegalStateException("The mail log is read in the national scope");
        }
    }
}
