package vn.vusta.platform.consultancy.web;

import vn.vusta.platform.web.PageController;

import vn.vusta.platform.web.PageForms;
import vn.vusta.platform.web.Refusals;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
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
import vn.vusta.platform.consultancy.AssessmentRating;
import vn.vusta.platform.consultancy.AuthorityKind;
import vn.vusta.platform.consultancy.ConsultancyPlan;
import vn.vusta.platform.consultancy.ConsultancyTasks;
import vn.vusta.platform.consultancy.PanelCandidates;
import vn.vusta.platform.consultancy.Task;
import vn.vusta.platform.consultancy.TaskFiles;
import vn.vusta.platform.consultancy.TaskKind;
import vn.vusta.platform.consultancy.TaskQuery;
import vn.vusta.platform.consultancy.TaskStatus;
import vn.vusta.platform.consultancy.TaskWorkflow;
import vn.vusta.platform.consultancy.Transition;
import vn.vusta.platform.files.Upload;
import vn.vusta.platform.identity.Roles;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.registry.Units;
import vn.vusta.platform.security.PlatformUser;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.UUID;
import vn.vusta.platform.calendar.VietnamTime;

/**
 * The consultancy, critique and social assessment pages: the plan of a year against what is done by a day, with its
 * tasks; a task with its panel, history and the steps the user's role and the task's status allow; the task form;
 * a form per step (the report asks for its result document, the acceptance for the authority's assessment, the
 * cancellation for its reason); the task's files.
 */
@PageController
@RequestMapping("/workspace/consultancy")
class ConsultancyPageController {

    private static final int CANDIDATES_SHOWN = 20;

    private final ConsultancyTasks tasks;
    private final TaskWorkflow workflow;
    private final TaskFiles taskFiles;
    private final ConsultancyPlan plan;
    private final PanelCandidates candidates;
    private final Units units;
    private final MessageSource messages;

    ConsultancyPageController(ConsultancyTasks tasks, TaskWorkflow workflow, TaskFiles taskFiles, ConsultancyPlan plan,
                              PanelCandidates candidates, Units units, MessageSource messages) {
        this.tasks = tasks;
        this.workflow = workflow;
        this.taskFiles = taskFiles;
        this.plan = plan;
        this.candidates = candidates;
        this.units = units;
        this.messages = messages;
    }

    @ModelAttribute("canEdit")
    boolean canEdit(Authentication authentication) {
        return PlatformUser.of(authentication).map(user -> user.hasAnyRole(Roles.TENANT_WRITERS)).orElse(false);
    }

    /**
     * The plan of a year (this year's when it has tasks, else the latest earlier one) as it stood at the end of a day
     * (today unless given), and its tasks, filtered.
     */
    @GetMapping
    String plan(@RequestParam(required = false) Integer year,
                @RequestParam(required = false) LocalDate asOf,
                @RequestParam(required = false) TaskStatus status, @RequestParam(required = false) AuthorityKind authorityKind,
                @RequestParam(required = false) TaskKind kind, Model model) {
        LocalDate today = today();
        List<Integer> years = tasks.years();
        int shown = year != null ? year : years.contains(today.getYear()) ? today.getYear()
                : years.stream().filter(y -> y < today.getYear()).findFirst().orElse(years.isEmpty() ? today.getYear() : years.getFirst());
        var yearChoices = new TreeSet<Integer>(Comparator.reverseOrder());
        yearChoices.addAll(years);
        yearChoices.add(today.getYear());
        yearChoices.add(shown);
        model.addAttribute("year", shown);
        model.addAttribute("years", yearChoices);
        model.addAttribute("asOf", asOf == null ? today : asOf);
        model.addAttribute("today", today);
        model.addAttribute("summary", plan.summary(shown, asOf == null ? today : asOf));
        model.addAttribute("tasks", tasks.list(new TaskQuery(shown, status, authorityKind, kind)));
        model.addAttribute("status", status);
        model.addAttribute("authorityKind", authorityKind);
        model.addAttribute("kind", kind);
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("authorityKinds", AuthorityKind.values());
        model.addAttribute("kinds", TaskKind.values());
        return "consultancy/consultancy";
    }

    @GetMapping("/tasks/{id}")
    String task(@PathVariable UUID id, Model model) {
        model.addAttribute("task", tasks.find(id).orElseThrow(Refusals::notFound));
        model.addAttribute("history", tasks.history(id).orElseThrow());
        return "consultancy/consultancy-task";
    }

    @GetMapping("/tasks/new")
    String newTask(Model model) {
        return form(ConsultancyTaskForm.empty(today()), null, model);
    }

    @PostMapping("/tasks")
    String create(@Valid @ModelAttribute("form") ConsultancyTaskForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect, Locale locale) {
        return PageForms.saveOrShowAgain(errors, () -> tasks.create(form.draft()), task -> {
            redirect.addFlashAttribute("notice", messages.getMessage("consultancy.task.saved",
                    new Object[]{task.subject()}, locale));
            return "redirect:/workspace/consultancy/tasks/" + task.id();
        }, e -> reject(errors, e),
                () -> form(form, null, model));
    }

    @GetMapping("/tasks/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        return form(ConsultancyTaskForm.of(tasks.find(id).orElseThrow(Refusals::notFound)), id, model);
    }

    @PostMapping("/tasks/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") ConsultancyTaskForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect, Locale locale) {
        return PageForms.saveOrShowAgain(errors,
                () -> tasks.update(id, form.draft()).orElseThrow(Refusals::notFound), task -> {
            redirect.addFlashAttribute("notice", messages.getMessage("consultancy.task.saved",
                    new Object[]{task.subject()}, locale));
            return "redirect:/workspace/consultancy/tasks/" + id;
        }, e -> reject(errors, e),
                () -> form(form, id, model));
    }

    /** The experts matching what is typed, each with a button adding them to the panel (htmx). */
    /** The experts matching what is typed, but for those already on the panel in the form (sent along). */
    @GetMapping("/experts")
    String experts(@RequestParam(defaultValue = "") String q,
                   @RequestParam(name = "panelMemberIds", required = false) List<UUID> chosen, Model model) {
        model.addAttribute("candidates", candidates.matching(q, CANDIDATES_SHOWN + size(chosen)).stream()
                .filter(c -> chosen == null || !chosen.contains(c.memberId())).limit(CANDIDATES_SHOWN).toList());
        model.addAttribute("typed", !q.isBlank());
        return "consultancy/consultancy-task-form :: candidates";
    }

    /**
     * An expert ticked on the panel, added to the form by the button of a search result (htmx); nothing when the
     * form's panel has them already (sent along), so a second click adds no second line.
     */
    @GetMapping("/panel-member")
    String panelMember(@RequestParam UUID memberId,
                       @RequestParam(name = "panelMemberIds", required = false) List<UUID> chosen, Model model) {
        model.addAttribute("panel", chosen != null && chosen.contains(memberId) ? List.of() : candidates.find(List.of(memberId)));
        return "consultancy/consultancy-task-form :: panel";
    }

    private static int size(List<UUID> chosen) {
        return chosen == null ? 0 : Math.min(chosen.size(), 50);
    }

    /** The form of a step; a step the task's status does not allow (a stale link) leads back to the task. */
    @GetMapping("/tasks/{id}/{step:start|submit-report|accept|cancel}")
    String stepForm(@PathVariable UUID id, @PathVariable String step, Model model, RedirectAttributes redirect,
                    Locale locale) {
        Task task = tasks.find(id).orElseThrow(Refusals::notFound);
        Transition transition = Transition.ofPath(step);
        if (!task.nextSteps().contains(transition)) {
            redirect.addFlashAttribute("refusal", messages.getMessage(transition.refusal(task.status()), null, locale));
            return "redirect:/workspace/consultancy/tasks/" + id;
        }
        model.addAttribute("stepForm", ConsultancyStepForm.empty());
        return stepPage(task, transition, model);
    }

    @PostMapping("/tasks/{id}/{step:start|submit-report|accept|cancel}")
    String takeStep(@PathVariable UUID id, @PathVariable String step,
                    @Valid @ModelAttribute("stepForm") ConsultancyStepForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect, Locale locale) {
        Transition transition = Transition.ofPath(step);
        return PageForms.saveOrShowAgain(errors, () -> (switch (transition) {
            case START -> workflow.start(id, form.entry());
            case SUBMIT_REPORT -> workflow.submitReport(id, form.submission());
            case ACCEPT -> workflow.accept(id, form.acceptance());
            case CANCEL -> workflow.cancel(id, form.cancellation());
        }).orElseThrow(Refusals::notFound), done -> {
            redirect.addFlashAttribute("notice", messages.getMessage("consultancy.step.done." + transition, null, locale));
            return "redirect:/workspace/consultancy/tasks/" + id;
        }, e -> reject(errors, e), () -> stepPage(tasks.find(id).orElseThrow(Refusals::notFound), transition, model));
    }

    /** A file attached from the task's page; a refusal is shown beside the file input. */
    @PostMapping("/tasks/{id}/attachments")
    String attach(@PathVariable UUID id, @RequestParam("file") MultipartFile file,
                  @RequestParam(defaultValue = "false") boolean result, RedirectAttributes redirect, Locale locale) {
        try {
            taskFiles.attach(id, new Upload(file.getOriginalFilename(), file.getSize(), file), result)
                    .orElseThrow(Refusals::notFound);
            redirect.addFlashAttribute("notice", messages.getMessage("consultancy.file.attached",
                    new Object[]{file.getOriginalFilename()}, locale));
        } catch (RefusedException e) {
            redirect.addFlashAttribute("fileError", messages.getMessage(e.reason(), e.arguments(), locale));
        }
        return "redirect:/workspace/consultancy/tasks/" + id + "#files";
    }

    @PostMapping("/tasks/{id}/attachments/{fileId}/delete")
    String detach(@PathVariable UUID id, @PathVariable UUID fileId, RedirectAttributes redirect, Locale locale) {
        try {
            taskFiles.detach(id, fileId).orElseThrow(Refusals::notFound);
            redirect.addFlashAttribute("notice", messages.getMessage("consultancy.file.removed", null, locale));
        } catch (RefusedException e) {
            redirect.addFlashAttribute("fileError", messages.getMessage(e.reason(), e.arguments(), locale));
        }
        return "redirect:/workspace/consultancy/tasks/" + id + "#files";
    }

    private String form(ConsultancyTaskForm form, UUID id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("taskId", id);
        model.addAttribute("panel", candidates.find(form.panel()));
        model.addAttribute("units", units.list());
        model.addAttribute("kinds", TaskKind.values());
        model.addAttribute("authorityKinds", AuthorityKind.values());
        return "consultancy/consultancy-task-form";
    }

    private String stepPage(Task task, Transition transition, Model model) {
        model.addAttribute("task", task);
        model.addAttribute("step", transition);
        model.addAttribute("ratings", AssessmentRating.values());
        return "consultancy/consultancy-step";
    }

    /**
     * The refusal next to the field it concerns: a panel member's place in the list is the panel's; the result
     * document, chosen or missing, is the file input's.
     */
    private static void reject(BindingResult errors, RefusedException e) {
        String field = e.field().startsWith("panelMemberIds") ? "panelMemberIds"
                : e.field().equals("file") || e.field().equals("resultFileId") ? "resultFile" : e.field();
        Refusals.show(errors, field, e);
    }

    private static LocalDate today() {
        return VietnamTime.today();
    }

}
