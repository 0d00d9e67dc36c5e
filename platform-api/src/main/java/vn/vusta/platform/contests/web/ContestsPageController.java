package vn.vusta.platform.contests.web;

import vn.vusta.platform.web.MemberOption;
import vn.vusta.platform.web.PageController;

import vn.vusta.platform.web.PageForms;
import vn.vusta.platform.web.Refusals;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vusta.platform.contests.Awards;
import vn.vusta.platform.contests.Contest;
import vn.vusta.platform.contests.ContestKind;
import vn.vusta.platform.contests.Contests;
import vn.vusta.platform.contests.Edition;
import vn.vusta.platform.contests.EditionLaunch;
import vn.vusta.platform.contests.EditionSummary;
import vn.vusta.platform.contests.Editions;
import vn.vusta.platform.contests.Entries;
import vn.vusta.platform.contests.Judging;
import vn.vusta.platform.contests.JudgingRound;
import vn.vusta.platform.contests.NationalAward;
import vn.vusta.platform.contests.NominationOutcome;
import vn.vusta.platform.contests.NominationResult;
import vn.vusta.platform.contests.PrizeGrade;
import vn.vusta.platform.contests.ScoreDraft;
import vn.vusta.platform.files.Upload;
import vn.vusta.platform.identity.Roles;
import vn.vusta.platform.members.MemberQuery;
import vn.vusta.platform.members.Members;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.registry.Units;
import vn.vusta.platform.security.PlatformUser;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Contests and awards (hội thi, giải thưởng): the contests of a year with their editions' totals and the
 * nominations to national awards; a contest with its editions; an edition with its launch, entries, judges, rounds
 * and their score tables, prizes and nominations. Readers see everything, writers get the forms.
 */
@PageController
@RequestMapping("/workspace/contests")
class ContestsPageController {

    private static final int CANDIDATES_SHOWN = 20;

    private final Contests contests;
    private final Editions editions;
    private final Entries entries;
    private final Judging judging;
    private final Awards awards;
    private final Units units;
    private final Members members;
    private final MessageSource messages;

    ContestsPageController(Contests contests, Editions editions, Entries entries, Judging judging, Awards awards,
                           Units units, Members members, MessageSource messages) {
        this.contests = contests;
        this.editions = editions;
        this.entries = entries;
        this.judging = judging;
        this.awards = awards;
        this.units = units;
        this.members = members;
        this.messages = messages;
    }

    @ModelAttribute("canEdit")
    boolean canEdit(Authentication authentication) {
        return PlatformUser.of(authentication).map(user -> user.hasAnyRole(Roles.TENANT_WRITERS)).orElse(false);
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) ContestKind kind, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", ContestKind.values());
        model.addAttribute("overview", contests.overview(year, kind));
        model.addAttribute("nominations", awards.nominations(year));
        model.addAttribute("units", units.list());
        if (!model.containsAttribute("contestForm")) {
            model.addAttribute("contestForm", ContestForm.empty());
        }
        return "contests/contests";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("contestForm") ContestForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect, Locale locale) {
        return PageForms.saveOrShowAgain(errors, () -> contests.create(form.draft()), contest -> {
            redirect.addFlashAttribute("notice", messages.getMessage("contests.contest.created",
                    new Object[]{contest.name()}, locale));
            return "redirect:/workspace/contests/" + contest.id();
        }, () -> list(null, null, model));
    }

    @GetMapping("/{id}")
    String contest(@PathVariable UUID id, Model model) {
        model.addAttribute("contest", contests.find(id).orElseThrow(Refusals::notFound));
        if (!model.containsAttribute("editionForm")) {
            model.addAttribute("editionForm", new ContestEditionForm(null, null, null, ""));
        }
        return "contests/contest";
    }

    @PostMapping("/{id}/editions")
    String addEdition(@PathVariable UUID id, @Valid @ModelAttribute("editionForm") ContestEditionForm form,
                      BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
        return PageForms.saveOrShowAgain(errors,
                () -> editions.create(id, form.draft()).orElseThrow(Refusals::notFound), edition -> {
            redirect.addFlashAttribute("notice", messages.getMessage("contests.edition.created",
                    new Object[]{edition.name()}, locale));
            return "redirect:/workspace/contests/editions/" + edition.id();
        }, () -> contest(id, model));
    }

    @GetMapping("/editions/{id}")
    String edition(@PathVariable UUID id, Model model) {
        Edition edition = editions.find(id).orElseThrow(Refusals::notFound);
        model.addAttribute("edition", edition);
        model.addAttribute("units", units.list());
        model.addAttribute("grades", PrizeGrade.values());
        model.addAttribute("awards", NationalAward.values());
        model.addAttribute("results", NominationResult.values());
        model.addAttribute("prizeOf", prizesByEntry(edition));
        addMissing(model, "launchForm", new ContestLaunchForm(edition.launchedOn(), edition.launchNotice()));
        addMissing(model, "entryForm", ContestEntryForm.empty());
        addMissing(model, "judgeForm", new ContestJudgeForm(null, ""));
        addMissing(model, "roundForm", new ContestRoundForm(edition.rounds().size() + 1, "", null));
        addMissing(model, "prizeForm", new ContestPrizeForm(null, null, null, ""));
        addMissing(model, "nominationForm", new ContestNominationForm(null, null, edition.endYear(), null));
        addMissing(model, "scoreErrors", Map.of());
        addMissing(model, "scoresTyped", Map.of());
        // After a refused submission the member chosen stays chosen.
        addMissing(model, "authorCandidates", List.of());
        addMissing(model, "judgeCandidates", List.of());
        return "contests/contest-edition";
    }

    @PostMapping("/editions/{id}/launch")
    String launch(@PathVariable UUID id, @Valid @ModelAttribute("launchForm") ContestLaunchForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect, Locale locale) {
        return PageForms.saveOrShowAgain(errors,
                () -> editions.launch(id, new EditionLaunch(form.launchedOn(), form.notice())).orElseThrow(Refusals::notFound),
                done -> saved(redirect, locale, "contests.launch.saved", id, "launch"),
                () -> edition(id, model));
    }

    @PostMapping("/editions/{id}/entries")
    String addEntry(@PathVariable UUID id, @Valid @ModelAttribute("entryForm") ContestEntryForm form, BindingResult errors,
                    Model model, RedirectAttributes redirect, Locale locale) {
        return PageForms.saveOrShowAgain(errors, () -> entries.add(id, form.draft()).orElseThrow(Refusals::notFound),
                done -> saved(redirect, locale, "contests.entry.created", id, "entries"),
                e -> Refusals.show(errors, ContestEntryForm.fieldOf(e.field()), e), () -> {
            model.addAttribute("authorCandidates", candidate(form.authorMemberId()));
            return edition(id, model);
        });
    }

    @PostMapping("/editions/{id}/judges")
    String addJudge(@PathVariable UUID id, @Valid @ModelAttribute("judgeForm") ContestJudgeForm form, BindingResult errors,
                    Model model, RedirectAttributes redirect, Locale locale) {
        return PageForms.saveOrShowAgain(errors,
                () -> entries.addJudge(id, form.draft()).orElseThrow(Refusals::notFound),
                done -> saved(redirect, locale, "contests.judge.created", id, "judges"), () -> {
            model.addAttribute("judgeCandidates", candidate(form.memberId()));
            return edition(id, model);
        });
    }

    @PostMapping("/editions/{id}/rounds")
    String addRound(@PathVariable UUID id, @Valid @ModelAttribute("roundForm") ContestRoundForm form, BindingResult errors,
                    Model model, RedirectAttributes redirect, Locale locale) {
        return PageForms.saveOrShowAgain(errors,
                () -> judging.addRound(id, form.draft()).orElseThrow(Refusals::notFound),
                round -> saved(redirect, locale, "contests.round.created", id, "round-" + round.number()),
                () -> edition(id, model));
    }

    /**
     * One judge's scores of a round, an input per entry ({@code score-<entryId>}); the inputs left empty are not
     * scored. A comma is a decimal comma (87,5).
     */
    @PostMapping("/rounds/{roundId}/scores")
    String score(@PathVariable UUID roundId, @RequestParam MultiValueMap<String, String> form, Model model,
                 RedirectAttributes redirect, Locale locale) {
        JudgingRound round = judging.round(roundId).orElseThrow(Refusals::notFound);
        UUID judgeId = parseId(form.getFirst("judgeId"));
        var typed = new HashMap<String, String>();
        var drafts = new ArrayList<ScoreDraft>();
        var errors = new HashMap<String, String>();
        for (var standing : round.standings()) {
            String value = form.getFirst("score-" + standing.entryId());
            if (value == null || value.isBlank()) {
                continue;
            }
            typed.put(standing.entryId().toString(), value.strip());
            try {
                drafts.add(new ScoreDraft(standing.entryId(), judgeId, new BigDecimal(value.strip().replace(',', '.'))));
            } catch (NumberFormatException e) {
                errors.put(standing.entryId().toString(), messages.getMessage("contests.score.not-a-number", null, locale));
            }
        }
        if (judgeId == null) {
            errors.put("judgeId", messages.getMessage("contests.score.judge-missing", null, locale));
        }
        if (errors.isEmpty()) {
            try {
                judging.score(roundId, drafts).orElseThrow(Refusals::notFound);
                return saved(redirect, locale, "contests.scores.saved", round.editionId(), "round-" + round.number());
            } catch (RefusedException e) {
                // scores[i].entryId, scores[i].judgeId, scores[i].score, or scores: beside the entry's input or the judge.
                String field = e.field();
                String where = field.endsWith("judgeId") ? "judgeId" : field.startsWith("scores[")
                        ? drafts.get(Integer.parseInt(field.substring(7, field.indexOf(']')))).entryId().toString() : "scores";
                errors.put(where, messages.getMessage(e.reason(), e.arguments(), locale));
            }
        }
        model.addAttribute("scoreRound", roundId);
        model.addAttribute("scoreJudge", judgeId);
        model.addAttribute("scoreErrors", errors);
        model.addAttribute("scoresTyped", typed);
        return edition(round.editionId(), model);
    }

    @PostMapping("/editions/{id}/prizes")
    String award(@PathVariable UUID id, @Valid @ModelAttribute("prizeForm") ContestPrizeForm form, BindingResult errors,
                 Model model, RedirectAttributes redirect, Locale locale) {
        return PageForms.saveOrShowAgain(errors, () -> awards.award(id, form.draft()).orElseThrow(Refusals::notFound),
                done -> saved(redirect, locale, "contests.prize.created", id, "prizes"),
                () -> edition(id, model));
    }

    @PostMapping("/editions/{id}/nominations")
    String nominate(@PathVariable UUID id, @Valid @ModelAttribute("nominationForm") ContestNominationForm form,
                    BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
        return PageForms.saveOrShowAgain(errors,
                () -> awards.nominate(id, form.draft()).orElseThrow(Refusals::notFound),
                done -> saved(redirect, locale, "contests.nomination.created", id, "nominations"),
                () -> edition(id, model));
    }

    @PostMapping("/nominations/{id}/outcome")
    String outcome(@PathVariable UUID id, @RequestParam NominationResult result, @RequestParam(required = false) String note,
                   RedirectAttributes redirect, Locale locale) {
        var nomination = awards.recordOutcome(id, new NominationOutcome(result, note)).orElseThrow(Refusals::notFound);
        return saved(redirect, locale, "contests.outcome.saved", nomination.editionId(), "nominations");
    }

    @PostMapping("/editions/{id}/attachments")
    String attach(@PathVariable UUID id, @RequestParam MultipartFile file, RedirectAttributes redirect, Locale locale) {
        try {
            editions.attach(id, new Upload(file.getOriginalFilename(), file.getSize(), file))
                    .orElseThrow(Refusals::notFound);
            redirect.addFlashAttribute("notice", messages.getMessage("contests.file.attached", null, locale));
        } catch (RefusedException e) {
            redirect.addFlashAttribute("fileError", messages.getMessage(e.reason(), e.arguments(), locale));
        }
        return "redirect:/workspace/contests/editions/" + id + "#files";
    }

    @PostMapping("/editions/{id}/attachments/{fileId}/delete")
    String detach(@PathVariable UUID id, @PathVariable UUID fileId, RedirectAttributes redirect, Locale locale) {
        editions.detach(id, fileId).orElseThrow(Refusals::notFound);
        return saved(redirect, locale, "contests.file.removed", id, "files");
    }

    /** The members matching what is typed, as the options of a member list (htmx). */
    @GetMapping("/members")
    String members(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("candidates", q.isBlank() ? List.of()
                : members.search(new MemberQuery(q, null, null, null, null, null, null), 0, CANDIDATES_SHOWN).items());
        model.addAttribute("typed", !q.isBlank());
        return "fragments/member-options :: options";
    }

    private List<?> candidate(UUID memberId) {
        return memberId == null ? List.of() : members.find(memberId)
                .map(m -> List.of(new MemberOption(m.id(), m.fullName()))).orElse(List.of());
    }

    private static Map<UUID, PrizeGrade> prizesByEntry(Edition edition) {
        var prizes = new HashMap<UUID, PrizeGrade>();
        edition.prizes().forEach(p -> prizes.put(p.entryId(), p.grade()));
        return prizes;
    }

    private String saved(RedirectAttributes redirect, Locale locale, String notice, UUID editionId, String section) {
        redirect.addFlashAttribute("notice", messages.getMessage(notice, null, locale));
        return "redirect:/workspace/contests/editions/" + editionId + "#" + section;
    }

    private static void addMissing(Model model, String name, Object value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value);
        }
    }

    private static UUID parseId(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
