package vn.vusta.platform.research.web;

import vn.vusta.platform.web.PageController;

import vn.vusta.platform.web.PageForms;
import vn.vusta.platform.web.Refusals;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vusta.platform.files.StoredFile;
import vn.vusta.platform.files.Upload;
import vn.vusta.platform.members.MemberQuery;
import vn.vusta.platform.members.MemberStatus;
import vn.vusta.platform.members.MemberSummary;
import vn.vusta.platform.members.Members;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.registry.Units;
import vn.vusta.platform.reportingcalendar.PeriodKind;
import vn.vusta.platform.research.AcceptanceRating;
import vn.vusta.platform.research.ResearchKind;
import vn.vusta.platform.research.ResearchLevel;
import vn.vusta.platform.research.ResearchProject;
import vn.vusta.platform.research.ResearchProjects;
import vn.vusta.platform.research.ResearchQuery;
import vn.vusta.platform.research.ResearchStatus;
import vn.vusta.platform.research.ResearchTotals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The research pages (đề tài, dự án): the projects of a period with their totals by level and status, a project
 * with its course (start, acceptance, stop), and the forms. Readers see, writers edit.
 */
@PageController
@RequestMapping("/workspace/research")
class ResearchPageController {

    private static final int CANDIDATES_SHOWN = 20;
    private static final Set<MemberStatus> NOT_A_LEAD = Set.of(MemberStatus.DECEASED, MemberStatus.ERASED);

    private final ResearchProjects projects;
    private final Units units;
    private final Members members;
    private final MessageSource messages;

    ResearchPageController(ResearchProjects projects, Units units, Members members, MessageSource messages) {
        this.projects = projects;
        this.units = units;
        this.members = members;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "YEAR") PeriodKind period,
                @RequestParam(required = false) ResearchLevel level, @RequestParam(required = false) ResearchStatus status,
                @RequestParam(required = false) ResearchKind kind, @RequestParam(required = false) UUID unitId,
                Model model) {
        int shownYear = year == null ? PeriodKind.thisYear() : year;
        var query = new ResearchQuery(period.startsOn(shownYear), period.endsOn(shownYear), level, status, kind, unitId);
        model.addAttribute("year", shownYear);
        model.addAttribute("period", period);
        model.addAttribute("level", level);
        model.addAttribute("status", status);
        model.addAttribute("kind", kind);
        model.addAttribute("unitId", unitId);
        model.addAttribute("years", PeriodKind.yearsOffered());
        model.addAttribute("periods", PeriodKind.filterKinds());
        model.addAttribute("levels", ResearchLevel.values());
        model.addAttribute("statuses", ResearchStatus.values());
        model.addAttribute("kinds", ResearchKind.values());
        model.addAttribute("units", units.list());
        ResearchTotals totals = projects.totals(query);
        model.addAttribute("projects", projects.list(query));
        model.addAttribute("totals", totals);
        model.addAttribute("levelCounts", nonZero(totals.byLevel()));
        model.addAttribute("statusCounts", nonZero(totals.byStatus()));
        return "research/research";
    }

    @GetMapping("/new")
    String newProject(Model model) {
        return form(model, ResearchProjectForm.empty(), null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") ResearchProjectForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect, Locale locale) {
        return PageForms.saveOrShowAgain(errors, () -> projects.create(form.draft()), created -> {
            redirect.addFlashAttribute("notice", messages.getMessage("research.saved", new Object[]{created.title()}, locale));
            return "redirect:/workspace/research/" + created.id();
        }, () -> form(model, form, null));
    }

    @GetMapping("/{id}")
    String project(@PathVariable UUID id, Model model) {
        return projectPage(found(id), ResearchAcceptanceForm.empty(), ResearchStopForm.empty(), model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        return form(model, ResearchProjectForm.of(found(id)), id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") ResearchProjectForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect, Locale locale) {
        found(id);
        return PageForms.saveOrShowAgain(errors,
                () -> projects.update(id, form.draft()).orElseThrow(Refusals::notFound), updated -> {
            redirect.addFlashAttribute("notice", messages.getMessage("research.saved", new Object[]{updated.title()}, locale));
            return "redirect:/workspace/research/" + id;
        }, () -> form(model, form, id));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        ResearchProject project = found(id);
        projects.delete(id);
        redirect.addFlashAttribute("notice", messages.getMessage("research.deleted", new Object[]{project.title()}, locale));
        return "redirect:/workspace/research";
    }

    @PostMapping("/{id}/start")
    String start(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        ResearchProject project = found(id);
        try {
            projects.start(id);
            redirect.addFlashAttribute("notice", messages.getMessage("research.started", new Object[]{project.title()}, locale));
        } catch (RefusedException e) {
            redirect.addFlashAttribute("refusal", messages.getMessage(e.reason(), e.arguments(), locale));
        }
        return "redirect:/workspace/research/" + id;
    }

    @PostMapping("/{id}/acceptance")
    String accept(@PathVariable UUID id, @Valid @ModelAttribute("acceptanceForm") ResearchAcceptanceForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
        ResearchProject project = found(id);
        return PageForms.saveOrShowAgain(errors, () -> projects.accept(id, form.acceptance()), done -> {
            redirect.addFlashAttribute("notice", messages.getMessage("research.accepted", new Object[]{project.title()}, locale));
            return "redirect:/workspace/research/" + id;
        }, () -> projectPage(project, form, ResearchStopForm.empty(), model));
    }

    @PostMapping("/{id}/stop")
    String stop(@PathVariable UUID id, @Valid @ModelAttribute("stopForm") ResearchStopForm form, BindingResult errors,
                Model model, RedirectAttributes redirect, Locale locale) {
        ResearchProject project = found(id);
        return PageForms.saveOrShowAgain(errors, () -> projects.stop(id, form.stop()), done -> {
            redirect.addFlashAttribute("notice", messages.getMessage("research.stopped", new Object[]{project.title()}, locale));
            return "redirect:/workspace/research/" + id;
        }, () -> projectPage(project, ResearchAcceptanceForm.empty(), form, model));
    }

    /** The members whose name has the words typed, as the options of the lead researcher's list (htmx). */
    @GetMapping("/members")
    String leadCandidates(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("candidates", candidates(q));
        model.addAttribute("typed", !q.isBlank());
        return "research/research-form :: candidates";
    }

    /** The counts a summary names, in their order: those above zero. */
    private static <K> List<Map.Entry<K, Integer>> nonZero(Map<K, Integer> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() > 0).toList();
    }

    private List<MemberSummary> candidates(String typed) {
        var query = new MemberQuery(typed, null, null, null, null, null, null);
        if (!query.hasText()) {
            return List.of();
        }
        return members.search(query, 0, CANDIDATES_SHOWN).items().stream()
                .filter(m -> !NOT_A_LEAD.contains(m.status()))
                .toList();
    }

    private String projectPage(ResearchProject project, ResearchAcceptanceForm acceptanceForm, ResearchStopForm stopForm,
                               Model model) {
        model.addAttribute("project", project);
        model.addAttribute("acceptanceForm", acceptanceForm);
        model.addAttribute("stopForm", stopForm);
        model.addAttribute("ratings", AcceptanceRating.values());
        return "research/research-project";
    }

    private String form(Model model, ResearchProjectForm form, UUID id) {
        model.addAttribute("form", form);
        model.addAttribute("projectId", id);
        model.addAttribute("kinds", ResearchKind.values());
        model.addAttribute("levels", ResearchLevel.values());
        model.addAttribute("units", units.list());
        // The member chosen stays chosen, after a refusal or when the project is edited.
        model.addAttribute("lead", form.leadMemberId() == null ? null
                : members.find(form.leadMemberId()).filter(m -> !NOT_A_LEAD.contains(m.status())).orElse(null));
        return "research/research-form";
    }

    private ResearchProject found(UUID id) {
        return projects.find(id).orElseThrow(Refusals::notFound);
    }

    @PostMapping("/{id}/attachments")
    String attach(@PathVariable UUID id, @RequestParam MultipartFile file, RedirectAttributes redirect, Locale locale) {
        found(id);
        try {
            StoredFile stored = projects.attach(id, new Upload(file.getOriginalFilename(), file.getSize(), file))
                    .orElseThrow(Refusals::notFound);
            redirect.addFlashAttribute("notice", messages.getMessage("research.file.attached", new Object[]{stored.name()}, locale));
        } catch (RefusedException e) {
            redirect.addFlashAttribute("refusal", messages.getMessage(e.reason(), e.arguments(), locale));
        }
        return "redirect:/workspace/research/" + id + "#attachments";
    }

    @PostMapping("/{id}/attachments/{fileId}/delete")
    String detach(@PathVariable UUID id, @PathVariable UUID fileId, RedirectAttributes redirect, Locale locale) {
        found(id);
        if (!projects.detach(id, fileId)) {
            throw Refusals.notFound();
        }
        redirect.addFlashAttribute("notice", messages.getMessage("research.file.removed", null, locale));
        return "redirect:/workspace/research/" + id + "#attachments";
    }


}
