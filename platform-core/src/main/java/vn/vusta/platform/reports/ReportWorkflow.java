package vn.vusta.platform.reports;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.db.jooq.tables.records.ReportRecord;
import vn.vusta.platform.identity.Actor;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.tenancy.TenantTransactions;
import vn.vusta.platform.tenancy.Tenants;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

import static vn.vusta.platform.db.jooq.Tables.REPORT;
import static vn.vusta.platform.db.jooq.Tables.REPORT_TRANSITION;
import static vn.vusta.platform.db.jooq.Tables.TENANT;

/**
 * The moves of a report: the union submits it to the Standing Committee, which approves it at a meeting (or sends it
 * back to draft), then sends it to the national union, whose reviewers accept it, return it with a comment, or
 * reopen an accepted one with a reason. Each move locks the report, so of two users moving it at once the second
 * finds it moved and is refused; each is written to the report's history, audited and published as
 * {@link ReportTransitioned} in its transaction. A reviewer's move runs in the report's tenant, whose audit log
 * records it. The methods return empty when there is no such report.
 */
@Service
public class ReportWorkflow {

    private final DSLContext db;
    private final Reports reports;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TenantTransactions transactions;
    private final ReportRounds rounds;
    private final List<SendingCheck> checks;

    ReportWorkflow(DSLContext db, Reports reports, AuditLog audit, ApplicationEventPublisher events,
                   TenantTransactions transactions, ReportRounds rounds, List<SendingCheck> checks) {
        this.db = db;
        this.checks = checks;
        this.reports = reports;
        this.audit = audit;
        this.events = events;
        this.transactions = transactions;
        this.rounds = rounds;
    }

    @Transactional
    public Optional<Report> submit(UUID id, String comment) {
        return move(id, Move.SUBMIT, comment, null);
    }

    @Transactional
    public Optional<Report> withdraw(UUID id, String comment) {
        return move(id, Move.WITHDRAW, comment, null);
    }

    /**
     * The Standing Committee approved the report at its meeting of that day (not a day to come), on paper: the
     * secretariat records the meeting's date and its minutes (their reference or text), and is named as recording it.
     */
    @Transactional
    public Optional<Report> approve(UUID id, LocalDate meetingDate, String minutes, String recordedBy, String comment) {
        if (meetingDate == null) {
            throw RefusedException.invalid("meetingDate", "reports.refusal.meeting-date-missing");
        }
        if (meetingDate.isAfter(VietnamTime.today())) {
            throw RefusedException.invalid("meetingDate", "reports.refusal.meeting-date-future");
        }
        String recorded = minutes == null || minutes.isBlank() ? null : minutes.strip();
        if (recorded == null) {
            throw RefusedException.invalid("minutes", "reports.refusal.minutes-missing");
        }
        return move(id, Move.APPROVE, comment, meetingDate, values(REPORT.APPROVED_ON, meetingDate,
                REPORT.APPROVAL_MINUTES, recorded, REPORT.APPROVAL_RECORDED_BY, recordedBy), recorded);
    }

    /** The Standing Committee's chairman approves the report in the platform, today; named as the approver. */
    @Transactional
    public Optional<Report> approveAsChair(UUID id, String chairName, String comment) {
        OffsetDateTime now = OffsetDateTime.now();
        return move(id, Move.APPROVE_AS_CHAIR, comment, null, values(REPORT.APPROVED_ON, VietnamTime.today(),
                REPORT.APPROVED_BY, chairName, REPORT.APPROVED_AT, now), null);
    }

    /**
     * Sends an approved report to the national union; refused while a required section is empty, naming each
     * ({@code sections.<SECTION>}), the first as the refusal's field, or while a {@link SendingCheck} refuses it.
     */
    @Transactional
    public Optional<Report> send(UUID id) {
        Optional<Report> report = reports.load(Reports.own(id));
        if (report.isEmpty()) {
            return report;
        }
        var empty = report.get().emptyRequiredSections();
        if (!empty.isEmpty() && report.get().status() == ReportStatus.APPROVED) {
            var details = empty.stream().map(s -> new RefusedException.Detail(Map.of("field", "sections." + s.name()),
                    "reports.refusal.section-empty." + s.name(), List.of())).toList();
            throw RefusedException.invalid("sections." + empty.getFirst().name(),
                    "reports.refusal.section-empty." + empty.getFirst().name(), details);
        }
        if (report.get().status() == ReportStatus.APPROVED) {
            checks.forEach(check -> check.beforeSending(report.get()));
        }
        Optional<Report> sent = move(id, Move.SEND, null, null);
        // What was sent this time is kept as a round, for the reviewer to compare with the round returned.
        sent.ifPresent(r -> rounds.recordSending(r, Actor.current().username()));
        return sent;
    }

    /** Takes a sent report back to approved while no national reviewer has opened it ("rút lại"). */
    @Transactional
    public Optional<Report> recall(UUID id, String comment) {
        Optional<ReportRecord> found = db.selectFrom(REPORT).where(Reports.own(id)).forUpdate().fetchOptional();
        if (found.isPresent() && found.get().getOpenedAt() != null
                && found.get().into(ReportColumns.STATUS).value1() == ReportStatus.SENT) {
            throw RefusedException.conflict("status", "reports.refusal.recall-opened");
        }
        return move(id, Move.RECALL, comment, null, values(REPORT.SENT_AT, null), null);
    }

    /** Columns and their values, nulls allowed. */
    private static Map<Field<?>, Object> values(Object... pairs) {
        Map<Field<?>, Object> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((Field<?>) pairs[i], pairs[i + 1]);
        }
        return values;
    }

    /**
     * A national reviewer opened a sent report: the first time is recorded (from then on the union cannot take it
     * back), in the report's tenant, audited. Nothing happens for a report not sent or opened before.
     */
    public void opened(UUID tenantId, UUID id) {
        Optional<Tenant> tenant = db.selectFrom(TENANT).where(TENANT.ID.eq(tenantId)).fetchOptional(Tenants::toTenant);
        tenant.ifPresent(t -> transactions.inTenant(t, () -> {
            db.selectFrom(REPORT).where(Reports.own(id), ReportColumns.STATUS.eq(ReportStatus.SENT), REPORT.OPENED_AT.isNull())
                    .forUpdate().fetchOptional().ifPresent(before -> {
                        ReportRecord after = db.update(REPORT).set(REPORT.OPENED_AT, OffsetDateTime.now())
                                .where(Reports.own(id), REPORT.OPENED_AT.isNull()).returning().fetchSingle();
                        audit.record("report.opened", before, after, id);
                    });
            return null;
        }));
    }

    public Optional<Report> accept(UUID tenantId, UUID id, String comment) {
        return inTenant(tenantId, () -> move(id, Move.ACCEPT, comment, null));
    }

    /** Returns a sent report for revision; the comment says what to revise and is required. */
    public Optional<Report> returnForRevision(UUID tenantId, UUID id, String comment) {
        return returnForRevision(tenantId, id, comment, Map.of(), Map.of());
    }

    /**
     * Returns a sent report for revision with an overall comment (required) and comments on single figures (by
     * indicator code) and sections, which the union reads beside them; blank ones are left out, a figure the report
     * does not have is refused ({@code figures.<code>}). The round returned is kept with its comments.
     */
    public Optional<Report> returnForRevision(UUID tenantId, UUID id, String comment, Map<String, String> figureComments,
                                              Map<Section, String> sectionComments) {
        if (comment == null || comment.isBlank()) {
            throw RefusedException.invalid("comment", "reports.refusal.comment-missing");
        }
        Map<String, String> onFigures = new TreeMap<>();
        (figureComments == null ? Map.<String, String>of() : figureComments).forEach((code, text) -> {
            if (text != null && !text.isBlank()) {
                onFigures.put(code == null ? "" : code.strip(), text.strip());
            }
        });
        Map<Section, String> onSections = new EnumMap<>(Section.class);
        (sectionComments == null ? Map.<Section, String>of() : sectionComments).forEach((section, text) -> {
            if (section != null && text != null && !text.isBlank()) {
                onSections.put(section, text.strip());
            }
        });
        return inTenant(tenantId, () -> {
            Optional<Report> sent = reports.load(Reports.own(id));
            if (sent.isEmpty()) {
                return sent;
            }
            for (String code : onFigures.keySet()) {
                if (sent.get().figures().stream().noneMatch(f -> f.code().equals(code))) {
                    throw RefusedException.invalid("figures." + code, "reports.refusal.return-figure-unknown", code);
                }
            }
            Optional<Report> returned = move(id, Move.RETURN, comment, null);
            rounds.recordReturn(sent.get(), Actor.current().username(), onFigures, onSections);
            return returned;
        });
    }

    /** Reopens an accepted report (back to returned, so the union may revise it); the reason is required. */
    public Optional<Report> reopen(UUID tenantId, UUID id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw RefusedException.invalid("reason", "reports.refusal.reason-for-reopening-missing");
        }
        return inTenant(tenantId, () -> move(id, Move.REOPEN, reason, null));
    }

    private Optional<Report> inTenant(UUID tenantId, Supplier<Optional<Report>> work) {
        Optional<Tenant> tenant = db.selectFrom(TENANT).where(TENANT.ID.eq(tenantId)).fetchOptional(Tenants::toTenant);
        return tenant.flatMap(t -> transactions.inTenant(t, work));
    }

    private Optional<Report> move(UUID id, Move move, String comment, LocalDate meetingDate) {
        return move(id, move, comment, meetingDate, Map.of(), null);
    }

    private Optional<Report> move(UUID id, Move move, String comment, LocalDate meetingDate, Map<Field<?>, Object> set,
                                  String minutes) {
        Optional<ReportRecord> found = db.selectFrom(REPORT).where(Reports.own(id)).forUpdate().fetchOptional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ReportRecord before = found.get();
        ReportStatus from = before.into(ReportColumns.STATUS).value1();
        if (!move.allowedFrom(from)) {
            throw RefusedException.conflict("status", move.refusal());
        }
        OffsetDateTime now = OffsetDateTime.now();
        Map<Field<?>, Object> values = new HashMap<>();
        values.putAll(set);
        switch (move) {
            // A new approval replaces the previous one's record whole (a returned report is approved again).
            case APPROVE, APPROVE_AS_CHAIR -> {
                for (Field<?> f : List.of(REPORT.APPROVED_BY, REPORT.APPROVED_AT, REPORT.APPROVAL_MINUTES,
                        REPORT.APPROVAL_RECORDED_BY)) {
                    values.putIfAbsent(f, null);
                }
            }
            case WITHDRAW -> {
                for (Field<?> f : List.of(REPORT.APPROVED_ON, REPORT.APPROVED_BY, REPORT.APPROVED_AT,
                        REPORT.APPROVAL_MINUTES, REPORT.APPROVAL_RECORDED_BY)) {
                    values.put(f, null);
                }
            }
            case SEND -> {
                values.put(REPORT.SENT_AT, now);
                values.put(REPORT.OPENED_AT, null);
            }
            case ACCEPT -> values.put(REPORT.ACCEPTED_AT, now);
            case REOPEN -> values.put(REPORT.ACCEPTED_AT, null);
            default -> {
            }
        }
        ReportRecord after = db.update(REPORT)
                .set(ReportColumns.STATUS, move.to())
                .set(values)
                .set(REPORT.UPDATED_AT, now)
                .set(REPORT.VERSION, REPORT.VERSION.plus(1))
                // The lock above makes this hold; the condition keeps it so should the lock ever go.
                .where(Reports.own(id), ReportColumns.STATUS.eq(from))
                .returning()
                .fetchOptional()
                .orElseThrow(() -> RefusedException.conflict("status", "reports.refusal.moved-meanwhile"));
        String said = comment == null || comment.isBlank() ? null : comment.strip();
        String actor = Actor.current().username();
        db.insertInto(REPORT_TRANSITION)
                .set(REPORT_TRANSITION.TENANT_ID, before.getTenantId())
                .set(REPORT_TRANSITION.REPORT_ID, id)
                .set(ReportColumns.FROM_STATUS, from)
                .set(ReportColumns.TO_STATUS, move.to())
                .set(REPORT_TRANSITION.ACTOR, actor)
                .set(REPORT_TRANSITION.OCCURRED_AT, now)
                .set(REPORT_TRANSITION.COMMENT, said)
                .set(REPORT_TRANSITION.MEETING_DATE, meetingDate)
                .set(REPORT_TRANSITION.MINUTES, minutes)
                .set(REPORT_TRANSITION.BY_CHAIR, move == Move.APPROVE_AS_CHAIR)
                .execute();
        audit.record("report." + move.done(), before, after, id);
        events.publishEvent(new ReportTransitioned(before.getTenantId(), id, before.getPeriodId(), from, move.to(), actor, said));
        return reports.load(Reports.own(id));
    }
}
