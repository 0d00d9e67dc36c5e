package vn.vusta.platform.events;

import org.jooq.Condition;
import org.jooq.impl.DSL;
import vn.vusta.platform.db.jooq.Routines;
import vn.vusta.platform.tenancy.AccessScope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.EVENT;
import static vn.vusta.platform.db.jooq.Tables.EVENT_CO_ORGANISER;

/**
 * A filter of the events list, every part optional. An event belongs to the year and the period it starts in, so
 * that the periods of reports (a quarter, six months, a year, cumulative from 1 January) count it once. A unit finds
 * the events it organised or co-organised. The text is looked for in the title, place, topics, connection points,
 * outside organisers and outcome, diacritics and case aside ("tien lang" finds "Tiên Lãng").
 */
public record EventQuery(Integer year, LocalDate from, LocalDate to, EventKind kind, UUID unitId, EventMode mode,
                         String text) {

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null);
    }

    Condition condition() {
        var conditions = new ArrayList<Condition>();
        conditions.add(AccessScope.ownRows(EVENT.TENANT_ID));
        if (year != null) {
            conditions.add(EVENT.STARTS_ON.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        }
        if (from != null) {
            conditions.add(EVENT.STARTS_ON.ge(from));
        }
        if (to != null) {
            conditions.add(EVENT.STARTS_ON.le(to));
        }
        if (kind != null) {
            conditions.add(EventColumns.KIND.eq(kind));
        }
        if (mode != null) {
            conditions.add(EventColumns.MODE.eq(mode));
        }
        if (unitId != null) {
            conditions.add(EVENT.ORGANISER_UNIT_ID.eq(unitId).or(DSL.exists(DSL.selectOne().from(EVENT_CO_ORGANISER)
                    .where(EVENT_CO_ORGANISER.EVENT_ID.eq(EVENT.ID), EVENT_CO_ORGANISER.UNIT_ID.eq(unitId)))));
        }
        if (text != null && !text.isBlank()) {
            var searched = DSL.concatWs(DSL.inline(" "), EVENT.TITLE, EVENT.PLACE, EVENT.COMMUNE, EVENT.ORGANISER_NAME,
                    DSL.arrayToString(EVENT.TOPICS, DSL.inline(" ")),
                    DSL.arrayToString(EVENT.CONNECTION_POINTS, DSL.inline(" ")), EVENT.OUTCOME);
            conditions.add(Routines.fold(searched).contains(Routines.fold(DSL.val(text.strip())))
                    .or(DSL.exists(DSL.selectOne().from(EVENT_CO_ORGANISER).where(EVENT_CO_ORGANISER.EVENT_ID.eq(EVENT.ID),
                            Routines.fold(EVENT_CO_ORGANISER.PARTNER_NAME).contains(Routines.fold(DSL.val(text.strip())))))));
        }
        return DSL.and(conditions);
    }
}
