package vn.vusta.platform.events.web;

import vn.vusta.platform.web.PageController;

import vn.vusta.platform.web.PageForms;
import vn.vusta.platform.web.Refusals;

import jakarta.validation.Valid;
import org.springframework.beans.factory.annotation.Value;
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
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.events.Event;
import vn.vusta.platform.events.EventKind;
import vn.vusta.platform.events.EventMode;
import vn.vusta.platform.events.Events;
import vn.vusta.platform.events.Participant;
import vn.vusta.platform.files.Upload;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.registry.Units;
import vn.vusta.platform.tenancy.Provinces;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import vn.vusta.platform.calendar.VietnamTime;

/**
 * The events pages: the list with its filters and the totals reports quote, a month's calendar, an event's page,
 * and the form to record or change one.
 */
@PageController
@RequestMapping("/workspace/events")
class EventsPageController {

    private static final int PAGE_SIZE = 50;
    private static final int CANDIDATES_SHOWN = 20;

    private final Events events;
    private final Units units;
    private final Provinces provinces;
    private final AuditLog audit;
    private final MessageSource messages;
    private final long maxFileMegabytes;

    EventsPageController(Events events, Units units, Provinces provinces, AuditLog audit, MessageSource messages,
                         @Value("${vusta.files.max-size:20MB}") DataSize maxFileSize) {
        this.events = events;
        this.units = units;
        this.provinces = provinces;
        this.audit = audit;
        this.messages = messages;
        this.maxFileMegabytes = maxFileSize.toMegabytes();
    }

    @GetMapping
    String list(@ModelAttribute("filter") EventFilter filter, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", events.search(filter.query(), Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("years", events.years());
        model.addAttribute("units", units.list());
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute("modes", EventMode.values());
        return "events/events";
    }

    /** A month's events on its days, Monday first; this month when none is asked for. */
    @GetMapping("/calendar")
    String calendar(@RequestParam(required = false) YearMonth month, Model model) {
        YearMonth shown = month != null ? month : YearMonth.now(VietnamTime.ZONE);
        LocalDate first = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = shown.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        var weeks = new ArrayList<List<LocalDate>>();
        for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
            weeks.add(monday.datesUntil(monday.plusWeeks(1)).toList());
        }
        model.addAttribute("month", shown);
        model.addAttribute("weeks", weeks);
        model.addAttribute("events", events.month(shown));
        model.addAttribute("today", VietnamTime.today());
        return "events/event-calendar";
    }

    @GetMapping("/{id}")
    String event(@PathVariable UUID id, Model model) {
        model.addAttribute("event", events.find(id).orElseThrow(Refusals::notFound));
        model.addAttribute("contacts", events.contacts(id).orElseThrow(Refusals::notFound));
        model.addAttribute("history", audit.about("event", id));
        return "events/event";
    }

    @GetMapping("/new")
    String newEvent(Model model) {
        return form(model, new EventForm(), null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("eventForm") EventForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect, Locale locale) {
        return save(null, form, errors, model, redirect, locale);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        return form(model, EventForm.of(events.find(id).orElseThrow(Refusals::notFound)), id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("eventForm") EventForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect, Locale locale) {
        return save(id, form, errors, model, redirect, locale);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        Event event = events.find(id).orElseThrow(Refusals::notFound);
        events.delete(id);
        redirect.addFlashAttribute("notice", messages.getMessage("events.deleted", new Object[]{event.title()}, locale));
        return "redirect:/workspace/events";
    }

    /** Attaches a document or a photo from the event's page. */
    @PostMapping("/{id}/attachments")
    String attach(@PathVariable UUID id, @RequestParam MultipartFile file, RedirectAttributes redirect, Locale locale) {
        try {
            var stored = events.attach(id, new Upload(file.getOriginalFilename(), file.getSize(), file))
                    .orElseThrow(Refusals::notFound);
            redirect.addFlashAttribute("notice", messages.getMessage("events.attachment.added", new Object[]{stored.name()}, locale));
        } catch (RefusedException e) {
            redirect.addFlashAttribute("attachmentProblem", messages.getMessage(e.reason(), e.arguments(), locale));
        }
        return "redirect:/workspace/events/" + id + "#attachments";
    }

    @PostMapping("/{id}/attachments/{fileId}/delete")
    String detach(@PathVariable UUID id, @PathVariable UUID fileId, RedirectAttributes redirect, Locale locale) {
        if (!events.detach(id, fileId)) {
            throw Refusals.notFound();
        }
        redirect.addFlashAttribute("notice", messages.getMessage("events.attachment.removed", null, locale));
        return "redirect:/workspace/events/" + id + "#attachments";
    }

    /**
     * The participants' checkboxes of the form (htmx): those chosen, ticked, then the members whose name has the
     * words typed.
     */
    @GetMapping("/members")
    String participantCandidates(@RequestParam(defaultValue = "") String q,
                                 @RequestParam(required = false) List<UUID> participantIds, Model model) {
        addParticipants(model, participantIds == null ? List.of() : participantIds, q);
        return "events/event-form :: participants";
    }

    private String save(UUID id, EventForm form, BindingResult errors, Model model, RedirectAttributes redirect,
                        Locale locale) {
        return PageForms.saveOrShowAgain(errors, () -> id == null ? events.create(form.draft(), form.uploads())
                : events.update(id, form.draft(), form.uploads()).orElseThrow(Refusals::notFound), saved -> {
            redirect.addFlashAttribute("notice", messages.getMessage("events.saved", new Object[]{saved.title()}, locale));
            return "redirect:/workspace/events/" + saved.id();
        }, e -> Refusals.show(errors, EventForm.fieldOf(e.field()), e), () -> form(model, form, id));
    }

    private String form(Model model, EventForm form, UUID id) {
        model.addAttribute("eventForm", form);
        model.addAttribute("eventId", id);
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute("modes", EventMode.values());
        model.addAttribute("units", units.list());
        model.addAttribute("provinces", provinces.all().stream().filter(p -> !p.former()).toList());
        model.addAttribute("maxFileMegabytes", maxFileMegabytes);
        addParticipants(model, form.getParticipantIds(), "");
        return "events/event-form";
    }

    private void addParticipants(Model model, List<UUID> chosenIds, String typed) {
        var chosen = new LinkedHashSet<>(chosenIds);
        List<Participant> named = events.participants(chosen);
        model.addAttribute("chosen", named);
        model.addAttribute("candidates", events.participantCandidates(typed, CANDIDATES_SHOWN).stream()
                .filter(c -> !chosen.contains(c.memberId())).toList());
        model.addAttribute("typed", !typed.isBlank());
    }

}
