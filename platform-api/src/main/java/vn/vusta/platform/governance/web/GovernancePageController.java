package vn.vusta.platform.governance.web;

import vn.vusta.platform.web.PageController;
import vn.vusta.platform.web.PageForms;
import vn.vusta.platform.web.Refusals;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.governance.BodyKind;
import vn.vusta.platform.governance.BodySeats;
import vn.vusta.platform.governance.GoverningBodies;
import vn.vusta.platform.governance.Leaderships;
import vn.vusta.platform.governance.Mandate;
import vn.vusta.platform.governance.MandateEnd;
import vn.vusta.platform.governance.MandateStart;
import vn.vusta.platform.governance.Mandates;
import vn.vusta.platform.governance.Position;
import vn.vusta.platform.governance.SeatCandidates;
import vn.vusta.platform.governance.Term;
import vn.vusta.platform.governance.Terms;
import vn.vusta.platform.identity.Roles;
import vn.vusta.platform.security.PlatformUser;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.vusta.platform.calendar.VietnamTime;

/**
 * The union's governance (tổ chức bộ máy): the leadership at a glance and the terms; a term's bodies with their seats
 * and its history; the forms to add a term, a body, a seat (a supplementary election among others) and to end a
 * seat. Readers see everything, writers get the forms.
 */
@PageController
@RequestMapping("/workspace/governance")
class GovernancePageController {

    private static final int CANDIDATES_SHOWN = 20;

    private final Terms terms;
    private final GoverningBodies bodies;
    private final Mandates mandates;
    private final Leaderships leaderships;
    private final SeatCandidates candidates;
    private final MessageSource messages;

    GovernancePageController(Terms terms, GoverningBodies bodies, Mandates mandates, Leaderships leaderships,
                             SeatCandidates candidates, MessageSource messages) {
        this.terms = terms;
        this.bodies = bodies;
        this.mandates = mandates;
        this.leaderships = leaderships;
        this.candidates = candidates;
        this.messages = messages;
    }

    @ModelAttribute("canEdit")
    boolean canEdit(Authentication authentication) {
        return PlatformUser.of(authentication).map(user -> user.hasAnyRole(Roles.TENANT_WRITERS)).orElse(false);
    }

    @ModelAttribute("today")
    LocalDate today() {
        return VietnamTime.today();
    }

    @GetMapping
    String overview(Model model) {
        if (!model.containsAttribute("termForm")) {
            model.addAttribute("termForm", TermForm.empty());
        }
        model.addAttribute("leaderships", leaderships.current());
        model.addAttribute("terms", terms.list());
        return "governance/governance";
    }

    @PostMapping("/terms")
    String addTerm(@Valid @ModelAttribute("termForm") TermForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect, Locale locale) {
        return PageForms.saveOrShowAgain(errors, () -> terms.create(form.draft()), term -> {
            redirect.addFlashAttribute("notice", messages.getMessage("governance.term.created",
                    new Object[]{term.name()}, locale));
            return "redirect:/workspace/governance/terms/" + term.id();
        }, e -> reject(errors, e), () -> overview(model));
    }

    @GetMapping("/terms/{id}")
    String term(@PathVariable UUID id, Model model) {
        Term term = terms.find(id).orElseThrow(GovernancePageController::notFound);
        List<BodySeats> seats = bodies.ofTerm(id).orElseThrow(GovernancePageController::notFound).stream()
                .map(body -> bodies.seats(body.id()).orElseThrow())
                .toList();
        Set<BodyKind> present = seats.stream().map(s -> s.body().kind()).collect(Collectors.toSet());
        model.addAttribute("term", term);
        model.addAttribute("seats", seats);
        model.addAttribute("vacated", seats.stream().flatMap(s -> vacated(s).stream()).map(Mandate::id).collect(Collectors.toSet()));
        model.addAttribute("history", mandates.history(id).orElseThrow());
        model.addAttribute("kindsLeft", Arrays.stream(BodyKind.values()).filter(k -> !present.contains(k)).toList());
        if (!model.containsAttribute("bodyForm")) {
            model.addAttribute("bodyForm", new BodyForm(null, null));
        }
        return "governance/governance-term";
    }

    @PostMapping("/terms/{id}/bodies")
    String addBody(@PathVariable UUID id, @Valid @ModelAttribute("bodyForm") BodyForm form, BindingResult errors,
                   Model model, RedirectAttributes redirect, Locale locale) {
        return PageForms.saveOrShowAgain(errors, () -> bodies.create(id, form.draft()).orElseThrow(GovernancePageController::notFound),
                created -> {
                    redirect.addFlashAttribute("notice", messages.getMessage("governance.body.created",
                            new Object[]{label("governance.body." + form.kind(), locale)}, locale));
                    return "redirect:/workspace/governance/terms/" + id;
                }, e -> reject(errors, e), () -> term(id, model));
    }

    /** The seat form; {@code replaces} names the ended seat a supplementary election fills. */
    @GetMapping("/bodies/{id}/seats/new")
    String seatForm(@PathVariable UUID id, @RequestParam(required = false) UUID replaces, Model model, Locale locale) {
        BodySeats body = bodies.seats(id).orElseThrow(GovernancePageController::notFound);
        Mandate replaced = replaces == null ? null : vacated(body).stream()
                .filter(m -> m.id().equals(replaces)).findFirst().orElse(null);
        MandateStart how = replaced == null && body.mandates().isEmpty()
                ? MandateStart.ELECTED_AT_CONGRESS : MandateStart.SUPPLEMENTARY_ELECTION;
        model.addAttribute("seatForm", new SeatForm(null, replaced == null ? Position.MEMBER : replaced.position(), how,
                null, null, null, "", replaced == null ? null : replaced.id()));
        return seatPage(body, null, model, locale);
    }

    @PostMapping("/bodies/{id}/seats")
    String addSeat(@PathVariable UUID id, @Valid @ModelAttribute("seatForm") SeatForm form, BindingResult errors,
                   Model model, RedirectAttributes redirect, Locale locale) {
        BodySeats body = bodies.seats(id).orElseThrow(GovernancePageController::notFound);
        return PageForms.saveOrShowAgain(errors, () -> mandates.start(id, form.draft()).orElseThrow(GovernancePageController::notFound),
                mandate -> {
                    redirect.addFlashAttribute("notice", messages.getMessage("governance.seat.created", new Object[]{
                            label("governance.start." + mandate.startKind(), locale), mandate.holder().fullName()}, locale));
                    return "redirect:/workspace/governance/terms/" + body.body().termId() + "#body-" + body.body().kind();
                }, e -> reject(errors, e), () -> seatPage(body, form.memberId(), model, locale));
    }

    /** The members matching what is typed, as the options of the seat form's member list (htmx). */
    @GetMapping("/members")
    String members(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("candidates", candidates.matching(q, CANDIDATES_SHOWN));
        model.addAttribute("typed", !q.isBlank());
        return "governance/governance-seat :: candidates";
    }

    @GetMapping("/mandates/{id}/end")
    String endForm(@PathVariable UUID id, Model model, Locale locale) {
        Mandate mandate = mandates.find(id).orElseThrow(GovernancePageController::notFound);
        model.addAttribute("seatEndForm", new SeatEndForm(null, null, null, null, ""));
        return endPage(mandate, model, locale);
    }

    @PostMapping("/mandates/{id}/end")
    String endSeat(@PathVariable UUID id, @Valid @ModelAttribute("seatEndForm") SeatEndForm form, BindingResult errors,
                   Model model, RedirectAttributes redirect, Locale locale) {
        Mandate mandate = mandates.find(id).orElseThrow(GovernancePageController::notFound);
        return PageForms.saveOrShowAgain(errors, () -> mandates.end(id, form.ending()).orElseThrow(GovernancePageController::notFound),
                ended -> {
                    redirect.addFlashAttribute("notice", messages.getMessage("governance.seat.ended",
                            new Object[]{mandate.holder().fullName()}, locale));
                    return "redirect:/workspace/governance/terms/" + termOf(mandate) + "#body-" + mandate.body();
                }, e -> reject(errors, e), () -> endPage(mandate, model, locale));
    }

    private String seatPage(BodySeats body, UUID chosenMember, Model model, Locale locale) {
        Term term = terms.find(body.body().termId()).orElseThrow();
        model.addAttribute("body", body.body());
        model.addAttribute("term", term);
        model.addAttribute("title", messages.getMessage("governance.seat.add.title",
                new Object[]{label("governance.body." + body.body().kind(), locale), term.name()}, locale));
        model.addAttribute("vacated", vacated(body));
        model.addAttribute("positions", Position.values());
        model.addAttribute("startKinds", MandateStart.values());
        // After a refused submission the member chosen stays chosen.
        model.addAttribute("candidates", chosenMember == null ? List.of() : candidates.find(chosenMember).stream().toList());
        return "governance/governance-seat";
    }

    private String endPage(Mandate mandate, Model model, Locale locale) {
        model.addAttribute("mandate", mandate);
        model.addAttribute("held", messages.getMessage("governance.seat.end.who", new Object[]{
                mandate.holder().writtenName(), label("governance.position." + mandate.position(), locale),
                label("governance.body." + mandate.body(), locale),
                mandate.startsOn().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))}, locale));
        model.addAttribute("term", terms.find(termOf(mandate)).orElseThrow());
        model.addAttribute("reasons", Arrays.stream(MandateEnd.values()).filter(r -> r != MandateEnd.TERM_ENDED).toList());
        return "governance/governance-end";
    }

    private UUID termOf(Mandate mandate) {
        return bodies.find(mandate.bodyId()).orElseThrow().termId();
    }

    /** The ended seats of a body that a supplementary election may fill: not filled yet, not ended with the term. */
    private static List<Mandate> vacated(BodySeats body) {
        Set<UUID> filled = body.mandates().stream().map(Mandate::replacesMandateId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return body.mandates().stream()
                .filter(m -> m.endsOn() != null && m.endReason() != MandateEnd.TERM_ENDED && !filled.contains(m.id()))
                .toList();
    }

    /** The refusal next to the field it concerns (the form names the decision's wording decisionText). */
    private static void reject(BindingResult errors, RefusedException e) {
        Refusals.show(errors, e.field().equals("decision.text") ? "decisionText" : e.field(), e);
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
