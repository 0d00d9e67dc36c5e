package vn.vusta.platform.contests.web;


import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.contests.Awards;
import vn.vusta.platform.contests.Contest;
import vn.vusta.platform.contests.ContestDraft;
import vn.vusta.platform.contests.ContestKind;
import vn.vusta.platform.contests.ContestOverview;
import vn.vusta.platform.contests.Contests;
import vn.vusta.platform.contests.Edition;
import vn.vusta.platform.contests.EditionDraft;
import vn.vusta.platform.contests.EditionSummary;
import vn.vusta.platform.contests.Editions;
import vn.vusta.platform.contests.Entries;
import vn.vusta.platform.contests.ContestEntry;
import vn.vusta.platform.contests.EntryDraft;
import vn.vusta.platform.contests.Judge;
import vn.vusta.platform.contests.Judging;
import vn.vusta.platform.contests.EditionLaunch;
import vn.vusta.platform.contests.NationalAward;
import vn.vusta.platform.contests.Nomination;
import vn.vusta.platform.contests.NominationDraft;
import vn.vusta.platform.contests.NominationList;
import vn.vusta.platform.contests.NominationOutcome;
import vn.vusta.platform.contests.NominationResult;
import vn.vusta.platform.contests.PersonDraft;
import vn.vusta.platform.contests.Prize;
import vn.vusta.platform.contests.PrizeDraft;
import vn.vusta.platform.contests.PrizeGrade;
import vn.vusta.platform.contests.JudgingRound;
import vn.vusta.platform.contests.RoundDraft;
import vn.vusta.platform.contests.ScoreDraft;
import vn.vusta.platform.files.Upload;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Contests and awards (hội thi, giải thưởng): contests with their editions; an edition's launch, entries, judges,
 * judging rounds with scores (0–100, an entry's round score being the average of its judges'), prizes, and the
 * nominations of its entries to national awards.
 */
@RestController
@RequestMapping("/api/v1/contests")
class ContestsApiController {

    record ContestRequest(@NotBlank @Size(max = 300) String name, @NotNull ContestKind kind, UUID unitId,
                          @Size(max = 300) String partner) {
    }

    record ContestEditionRequest(Integer number, @NotNull Integer startYear, @NotNull Integer endYear,
                          @Size(max = 400) String name) {
    }

    record ContestLaunchRequest(@NotNull LocalDate launchedOn, @NotBlank @Size(max = 1000) String notice) {
    }

    /** A member of the registry, or a person named: one of the two. */
    record ContestPersonRequest(UUID memberId, @Size(max = 200) String name) {

        PersonDraft draft() {
            return new PersonDraft(memberId, name);
        }
    }

    record ContestEntryRequest(@NotBlank @Size(max = 500) String title, @Size(max = 200) String field, UUID unitId,
                        @Size(max = 300) String submittedBy, @NotNull List<@NotNull @Valid ContestPersonRequest> authors) {
    }

    record ContestRoundRequest(@NotNull Integer number, @NotBlank @Size(max = 200) String name, LocalDate heldOn) {
    }

    record ContestScoreRequest(@NotNull UUID entryId, @NotNull UUID judgeId, @NotNull BigDecimal score) {
    }

    record ContestScoresRequest(@NotNull List<@NotNull @Valid ContestScoreRequest> scores) {
    }

    record ContestPrizeRequest(@NotNull UUID entryId, @NotNull PrizeGrade grade, LocalDate awardedOn,
                        @Size(max = 500) String decision) {
    }

    record ContestNominationRequest(@NotNull UUID entryId, @NotNull NationalAward award, @NotNull Integer year,
                             LocalDate nominatedOn) {
    }

    record NominationOutcomeRequest(@NotNull NominationResult result, @Size(max = 300) String note) {
    }

    private final Contests contests;
    private final Editions editions;
    private final Entries entries;
    private final Judging judging;
    private final Awards awards;

    ContestsApiController(Contests contests, Editions editions, Entries entries, Judging judging, Awards awards) {
        this.contests = contests;
        this.editions = editions;
        this.entries = entries;
        this.judging = judging;
        this.awards = awards;
    }

    @GetMapping
    @Operation(summary = "The contests with their editions (of a year, of a kind) and the editions' totals")
    ContestOverview list(@RequestParam(required = false) Integer year, @RequestParam(required = false) ContestKind kind) {
        return contests.overview(year, kind);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a contest, run by the union or one of its units, with a partner named")
    Contest create(@Valid @RequestBody ContestRequest request) {
        return contests.create(new ContestDraft(request.name(), request.kind(), request.unitId(), request.partner()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A contest with its editions, newest first")
    Contest get(@PathVariable UUID id) {
        return contests.find(id).orElseThrow(() -> RefusedException.notFound("contest", id));
    }

    @PostMapping("/{id}/editions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an edition (lần thứ N, its years); its name is derived unless given")
    EditionSummary addEdition(@PathVariable UUID id, @Valid @RequestBody ContestEditionRequest request) {
        return editions.create(id, new EditionDraft(request.number(), request.startYear(), request.endYear(), request.name()))
                .orElseThrow(() -> RefusedException.notFound("contest", id));
    }

    @GetMapping("/editions/{id}")
    @Operation(summary = "An edition with its entries, judges, rounds and standings, prizes and nominations")
    Edition edition(@PathVariable UUID id) {
        return editions.find(id).orElseThrow(() -> editionNotFound(id));
    }

    @PostMapping("/editions/{id}/launch")
    @Operation(summary = "Record (or correct) the launch of an edition: the day and the decision or notice")
    EditionSummary launch(@PathVariable UUID id, @Valid @RequestBody ContestLaunchRequest request) {
        return editions.launch(id, new EditionLaunch(request.launchedOn(), request.notice())).orElseThrow(() -> editionNotFound(id));
    }

    @PostMapping("/editions/{id}/entries")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an entry with its authors (members or names) and the unit that submitted it")
    ContestEntry addEntry(@PathVariable UUID id, @Valid @RequestBody ContestEntryRequest request) {
        return entries.add(id, new EntryDraft(request.title(), request.field(), request.unitId(), request.submittedBy(),
                        request.authors().stream().map(ContestPersonRequest::draft).toList()))
                .orElseThrow(() -> editionNotFound(id));
    }

    @PostMapping("/editions/{id}/judges")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a judge (a member or a name) to the edition's panel")
    Judge addJudge(@PathVariable UUID id, @Valid @RequestBody ContestPersonRequest request) {
        return entries.addJudge(id, request.draft()).orElseThrow(() -> editionNotFound(id));
    }

    @PostMapping("/editions/{id}/rounds")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a judging round (vòng sơ khảo, vòng chung khảo)")
    JudgingRound addRound(@PathVariable UUID id, @Valid @RequestBody ContestRoundRequest request) {
        return judging.addRound(id, new RoundDraft(request.number(), request.name(), request.heldOn()))
                .orElseThrow(() -> editionNotFound(id));
    }

    @GetMapping("/rounds/{id}")
    @Operation(summary = "A round with the standings of the edition's entries: each judge's score, the average, the rank")
    JudgingRound round(@PathVariable UUID id) {
        return judging.round(id).orElseThrow(() -> RefusedException.notFound("contest-round", id));
    }

    @PostMapping("/rounds/{id}/scores")
    @Operation(summary = "Record judges' scores (0–100) in a round, each replacing the judge's earlier score; all or none")
    JudgingRound score(@PathVariable UUID id, @Valid @RequestBody ContestScoresRequest request) {
        return judging.score(id, request.scores().stream()
                        .map(s -> new ScoreDraft(s.entryId(), s.judgeId(), s.score())).toList())
                .orElseThrow(() -> RefusedException.notFound("contest-round", id));
    }

    @PostMapping("/editions/{id}/prizes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Award a prize (Nhất, Nhì, Ba, Khuyến khích) to an entry of the edition; one per entry")
    Prize award(@PathVariable UUID id, @Valid @RequestBody ContestPrizeRequest request) {
        return awards.award(id, new PrizeDraft(request.entryId(), request.grade(), request.awardedOn(), request.decision()))
                .orElseThrow(() -> editionNotFound(id));
    }

    @PostMapping("/editions/{id}/nominations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Forward an entry of the edition to a national award (VIFOTEC, Sách vàng) for a year")
    Nomination nominate(@PathVariable UUID id, @Valid @RequestBody ContestNominationRequest request) {
        return awards.nominate(id, new NominationDraft(request.entryId(), request.award(), request.year(), request.nominatedOn()))
                .orElseThrow(() -> editionNotFound(id));
    }

    @GetMapping("/nominations")
    @Operation(summary = "Nominations to national awards of a year (or every year), with the tallies by year and award")
    NominationList nominations(@RequestParam(required = false) Integer year) {
        return awards.nominations(year);
    }

    @PostMapping("/nominations/{id}/outcome")
    @Operation(summary = "Record what came of a nomination")
    Nomination outcome(@PathVariable UUID id, @Valid @RequestBody NominationOutcomeRequest request) {
        return awards.recordOutcome(id, new NominationOutcome(request.result(), request.note()))
                .orElseThrow(() -> RefusedException.notFound("contest-nomination", id));
    }

    @PostMapping(path = "/editions/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach a file to an edition (the launching notice, the results, photos); its JSON lists it")
    Edition attach(@PathVariable UUID id, @RequestParam MultipartFile file) {
        return editions.attach(id, new Upload(file.getOriginalFilename(), file.getSize(), file))
                .orElseThrow(() -> editionNotFound(id));
    }

    @DeleteMapping("/editions/{id}/attachments/{fileId}")
    @Operation(summary = "Remove a file from an edition, and the file with it")
    Edition detach(@PathVariable UUID id, @PathVariable UUID fileId) {
        return editions.detach(id, fileId).orElseThrow(() -> RefusedException.notFound("file", fileId));
    }

    private static RefusedException editionNotFound(UUID id) {
        return RefusedException.notFound("contest-edition", id);
    }
}
