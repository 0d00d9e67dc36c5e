package vn.vusta.platform.commendations.web;

import vn.vusta.platform.web.MemberOption;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vusta.platform.commendations.Commendation;
import vn.vusta.platform.commendations.CommendationKind;
import vn.vusta.platform.commendations.CommendationTotals;
import vn.vusta.platform.commendations.Commendations;
import vn.vusta.platform.commendations.RecipientKind;
import vn.vusta.platform.files.Upload;
import vn.vusta.platform.identity.Roles;
import vn.vusta.platform.members.MemberQuery;
import vn.vusta.platform.members.Members;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.registry.Units;
import vn.vusta.platform.security.PlatformUser;
import vn.vusta.platform.tenancy.AccessScope;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import vn.vusta.platform.calendar.VietnamTime;

/**
 * Commendations (khen thưởng): the decisions of a year with their totals ("9 tập thể và 2 cá nhân") beside every
 * year's; a decision with whom it commends; the form recording a decision with its recipients, all in one go.
 * Readers see everything, writers get the forms.
 */
@PageController
@RequestMapping("/workspace/commendations")
class CommendationsPageController {

    private static final int CANDIDATES_SHOWN = 20;

    private final Commendations commendations;
    private final Units units;
    private final Members members;
    private final MessageSource messages;

    CommendationsPageController(Commendations commendations, Units units, Members members, MessageSource messages) {
        this.commendations = commendations;
        this.units = units;
        this.members = members;
        this.messages = messages;
    }

    @ModelAttribute("canEdit")
    boolean canEdit(Authentication authentication) {
        return PlatformUser.of(authentication).map(user -> user.hasAnyRole(Roles.TENANT_WRITERS)).orElse(false);
    }

    /** A year's decisions; without a year, the latest year with any (or this year). */
    @GetMapping
    String list(@RequestParam(required = false) Integer year, Model model) {
        List<CommendationTotals> years = commendations.years();
        int shown = year != null ? year : years.isEmpty() ? VietnamTime.today().getYear() : years.getFirst().year();
        model.addAttribute("years", years);
        model.addAttribute("year", shown);
        model.addAttribute("commendations", commendations.ofYear(shown));
        return "commendations/commendations";
    }

    /** The form, for writers only: a reader could not save it. */
    @GetMapping("/new")
    String newDecision(Model model, Authentication authentication) {
        if (!canEdit(authentication)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        model.addAttribute("form", CommendationForm.empty(AccessScope.currentTenant().name()));
        return form(model);
    }

    /**
     * Records the decision with its recipients and files in one transaction; with {@code more}, only shows the form
     * again with more rows (files chosen are to be chosen again).
     */
    @PostMapping
    String record(@Valid @ModelAttribute("form") CommendationForm form, BindingResult errors,
                  @RequestParam(required = false) String more,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
                  RedirectAttributes redirect, Locale locale) {
        if (more != null) {
            form.addRows();
            errors = new org.springframework.validation.BeanPropertyBindingResult(form, "form");
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
            return form(model);
        }
        if (!errors.hasErrors()) {
            try {
                Commendation recorded = commendations.record(form.draft(), form.recipientDrafts(), uploads(files));
                redirect.addFlashAttribute("notice", messages.getMessage("commendations.recorded",
                        new Object[]{recorded.collectives(), recorded.individuals()}, locale));
                return "redirect:/workspace/commendations/" + recorded.id();
            } catch (RefusedException e) {
                if (e.field().equals("file")) {
                    model.addAttribute("fileError", messages.getMessage(e.reason(), e.arguments(), locale));
                } else {
                    rejectRow(errors, e, form.filledRows());
                }
            }
        }
        return form(model);
    }

    @GetMapping("/{id}")
    String decision(@PathVariable UUID id, Model model) {
        model.addAttribute("decision", commendations.find(id).orElseThrow(Refusals::notFound));
        if (!model.containsAttribute("recipientForm")) {
            model.addAttribute("recipientForm", new CommendationRecipientForm());
        }
        if (!model.containsAttribute("candidates")) {
            model.addAttribute("candidates", List.of());
        }
        model.addAttribute("units", units.list());
        model.addAttribute("recipientKinds", RecipientKind.values());
        return "commendations/commendation";
    }

    @PostMapping("/{id}/recipients")
    String addRecipient(@PathVariable UUID id, @Valid @ModelAttribute("recipientForm") CommendationRecipientForm form,
                        BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
        return PageForms.saveOrShowAgain(errors,
                () -> commendations.addRecipient(id, form.draft()).orElseThrow(Refusals::notFound), done -> {
            redirect.addFlashAttribute("notice", messages.getMessage("commendations.recipient.added", null, locale));
            return "redirect:/workspace/commendations/" + id + "#recipients";
        }, () -> {
            model.addAttribute("candidates", candidate(form.getMemberId()));
            return decision(id, model);
        });
    }

    @PostMapping("/{id}/recipients/{recipientId}/remove")
    String removeRecipient(@PathVariable UUID id, @PathVariable UUID recipientId, RedirectAttributes redirect, Locale locale) {
        try {
            commendations.removeRecipient(id, recipientId).orElseThrow(Refusals::notFound);
            redirect.addFlashAttribute("notice", messages.getMessage("commendations.recipient.removed", null, locale));
        } catch (RefusedException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.reason(), e.arguments(), locale));
        }
        return "redirect:/workspace/commendations/" + id + "#recipients";
    }

    @PostMapping("/{id}/attachments")
    String attach(@PathVariable UUID id, @RequestParam MultipartFile file, RedirectAttributes redirect, Locale locale) {
        try {
            commendations.attach(id, new Upload(file.getOriginalFilename(), file.getSize(), file))
                    .orElseThrow(Refusals::notFound);
            redirect.addFlashAttribute("notice", messages.getMessage("commendations.file.attached", null, locale));
        } catch (RefusedException e) {
            redirect.addFlashAttribute("fileError", messages.getMessage(e.reason(), e.arguments(), locale));
        }
        return "redirect:/workspace/commendations/" + id + "#files";
    }

    @PostMapping("/{id}/attachments/{fileId}/delete")
    String detach(@PathVariable UUID id, @PathVariable UUID fileId, RedirectAttributes redirect, Locale locale) {
        commendations.detach(id, fileId).orElseThrow(Refusals::notFound);
        redirect.addFlashAttribute("notice", messages.getMessage("commendations.file.removed", null, locale));
        return "redirect:/workspace/commendations/" + id + "#files";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        Commendation decision = commendations.find(id).orElseThrow(Refusals::notFound);
        commendations.delete(id);
        redirect.addFlashAttribute("notice", messages.getMessage("commendations.deleted", null, locale));
        return "redirect:/workspace/commendations?year=" + decision.year();
    }

    /** The members matching what is typed, as the options of a member list (htmx). */
    @GetMapping("/members")
    String members(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("candidates", q.isBlank() ? List.of()
                : members.search(new MemberQuery(q, null, null, null, null, null, null), 0, CANDIDATES_SHOWN).items());
        model.addAttribute("typed", !q.isBlank());
        return "fragments/member-options :: options";
    }

    /** The files chosen; a file input left empty sends a part without a name. */
    private static List<Upload> uploads(List<MultipartFile> files) {
        return files == null ? List.of() : files.stream()
                .filter(f -> f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank())
                .map(f -> new Upload(f.getOriginalFilename(), f.getSize(), f))
                .toList();
    }

    private String form(Model model) {
        model.addAttribute("kinds", CommendationKind.values());
        model.addAttribute("recipientKinds", RecipientKind.values());
        model.addAttribute("units", units.list());
        // The members chosen in the rows stay listed after a refused submission.
        CommendationForm form = (CommendationForm) model.getAttribute("form");
        Map<Integer, List<?>> chosen = new HashMap<>();
        for (int i = 0; form != null && i < form.getRecipients().size(); i++) {
            chosen.put(i, candidate(form.getRecipients().get(i).getMemberId()));
        }
        model.addAttribute("chosenMembers", chosen);
        return "commendations/commendation-form";
    }

    private List<?> candidate(UUID memberId) {
        return memberId == null ? List.of() : members.find(memberId)
                .map(m -> List.of(new MemberOption(m.id(), m.fullName()))).orElse(List.of());
    }

    /**
     * A refusal beside its field: "recipients[1].name" names the second row filled in, which is the row of the form
     * at that place among the filled ones.
     */
    private static void rejectRow(BindingResult errors, RefusedException e, List<Integer> filledRows) {
        String field = e.field();
        if (field.startsWith("recipients[")) {
            int filled = Integer.parseInt(field.substring("recipients[".length(), field.indexOf(']')));
            field = "recipients[" + filledRows.get(filled) + "]" + field.substring(field.indexOf(']') + 1);
        }
        Refusals.show(errors, field, e);
    }
}
