package vn.vusta.platform.governance;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.GOVERNANCE_BODY;
import static vn.vusta.platform.db.jooq.Tables.GOVERNANCE_MANDATE;
import static vn.vusta.platform.db.jooq.Tables.GOVERNANCE_TERM;
import vn.vusta.platform.calendar.VietnamTime;

/** The union's leadership on a day, at a glance. */
@Service
public class Leaderships {

    private final DSLContext db;
    private final GoverningBodies bodies;

    Leaderships(DSLContext db, GoverningBodies bodies) {
        this.db = db;
        this.bodies = bodies;
    }

    /** Today's, in Vietnam. */
    @Transactional(readOnly = true)
    public List<Leadership> current() {
        return on(VietnamTime.today());
    }

    /**
     * The leadership of the term running on the day: one term, or none between terms; records brought together by a
     * merger of unions may show the former union's term beside the union's own.
     */
    @Transactional(readOnly = true)
    public List<Leadership> on(LocalDate day) {
        var leaderships = new ArrayList<Leadership>();
        List<Term> running = db.selectFrom(GOVERNANCE_TERM)
                .where(GOVERNANCE_TERM.STARTS_ON.le(day))
                .and(GOVERNANCE_TERM.ENDS_ON.isNull().or(GOVERNANCE_TERM.ENDS_ON.gt(day)))
                .orderBy(GOVERNANCE_TERM.STARTS_ON.desc())
                .fetch(Terms::toTerm);
        for (Term term : running) {
            List<Mandate> held = MandateRows.fetch(db, GOVERNANCE_BODY.TERM_ID.eq(term.id())
                    .and(GOVERNANCE_MANDATE.STARTS_ON.le(day))
                    .and(GOVERNANCE_MANDATE.ENDS_ON.isNull().or(GOVERNANCE_MANDATE.ENDS_ON.gt(day))), day);
            var leaders = new LinkedHashMap<List<Object>, List<BodyKind>>();
            held.stream().filter(m -> m.position().leading())
                    .sorted(Comparator.comparing(Mandate::position).thenComparing(Mandate::body))
                    .forEach(m -> leaders.computeIfAbsent(List.of(m.holder(), m.position()), key -> new ArrayList<>())
                            .add(m.body()));
            Map<UUID, List<Mandate>> byBody = new LinkedHashMap<>();
            held.forEach(m -> byBody.computeIfAbsent(m.bodyId(), key -> new ArrayList<>()).add(m));
            leaderships.add(new Leadership(term,
                    leaders.entrySet().stream()
                            .map(e -> new Leadership.Leader((Holder) e.getKey().get(0), (Position) e.getKey().get(1),
                                    List.copyOf(e.getValue())))
                            .toList(),
                    bodies.ofTerm(term.id()).orElseThrow().stream()
                            .map(body -> new BodySeats(body, day, byBody.getOrDefault(body.id(), List.of())))
                            .toList()));
        }
        return leaderships;
    }
}
