package vn.vusta.platform.governance;

import org.jooq.DSLContext;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.db.jooq.tables.records.GovernanceBodyRecord;
import vn.vusta.platform.tenancy.AccessScope;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.GOVERNANCE_BODY;
import static vn.vusta.platform.db.jooq.Tables.GOVERNANCE_MANDATE;
import static vn.vusta.platform.db.jooq.Tables.GOVERNANCE_TERM;

/** The bodies elected for each term (Ban Chấp hành, Ban Thường vụ, Thường trực) and their seats. */
@Service
public class GoverningBodies {

    private final DSLContext db;
    private final AuditLog audit;

    GoverningBodies(DSLContext db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    /** The bodies of a term in the order of {@link BodyKind}; empty when there is no such term. */
    @Transactional(readOnly = true)
    public Optional<List<GoverningBody>> ofTerm(UUID termId) {
        if (!db.fetchExists(GOVERNANCE_TERM, GOVERNANCE_TERM.ID.eq(termId))) {
            return Optional.empty();
        }
        return Optional.of(db.selectFrom(GOVERNANCE_BODY).where(GOVERNANCE_BODY.TERM_ID.eq(termId))
                .fetch(GoverningBodies::toBody).stream()
                .sorted(Comparator.comparing(GoverningBody::kind))
                .toList());
    }

    @Transactional(readOnly = true)
    public Optional<GoverningBody> find(UUID id) {
        return db.selectFrom(GOVERNANCE_BODY).where(GOVERNANCE_BODY.ID.eq(id)).fetchOptional(GoverningBodies::toBody);
    }

    /**
     * A body with every mandate of it, held and ended, as of today or, for a term that has ended, its last day (so that
     * a past Ban Chấp hành shows who sat in it at the end).
     */
    @Transactional(readOnly = true)
    public Optional<BodySeats> seats(UUID id) {
        return find(id).map(body -> {
            LocalDate today = VietnamTime.today();
            LocalDate termEnd = db.select(GOVERNANCE_TERM.ENDS_ON).from(GOVERNANCE_TERM)
                    .where(GOVERNANCE_TERM.ID.eq(body.termId())).fetchSingle(GOVERNANCE_TERM.ENDS_ON);
            LocalDate asOf = termEnd != null && !termEnd.isAfter(today) ? termEnd.minusDays(1) : today;
            return new BodySeats(body, asOf, MandateRows.fetch(db, GOVERNANCE_MANDATE.BODY_ID.eq(id), asOf));
        });
    }

    /** Adds a body to a term; empty when there is no such term. A term has one body of each kind. */
    @Transactional
    public Optional<GoverningBody> create(UUID termId, BodyDraft draft) {
        if (!db.fetchExists(GOVERNANCE_TERM, GOVERNANCE_TERM.ID.eq(termId))) {
            return Optional.empty();
        }
        if (draft.seats() != null && (draft.seats() < 1 || draft.seats() > 500)) {
            throw Refusal.BODY_SEATS_OUT_OF_RANGE.refused();
        }
        try {
            GovernanceBodyRecord created = db.insertInto(GOVERNANCE_BODY)
                    .set(GOVERNANCE_BODY.TENANT_ID, AccessScope.currentTenant().id())
                    .set(GOVERNANCE_BODY.TERM_ID, termId)
                    .set(GovernanceColumns.KIND, draft.kind())
                    .set(GOVERNANCE_BODY.SEATS, draft.seats() == null ? null : draft.seats().shortValue())
                    .returning()
                    .fetchSingle();
            audit.record("governance-body.created", null, created, created.getId());
            return Optional.of(toBody(created));
        } catch (DataAccessException | org.jooq.exception.DataAccessException e) {
            throw Refusal.translated(e);
        }
    }

    static GoverningBody toBody(GovernanceBodyRecord r) {
        return new GoverningBody(r.getId(), r.getTermId(), r.into(GovernanceColumns.KIND).value1(),
                r.getSeats() == null ? null : r.getSeats().intValue());
    }
}
