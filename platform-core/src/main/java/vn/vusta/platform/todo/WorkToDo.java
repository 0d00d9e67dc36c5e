package vn.vusta.platform.todo;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.consultancy.ConsultancyColumns;
import vn.vusta.platform.consultancy.TaskStatus;
import vn.vusta.platform.nationalreview.NationalReview;
import vn.vusta.platform.personaldata.Breach;
import vn.vusta.platform.personaldata.Breaches;
import vn.vusta.platform.nationalreview.ProvinceStatus;
import vn.vusta.platform.personaldata.DataSubjectRequests;
import vn.vusta.platform.reminders.MailLog;
import vn.vusta.platform.reminders.MailState;
import vn.vusta.platform.reportingcalendar.ReportingCalendar;
import vn.vusta.platform.reportingcalendar.ReportingPeriod;
import vn.vusta.platform.reports.ReportColumns;
import vn.vusta.platform.reports.ReportStatus;
import vn.vusta.platform.tenancy.AccessScope;
import vn.vusta.platform.tenancy.Tenant;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static vn.vusta.platform.db.jooq.Tables.CONSULTANCY_TASK;
import static vn.vusta.platform.db.jooq.Tables.REGISTRY_IMPORT;
import static vn.vusta.platform.db.jooq.Tables.REPORT;
import static vn.vusta.platform.db.jooq.Tables.REPORTING_PERIOD;
import static vn.vusta.platform.db.jooq.Tables.REPORT_TRANSITION;
import static vn.vusta.platform.db.jooq.Tables.TENANT;

/**
 * What needs doing today. A report is due from 90 days before its deadline's reach until 90 days after it (the
 * national calendar's deadlines are at most 85 days apart, so the last one passed stays in sight until the next);
 * a consultancy task from 14 days before its due date until it is done or cancelled.
 */
@Service
public class WorkToDo {

    /** How far ahead a deadline shows. */
    static final int DAYS_AHEAD = 45;
    /** How long a passed deadline stays. */
    static final int DAYS_BEHIND = 90;
    /** How far ahead a task's due date shows. */
    static final int TASK_DAYS_AHEAD = 14;
    /** At most this many items of a kind; the list behind the link holds the rest. */
    static final int AT_MOST = 10;
    /** How far ahead a data subject's request shows: the shortest the law gives is 10 days. */
    static final int REQUEST_DAYS_AHEAD = 5;
    /** A breach's detection and deadline are to the minute. */
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final Set<ReportStatus> NOT_SENT = Set.of(ReportStatus.DRAFT, ReportStatus.SUBMITTED, ReportStatus.APPROVED);

    private final DSLContext db;
    private final NationalReview review;
    private final MailLog mails;
    private final DataSubjectRequests requests;
    private final Breaches breaches;

    WorkToDo(DSLContext db, NationalReview review, MailLog mails, DataSubjectRequests requests, Breaches breaches) {
        this.db = db;
        this.review = review;
        this.mails = mails;
        this.requests = requests;
        this.breaches = breaches;
    }

    /**
     * A union's: reports due, reports returned, consultancy tasks due, imports waiting for confirmation, and (for its
     * administrators, {@link ToDo.Kind#administrators()}) data subjects' requests near or past their last day and
     * personal-data breaches not yet notified to the authority.
     */
    @Transactional(readOnly = true)
    public List<ToDo> ofUnion() {
        Tenant tenant = AccessScope.currentTenant();
        LocalDate today = VietnamTime.today();
        var items = new ArrayList<ToDo>();
        db.select(REPORTING_PERIOD.fields()).select(REPORT.ID, ReportColumns.STATUS)
                .from(REPORTING_PERIOD)
                .leftJoin(REPORT).on(REPORT.TENANT_ID.eq(tenant.id()), REPORT.PERIOD_ID.eq(REPORTING_PERIOD.ID),
                        REPORT.PROVINCE_CODE.eq(tenant.provinceCode()))
                .where(REPORTING_PERIOD.DEADLINE.between(today.minusDays(DAYS_BEHIND), today.plusDays(DAYS_AHEAD)),
                        REPORT.ID.isNull().or(ReportColumns.STATUS.in(NOT_SENT)))
                .orderBy(REPORTING_PERIOD.DEADLINE)
                .forEach(r -> {
                    ReportingPeriod period = ReportingCalendar.toPeriod(r.into(REPORTING_PERIOD));
                    items.add(new ToDo(ToDo.Kind.REPORT_DUE, period.vietnameseName(), period.deadline(),
                            ChronoUnit.DAYS.between(today, period.deadline()), null, r.get(REPORT.ID), null, period.id(),
                            period.year(), 0));
                });
        var lastReturn = REPORT_TRANSITION.as("last_return");
        db.select(REPORT.ID, REPORT.TITLE, lastReturn.COMMENT, lastReturn.OCCURRED_AT)
                .from(REPORT)
                .join(lastReturn).on(lastReturn.TENANT_ID.eq(REPORT.TENANT_ID), lastReturn.REPORT_ID.eq(REPORT.ID),
                        lastReturn.TO_STATUS.eq(ReportStatus.RETURNED.name()))
                .where(ReportColumns.STATUS.eq(ReportStatus.RETURNED),
                        lastReturn.OCCURRED_AT.eq(DSL.select(DSL.max(REPORT_TRANSITION.OCCURRED_AT)).from(REPORT_TRANSITION)
                                .where(REPORT_TRANSITION.TENANT_ID.eq(REPORT.TENANT_ID), REPORT_TRANSITION.REPORT_ID.eq(REPORT.ID),
                                        REPORT_TRANSITION.TO_STATUS.eq(ReportStatus.RETURNED.name()))))
                .orderBy(lastReturn.OCCURRED_AT.desc())
                .limit(AT_MOST)
                .forEach(r -> items.add(new ToDo(ToDo.Kind.REPORT_RETURNED, r.get(REPORT.TITLE),
                        r.get(lastReturn.OCCURRED_AT).atZoneSameInstant(VietnamTime.ZONE).toLocalDate(), 0,
                        r.get(lastReturn.COMMENT), r.get(REPORT.ID), null, null, 0, 0)));
        db.select(CONSULTANCY_TASK.ID, CONSULTANCY_TASK.SUBJECT, CONSULTANCY_TASK.DUE_ON)
                .from(CONSULTANCY_TASK)
                .where(ConsultancyColumns.STATUS.in(TaskStatus.ASSIGNED, TaskStatus.IN_PROGRESS),
                        CONSULTANCY_TASK.DUE_ON.le(today.plusDays(TASK_DAYS_AHEAD)))
                .orderBy(CONSULTANCY_TASK.DUE_ON, CONSULTANCY_TASK.SUBJECT)
                .limit(AT_MOST)
                .forEach(r -> items.add(new ToDo(ToDo.Kind.TASK_DUE, r.get(CONSULTANCY_TASK.SUBJECT), r.get(CONSULTANCY_TASK.DUE_ON),
                        ChronoUnit.DAYS.between(today, r.get(CONSULTANCY_TASK.DUE_ON)), null, r.get(CONSULTANCY_TASK.ID),
                        null, null, 0, 0)));
        db.select(REGISTRY_IMPORT.ID, REGISTRY_IMPORT.FILE_NAME, REGISTRY_IMPORT.UPLOADED_AT)
                .from(REGISTRY_IMPORT)
                .where(REGISTRY_IMPORT.CONFIRMED_AT.isNull())
                .orderBy(REGISTRY_IMPORT.UPLOADED_AT.desc())
                .limit(AT_MOST)
                .forEach(r -> items.add(new ToDo(ToDo.Kind.IMPORT_WAITING, r.get(REGISTRY_IMPORT.FILE_NAME),
                        r.get(REGISTRY_IMPORT.UPLOADED_AT).atZoneSameInstant(VietnamTime.ZONE).toLocalDate(), 0, null,
                        r.get(REGISTRY_IMPORT.ID), null, null, 0, 0)));
        requests.openDueWithin(REQUEST_DAYS_AHEAD, AT_MOST).forEach(request -> items.add(new ToDo(
                ToDo.Kind.DATA_REQUEST_DUE, request.kind().name(), request.dueOn(), request.daysLeft(), null,
                request.id(), null, null, 0, 0)));
        breaches.notNotified().stream().limit(AT_MOST).forEach(breach -> items.add(breachItem(breach, today)));
        return items;
    }

    /**
     * A breach not notified, until it is: its deadline is to the minute (72 hours from detection), so one past it
     * earlier today counts as a day late, and the texts say the time, not the days.
     */
    static ToDo breachItem(Breach breach, LocalDate today) {
        var deadline = breach.notificationDeadline().atZoneSameInstant(VietnamTime.ZONE);
        long days = ChronoUnit.DAYS.between(today, deadline.toLocalDate());
        return new ToDo(ToDo.Kind.BREACH_NOT_NOTIFIED,
                breach.detectedAt().atZoneSameInstant(VietnamTime.ZONE).format(MINUTE), deadline.toLocalDate(),
                breach.overdue() ? Math.min(days, -1) : Math.max(days, 0), deadline.format(MINUTE), breach.id(),
                null, null, 0, 0);
    }

    /** The national union's: reports sent and waiting to be reviewed, and unions late with a period's report. */
    @Transactional(readOnly = true)
    public List<ToDo> ofNation() {
        LocalDate today = VietnamTime.today();
        var items = new ArrayList<ToDo>();
        db.select(REPORT.ID, REPORT.TENANT_ID, REPORT.SENT_AT, TENANT.NAME).select(REPORTING_PERIOD.fields())
                .from(REPORT)
                .join(TENANT).on(TENANT.ID.eq(REPORT.TENANT_ID))
                .join(REPORTING_PERIOD).on(REPORTING_PERIOD.ID.eq(REPORT.PERIOD_ID))
                .where(ReportColumns.STATUS.eq(ReportStatus.SENT))
                .orderBy(REPORT.SENT_AT)
                .limit(AT_MOST * 3)
                .forEach(r -> {
                    ReportingPeriod period = ReportingCalendar.toPeriod(r.into(REPORTING_PERIOD));
                    items.add(new ToDo(ToDo.Kind.REPORT_ARRIVED, r.get(TENANT.NAME),
                            r.get(REPORT.SENT_AT).atZoneSameInstant(VietnamTime.ZONE).toLocalDate(), 0,
                            period.vietnameseName(), r.get(REPORT.ID), r.get(REPORT.TENANT_ID), period.id(), period.year(), 0));
                });
        db.selectFrom(REPORTING_PERIOD)
                .where(REPORTING_PERIOD.DEADLINE.between(today.minusDays(DAYS_BEHIND), today.minusDays(1)))
                .orderBy(REPORTING_PERIOD.DEADLINE.desc())
                .fetch(ReportingCalendar::toPeriod)
                .forEach(period -> review.status(period.id()).ifPresent(status -> {
                    int late = (int) status.provinces().stream().filter(WorkToDo::waiting).count();
                    if (late > 0) {
                        items.add(new ToDo(ToDo.Kind.UNIONS_LATE, period.vietnameseName(), period.deadline(),
                                ChronoUnit.DAYS.between(today, period.deadline()), null, null, null, period.id(),
                                period.year(), late));
                    }
                }));
        // Mails the mail server refused: the outbox keeps trying, someone should look at the server.
        int failed = mails.counts().get(MailState.FAILED);
        if (failed > 0) {
            items.add(new ToDo(ToDo.Kind.MAILS_FAILED, null, null, 0, null, null, null, null, today.getYear(), failed));
        }
        return items;
    }

    /** Expected and not sent: a union that sent, however late, is not waited for. */
    static boolean waiting(ProvinceStatus status) {
        return status.expected() && !status.sent();
    }
}
