package vn.vusta.platform.contests;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.db.jooq.tables.records.ContestRoundRecord;
import vn.vusta.platform.db.jooq.tables.records.ContestScoreRecord;
import vn.vusta.platform.refusal.ConstraintRefusals;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.tenancy.AccessScope;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static vn.vusta.platform.db.jooq.Tables.CONTEST_EDITION;
import static vn.vusta.platform.db.jooq.Tables.CONTEST_ENTRY;
import static vn.vusta.platform.db.jooq.Tables.CONTEST_JUDGE;
import static vn.vusta.platform.db.jooq.Tables.CONTEST_ROUND;
import static vn.vusta.platform.db.jooq.Tables.CONTEST_SCORE;

/**
 * The judging of an edition: rounds (vòng sơ khảo, vòng chung khảo) in which the edition's judges score its entries
 * from 0 to 100. An entry's score in a round is the average of the scores its judges gave it, and the entries rank
 * by it. Every score recorded or changed is audited in its transaction.
 */
@Service
public class Judging {

    public static final BigDecimal LOWEST = BigDecimal.ZERO;
    public static final BigDecimal HIGHEST = BigDecimal.valueOf(100);

    private static final ConstraintRefusals REFUSALS = ConstraintRefusals.of(Map.of(
            "contest_round_number_key", RefusedException.conflict("number", "contests.refusal.round-number-taken"),
            "contest_round_number_positive", RefusedException.invalid("number", "contests.refusal.round-number-invalid"),
            "contest_round_name_present", RefusedException.invalid("name", "contests.refusal.name-missing")));

    private final DSLContext db;
    private final AuditLog audit;

    Judging(DSLContext db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    /** Adds a round to an edition; empty when there is no such edition. */
    @Transactional
    public Optional<JudgingRound> addRound(UUID editionId, RoundDraft draft) {
        if (!db.fetchExists(CONTEST_EDITION, CONTEST_EDITION.ID.eq(editionId))) {
            return Optional.empty();
        }
        if (draft.number() < 1 || draft.number() > 20) {
            throw RefusedException.invalid("number", "contests.refusal.round-number-invalid");
        }
        if (draft.name() == null || draft.name().isBlank()) {
            throw RefusedException.invalid("name", "contests.refusal.name-missing");
        }
        if (db.fetchExists(CONTEST_ROUND, CONTEST_ROUND.EDITION_ID.eq(editionId), CONTEST_ROUND.NUMBER.eq((short) draft.number()))) {
            throw RefusedException.conflict("number", "contests.refusal.round-number-taken");
        }
        try {
            ContestRoundRecord created = db.insertInto(CONTEST_ROUND)
                    .set(CONTEST_ROUND.TENANT_ID, AccessScope.currentTenant().id())
                    .set(CONTEST_ROUND.EDITION_ID, editionId)
                    .set(CONTEST_ROUND.NUMBER, (short) draft.number())
                    .set(CONTEST_ROUND.NAME, draft.name().strip())
                    .set(CONTEST_ROUND.HELD_ON, draft.heldOn())
                    .returning()
                    .fetchSingle();
            audit.record("contest-round.created", null, created, created.getId());
            return round(created.getId());
        } catch (DataAccessException | org.jooq.exception.DataAccessException e) {
            throw REFUSALS.translated(e);
        }
    }

    /** A round with the standings of its edition's entries. */
    @Transactional(readOnly = true)
    public Optional<JudgingRound> round(UUID id) {
        return rounds(CONTEST_ROUND.ID.eq(id)).stream().findFirst();
    }

    /**
     * Records judges' scores in a round, each replacing the judge's earlier score for that entry there; all or none.
     * Each score is of an entry and by a judge of the round's edition, within 0 to 100 with at most two decimals.
     * Empty when there is no such round.
     */
    @Transactional
    public Optional<JudgingRound> score(UUID roundId, List<ScoreDraft> scores) {
        Optional<ContestRoundRecord> round = db.selectFrom(CONTEST_ROUND).where(CONTEST_ROUND.ID.eq(roundId)).fetchOptional();
        if (round.isEmpty()) {
            return Optional.empty();
        }
        if (scores == null || scores.isEmpty()) {
            throw RefusedException.invalid("scores", "contests.refusal.scores-missing");
        }
        UUID editionId = round.get().getEditionId();
        Set<UUID> entries = Set.copyOf(db.select(CONTEST_ENTRY.ID).from(CONTEST_ENTRY)
                .where(CONTEST_ENTRY.EDITION_ID.eq(editionId)).fetch(CONTEST_ENTRY.ID));
        Set<UUID> judges = Set.copyOf(db.select(CONTEST_JUDGE.ID).from(CONTEST_JUDGE)
                .where(CONTEST_JUDGE.EDITION_ID.eq(editionId)).fetch(CONTEST_JUDGE.ID));
        var seen = new HashMap<List<UUID>, Integer>();
        for (int i = 0; i < scores.size(); i++) {
            ScoreDraft score = scores.get(i);
            String field = "scores[" + i + "].";
            if (score.entryId() == null || !entries.contains(score.entryId())) {
                throw RefusedException.invalid(field + "entryId", "contests.refusal.entry-not-in-edition");
            }
            if (score.judgeId() == null || !judges.contains(score.judgeId())) {
                throw RefusedException.invalid(field + "judgeId", "contests.refusal.judge-not-in-edition");
            }
            if (score.score() == null || score.score().compareTo(LOWEST) < 0 || score.score().compareTo(HIGHEST) > 0) {
                throw RefusedException.invalid(field + "score", "contests.refusal.score-out-of-range", LOWEST, HIGHEST);
            }
            if (score.score().stripTrailingZeros().scale() > 2) {
                throw RefusedException.invalid(field + "score", "contests.refusal.score-precision");
            }
            if (seen.putIfAbsent(List.of(score.entryId(), score.judgeId()), i) != null) {
                throw RefusedException.invalid(field + "judgeId", "contests.refusal.score-twice");
            }
        }
        UUID tenant = AccessScope.currentTenant().id();
        for (ScoreDraft score : scores) {
            Condition key = CONTEST_SCORE.ROUND_ID.eq(roundId).and(CONTEST_SCORE.ENTRY_ID.eq(score.entryId()))
                    .and(CONTEST_SCORE.JUDGE_ID.eq(score.judgeId()));
            ContestScoreRecord before = db.selectFrom(CONTEST_SCORE).where(key).forUpdate().fetchOne();
            ContestScoreRecord after = db.insertInto(CONTEST_SCORE)
                    .set(CONTEST_SCORE.TENANT_ID, tenant)
                    .set(CONTEST_SCORE.ROUND_ID, roundId)
                    .set(CONTEST_SCORE.ENTRY_ID, score.entryId())
                    .set(CONTEST_SCORE.JUDGE_ID, score.judgeId())
                    .set(CONTEST_SCORE.EDITION_ID, editionId)
                    .set(CONTEST_SCORE.SCORE, score.score())
                    .onConflict(CONTEST_SCORE.TENANT_ID, CONTEST_SCORE.ROUND_ID, CONTEST_SCORE.ENTRY_ID, CONTEST_SCORE.JUDGE_ID)
                    .doUpdate()
                    .set(CONTEST_SCORE.SCORE, score.score())
                    .set(CONTEST_SCORE.SCORED_AT, OffsetDateTime.now())
                    .returning()
                    .fetchSingle();
            audit.record(before == null ? "contest-score.recorded" : "contest-score.changed", before, after,
                    roundId + "/" + score.entryId() + "/" + score.judgeId());
        }
        return round(roundId);
    }

    /** An edition's rounds in order, each with its standings. */
    List<JudgingRound> roundsOf(UUID editionId) {
        return rounds(CONTEST_ROUND.EDITION_ID.eq(editionId));
    }

    private List<JudgingRound> rounds(Condition condition) {
        List<ContestRoundRecord> rounds = db.selectFrom(CONTEST_ROUND).where(condition).orderBy(CONTEST_ROUND.NUMBER).fetch();
        if (rounds.isEmpty()) {
            return List.of();
        }
        Set<UUID> editions = rounds.stream().map(ContestRoundRecord::getEditionId).collect(Collectors.toSet());
        Map<UUID, List<EntryTitle>> entriesByEdition = new HashMap<>();
        db.select(CONTEST_ENTRY.EDITION_ID, CONTEST_ENTRY.ID, CONTEST_ENTRY.TITLE).from(CONTEST_ENTRY)
                .where(CONTEST_ENTRY.EDITION_ID.in(editions))
                .orderBy(CONTEST_ENTRY.CREATED_AT, CONTEST_ENTRY.ID)
                .forEach(r -> entriesByEdition.computeIfAbsent(r.value1(), e -> new ArrayList<>())
                        .add(new EntryTitle(r.value2(), r.value3())));
        Map<UUID, Map<UUID, Map<UUID, BigDecimal>>> scores = new HashMap<>();
        db.selectFrom(CONTEST_SCORE)
                .where(CONTEST_SCORE.ROUND_ID.in(rounds.stream().map(ContestRoundRecord::getId).toList()))
                .orderBy(CONTEST_SCORE.JUDGE_ID)
                .forEach(s -> scores.computeIfAbsent(s.getRoundId(), r -> new HashMap<>())
                        .computeIfAbsent(s.getEntryId(), e -> new LinkedHashMap<>())
                        .put(s.getJudgeId(), s.getScore()));
        return rounds.stream().map(r -> new JudgingRound(r.getId(), r.getEditionId(), r.getNumber(), r.getName(), r.getHeldOn(),
                        standings(entriesByEdition.getOrDefault(r.getEditionId(), List.of()),
                                scores.getOrDefault(r.getId(), Map.of()))))
                .toList();
    }

    private record EntryTitle(UUID id, String title) {
    }

    /** Best first; entries not scored last, in the order they were entered. Ties share a rank (1, 2, 2, 4). */
    private static List<Standing> standings(List<EntryTitle> entries, Map<UUID, Map<UUID, BigDecimal>> scores) {
        var unranked = new ArrayList<Standing>();
        for (EntryTitle entry : entries) {
            Map<UUID, BigDecimal> given = scores.getOrDefault(entry.id(), Map.of());
            BigDecimal average = given.isEmpty() ? null : given.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(given.size()), 2, RoundingMode.HALF_UP);
            unranked.add(new Standing(entry.id(), entry.title(), Collections.unmodifiableMap(given), average, null));
        }
        List<Standing> ordered = unranked.stream()
                .sorted(Comparator.comparing(Standing::average, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        var ranked = new ArrayList<Standing>();
        for (int i = 0; i < ordered.size(); i++) {
            Standing s = ordered.get(i);
            Integer rank = null;
            if (s.average() != null) {
                // Sorted with the unscored last: the entry before a scored one was scored too.
                rank = i > 0 && s.average().compareTo(ordered.get(i - 1).average()) == 0 ? ranked.get(i - 1).rank() : i + 1;
            }
            ranked.add(new Standing(s.entryId(), s.title(), s.scores(), s.average(), rank));
        }
        return List.copyOf(ranked);
    }
}
