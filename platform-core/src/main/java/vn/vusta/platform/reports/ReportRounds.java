package vn.vusta.platform.reports;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.core.type.TypeReference;
import vn.vusta.platform.db.jooq.tables.records.ReportRoundRecord;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.REPORT_RETURN_COMMENT;
import static vn.vusta.platform.db.jooq.Tables.REPORT_ROUND;
import static vn.vusta.platform.db.jooq.Tables.REPORT_TRANSITION;

/**
 * The rounds of a report between a union and the national union: what was sent each time (its figures and sections),
 * the reviewer's comments on single figures and sections when a round was returned, and what changed from the round
 * returned to the one sent again. Read in the request's scope: a union reads its own reports, a national reviewer
 * every union's.
 */
@Service
public class ReportRounds {

    /** What a union sent the n-th time: the figures reported (plain numbers as text, null where none) and sections. */
    public record Round(int number, OffsetDateTime sentAt, String sentBy, Map<String, String> figures,
                        Map<Section, String> sections) {

        /** The figures sent, as numbers, those with none left out. */
        @com.fasterxml.jackson.annotation.JsonIgnore
        public Map<String, BigDecimal> numbers() {
            var numbers = new LinkedHashMap<String, BigDecimal>();
            figures.forEach((code, text) -> {
                if (text != null) {
                    numbers.put(code, new BigDecimal(text));
                }
            });
            return numbers;
        }
    }

    /** The reviewer's comments on single figures (by indicator code) and sections of a returned round. */
    public record ReturnComments(int round, Map<String, String> figures, Map<Section, String> sections) {

        public static final ReturnComments NONE = new ReturnComments(0, Map.of(), Map.of());

        public boolean isEmpty() {
            return figures.isEmpty() && sections.isEmpty();
        }

        public String figure(String code) {
            return figures.get(code);
        }

        public String section(Section section) {
            return sections.get(section);
        }
    }

    /** A figure that changed: its value in the returned round and now (null where none). */
    public record FigureChange(String code, BigDecimal before, BigDecimal after, String comment) {
    }

    /** A piece of a section's text: unchanged, removed (only in the returned round) or added (only now). */
    public record Piece(String text, Kind kind) {

        public enum Kind { SAME, REMOVED, ADDED }
    }

    /** A section whose text changed, word by word. */
    public record SectionChange(Section section, List<Piece> pieces, String comment) {
    }

    /**
     * What changed between the returned round and the round sent after it.
     *
     * @param rounds how many times the report was sent to the national union (1 when accepted at the first sending)
     */
    public record Changes(int returnedRound, int round, int rounds, List<FigureChange> figures, List<SectionChange> sections,
                          ReturnComments comments) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
    };

    private final DSLContext db;

    ReportRounds(DSLContext db) {
        this.db = db;
    }

    /** How many times the report was sent to the national union. */
    @Transactional(readOnly = true)
    public int sendings(UUID tenantId, UUID reportId) {
        return db.fetchCount(REPORT_TRANSITION, REPORT_TRANSITION.TENANT_ID.eq(tenantId), REPORT_TRANSITION.REPORT_ID.eq(reportId),
                ReportColumns.TO_STATUS.eq(ReportStatus.SENT));
    }

    /** Every round kept, oldest first. */
    @Transactional(readOnly = true)
    public List<Round> rounds(UUID tenantId, UUID reportId) {
        return db.selectFrom(REPORT_ROUND).where(REPORT_ROUND.TENANT_ID.eq(tenantId), REPORT_ROUND.REPORT_ID.eq(reportId))
                .orderBy(REPORT_ROUND.ROUND).fetch(ReportRounds::round);
    }

    /** The comments of the report's latest return, or none. */
    @Transactional(readOnly = true)
    public ReturnComments lastReturnComments(Report report) {
        if (report == null || report.lastReturn() == null) {
            return ReturnComments.NONE;
        }
        Short round = db.select(org.jooq.impl.DSL.max(REPORT_RETURN_COMMENT.ROUND)).from(REPORT_RETURN_COMMENT)
                .where(REPORT_RETURN_COMMENT.TENANT_ID.eq(report.tenantId()), REPORT_RETURN_COMMENT.REPORT_ID.eq(report.id()))
                .fetchOne(0, Short.class);
        return round == null ? ReturnComments.NONE : comments(report.tenantId(), report.id(), round);
    }

    /**
     * What changed since the round last returned, for a report sent again after a return; empty when it was never
     * returned or not sent since.
     */
    @Transactional(readOnly = true)
    public Optional<Changes> changes(Report report) {
        if (report == null || report.lastReturn() == null
                || (report.status() != ReportStatus.SENT && report.status() != ReportStatus.ACCEPTED)) {
            return Optional.empty();
        }
        List<Round> rounds = rounds(report.tenantId(), report.id());
        if (rounds.size() < 2) {
            return Optional.empty();
        }
        Round now = rounds.getLast();
        Short returned = db.select(org.jooq.impl.DSL.max(REPORT_RETURN_COMMENT.ROUND)).from(REPORT_RETURN_COMMENT)
                .where(REPORT_RETURN_COMMENT.TENANT_ID.eq(report.tenantId()), REPORT_RETURN_COMMENT.REPORT_ID.eq(report.id()),
                        REPORT_RETURN_COMMENT.ROUND.lt((short) now.number()))
                .fetchOne(0, Short.class);
        // The round returned: the one commented on, else the one sent just before.
        Round before = rounds.stream().filter(r -> returned != null && r.number() == returned).findFirst()
                .orElse(rounds.get(rounds.size() - 2));
        ReturnComments comments = comments(report.tenantId(), report.id(), before.number());
        var figures = new ArrayList<FigureChange>();
        var codes = new LinkedHashSet<String>();
        report.figures().forEach(f -> codes.add(f.code()));
        codes.addAll(before.figures().keySet());
        codes.addAll(now.figures().keySet());
        for (String code : codes) {
            String old = before.figures().get(code);
            String changed = now.figures().get(code);
            if (!sameNumber(old, changed)) {
                figures.add(new FigureChange(code, number(old), number(changed), comments.figure(code)));
            }
        }
        var sections = new ArrayList<SectionChange>();
        for (Section section : Section.values()) {
            String old = words(before.sections().get(section));
            String changed = words(now.sections().get(section));
            if (!old.equals(changed)) {
                sections.add(new SectionChange(section, diff(old, changed), comments.section(section)));
            }
        }
        return Optional.of(new Changes(before.number(), now.number(), sendings(report.tenantId(), report.id()), figures,
                sections, comments));
    }

    /** Records what was sent: the report as it stands after its sending. Part of the sending's transaction. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    void recordSending(Report report, String actor) {
        int number = sendings(report.tenantId(), report.id());
        keep(report, number, report.sentAt(), actor);
    }

    /**
     * Records the reviewer's comments on figures and sections of the round being returned (the report's latest
     * sending), keeping that round first if it is not kept yet (a report sent before rounds were kept). Part of the
     * return's transaction; the comments are checked before (see {@link ReportWorkflow}).
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    void recordReturn(Report sent, String actor, Map<String, String> figureComments, Map<Section, String> sectionComments) {
        int number = Math.max(1, sendings(sent.tenantId(), sent.id()));
        if (!db.fetchExists(REPORT_ROUND, REPORT_ROUND.TENANT_ID.eq(sent.tenantId()), REPORT_ROUND.REPORT_ID.eq(sent.id()),
                REPORT_ROUND.ROUND.eq((short) number))) {
            String sentBy = db.select(REPORT_TRANSITION.ACTOR).from(REPORT_TRANSITION)
                    .where(REPORT_TRANSITION.TENANT_ID.eq(sent.tenantId()), REPORT_TRANSITION.REPORT_ID.eq(sent.id()),
                            ReportColumns.TO_STATUS.eq(ReportStatus.SENT))
                    .orderBy(REPORT_TRANSITION.OCCURRED_AT.desc()).limit(1).fetchOne(REPORT_TRANSITION.ACTOR);
            keep(sent, number, sent.sentAt() != null ? sent.sentAt() : OffsetDateTime.now(), sentBy == null ? actor : sentBy);
        }
        figureComments.forEach((code, comment) -> comment(sent, number, "FIGURE", code, comment, actor));
        sectionComments.forEach((section, comment) -> comment(sent, number, "SECTION", section.name(), comment, actor));
    }

    private void comment(Report report, int round, String kind, String target, String comment, String actor) {
        db.insertInto(REPORT_RETURN_COMMENT)
                .set(REPORT_RETURN_COMMENT.TENANT_ID, report.tenantId())
                .set(REPORT_RETURN_COMMENT.REPORT_ID, report.id())
                .set(REPORT_RETURN_COMMENT.ROUND, (short) round)
                .set(REPORT_RETURN_COMMENT.TARGET_KIND, kind)
                .set(REPORT_RETURN_COMMENT.TARGET, target)
                .set(REPORT_RETURN_COMMENT.COMMENT, comment.strip())
                .set(REPORT_RETURN_COMMENT.AUTHOR, actor)
                .execute();
    }

    private void keep(Report report, int number, OffsetDateTime sentAt, String actor) {
        var figures = new LinkedHashMap<String, String>();
        for (Figure figure : report.figures()) {
            figures.put(figure.code(), figure.reported() == null ? null : plain(figure.reported()));
        }
        var sections = new LinkedHashMap<String, String>();
        report.sections().forEach((section, html) -> sections.put(section.name(), html == null ? "" : html));
        db.insertInto(REPORT_ROUND)
                .set(REPORT_ROUND.TENANT_ID, report.tenantId())
                .set(REPORT_ROUND.REPORT_ID, report.id())
                .set(REPORT_ROUND.ROUND, (short) number)
                .set(REPORT_ROUND.SENT_AT, sentAt)
                .set(REPORT_ROUND.SENT_BY, actor)
                .set(REPORT_ROUND.FIGURES, JSONB.valueOf(JSON.writeValueAsString(figures)))
                .set(REPORT_ROUND.SECTIONS, JSONB.valueOf(JSON.writeValueAsString(sections)))
                .onConflictDoNothing()
                .execute();
    }

    private ReturnComments comments(UUID tenantId, UUID reportId, int round) {
        var figures = new LinkedHashMap<String, String>();
        var sections = new EnumMap<Section, String>(Section.class);
        db.selectFrom(REPORT_RETURN_COMMENT)
                .where(REPORT_RETURN_COMMENT.TENANT_ID.eq(tenantId), REPORT_RETURN_COMMENT.REPORT_ID.eq(reportId),
                        REPORT_RETURN_COMMENT.ROUND.eq((short) round))
                .orderBy(REPORT_RETURN_COMMENT.TARGET)
                .forEach(c -> {
                    if (c.getTargetKind().equals("FIGURE")) {
                        figures.put(c.getTarget(), c.getComment());
                    } else {
                        sections.put(Section.valueOf(c.getTarget()), c.getComment());
                    }
                });
        return new ReturnComments(round, Map.copyOf(figures), Map.copyOf(sections));
    }

    private static Round round(ReportRoundRecord r) {
        Map<String, String> figures = JSON.readValue(r.getFigures().data(), TEXTS);
        Map<String, String> texts = JSON.readValue(r.getSections().data(), TEXTS);
        var sections = new EnumMap<Section, String>(Section.class);
        texts.forEach((name, html) -> sections.put(Section.valueOf(name), html));
        return new Round(r.getRound(), r.getSentAt(), r.getSentBy(), figures, sections);
    }

    /** Word by word: the returned round's words and the new round's, the common ones kept once. */
    static List<Piece> diff(String before, String after) {
        List<String> old = before.isEmpty() ? List.of() : Arrays.asList(before.split(" "));
        List<String> now = after.isEmpty() ? List.of() : Arrays.asList(after.split(" "));
        Patch<String> patch = DiffUtils.diff(old, now);
        var pieces = new ArrayList<Piece>();
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(pieces, old.subList(at, start), Piece.Kind.SAME);
            add(pieces, delta.getSource().getLines(), Piece.Kind.REMOVED);
            add(pieces, delta.getTarget().getLines(), Piece.Kind.ADDED);
            at = start + delta.getSource().size();
        }
        add(pieces, old.subList(at, old.size()), Piece.Kind.SAME);
        return pieces;
    }

    private static void add(List<Piece> pieces, List<String> words, Piece.Kind kind) {
        if (!words.isEmpty()) {
            pieces.add(new Piece(String.join(" ", words), kind));
        }
    }

    /** A section's words: its HTML without tags and entities, spaces collapsed. */
    static String words(String html) {
        if (html == null) {
            return "";
        }
        String text = html.replaceAll("(?i)<br\\s*/?>|</p>|</li>|</h[1-6]>", " ").replaceAll("<[^>]*>", "")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        return text.strip().replaceAll("\\s+", " ");
    }

    private static boolean sameNumber(String a, String b) {
        BigDecimal x = number(a);
        BigDecimal y = number(b);
        return x == null ? y == null : y != null && x.compareTo(y) == 0;
    }

    private static BigDecimal number(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
