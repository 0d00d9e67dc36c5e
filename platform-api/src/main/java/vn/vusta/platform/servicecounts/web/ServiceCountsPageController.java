package vn.vusta.platform.servicecounts.web;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.registry.Units;
import vn.vusta.platform.reportingcalendar.PeriodKind;
import vn.vusta.platform.servicecounts.ServiceCount;
import vn.vusta.platform.servicecounts.ServiceCountKind;
import vn.vusta.platform.servicecounts.ServiceCountKinds;
import vn.vusta.platform.servicecounts.ServiceCountQuery;
import vn.vusta.platform.servicecounts.ServiceCounts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The counted services pages (dịch vụ được đếm): the totals of each kind over a period ("2.030 vụ việc") with the
 * counts they add up, the form to enter a unit's count, and the kinds the union configures. Readers see, writers
 * enter and configure.
 */
@PageController
@RequestMapping("/workspace/service-counts")
class ServiceCountsPageController {

    private final ServiceCounts counts;
    private final ServiceCountKinds kinds;
    private final Units units;
    private final MessageSource messages;

    ServiceCountsPageController(ServiceCounts counts, ServiceCountKinds kinds, Units units, MessageSource messages) {
        this.counts = counts;
        this.kinds = kinds;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "YEAR") PeriodKind period,
                Model model) {
        int shownYear = year == null ? PeriodKind.thisYear() : year;
        return listPage(shownYear, period, ServiceCountForm.over(period.startsOn(shownYear), period.endsOn(shownYear)), model);
    }

    @PostMapping
    String record(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "YEAR") PeriodKind period,
                  @Valid @ModelAttribute("form") ServiceCountForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect, Locale locale) {
        int shownYear = year == null ? PeriodKind.thisYear() : year;
        return PageForms.saveOrShowAgain(errors, () -> counts.record(form.draft()), count -> {
            redirect.addFlashAttribute("notice", saved(count, locale));
            return "redirect:/workspace/service-counts?year=" + shownYear + "&period=" + period;
        }, () -> listPage(shownYear, period, form, model));
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        ServiceCount count = found(id);
        return countPage(count, ServiceCountForm.of(count), model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") ServiceCountForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect, Locale locale) {
        ServiceCount before = found(id);
        return PageForms.saveOrShowAgain(errors,
                () -> counts.update(id, form.draft()).orElseThrow(Refusals::notFound), count -> {
            redirect.addFlashAttribute("notice", saved(count, locale));
            return "redirect:/workspace/service-counts?year=" + count.periodEnd().getYear();
        }, () -> countPage(before, form, model));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        ServiceCount count = found(id);
        counts.delete(id);
        redirect.addFlashAttribute("notice", messages.getMessage("service-counts.deleted",
                new Object[]{count.kindName(), unitName(count, locale)}, locale));
        return "redirect:/workspace/service-counts?year=" + count.periodEnd().getYear();
    }

    @GetMapping("/kinds")
    String kindsPage(Model model) {
        return kindsPage(ServiceCountKindForm.empty(), model);
    }

    @PostMapping("/kinds")
    String addKind(@Valid @ModelAttribute("kindForm") ServiceCountKindForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect, Locale locale) {
        return PageForms.saveOrShowAgain(errors, () -> kinds.create(form.draft()), kind -> {
            redirect.addFlashAttribute("notice", messages.getMessage("service-counts.kind.saved", new Object[]{kind.name()}, locale));
            return "redirect:/workspace/service-counts/kinds";
        }, () -> kindsPage(form, model));
    }

    @GetMapping("/kinds/{id}/edit")
    String editKind(@PathVariable UUID id, Model model) {
        ServiceCountKind kind = kinds.find(id).orElseThrow(Refusals::notFound);
        return kindPage(kind, ServiceCountKindForm.of(kind), model);
    }

    @PostMapping("/kinds/{id}")
    String renameKind(@PathVariable UUID id, @Valid @ModelAttribute("kindForm") ServiceCountKindForm form,
                      BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
        ServiceCountKind kind = kinds.find(id).orElseThrow(Refusals::notFound);
        return PageForms.saveOrShowAgain(errors,
                () -> kinds.update(id, form.draft()).orElseThrow(Refusals::notFound), renamed -> {
            redirect.addFlashAttribute("notice", messages.getMessage("service-counts.kind.saved", new Object[]{renamed.name()}, locale));
            return "redirect:/workspace/service-counts/kinds";
        }, () -> kindPage(kind, form, model));
    }

    @PostMapping("/kinds/{id}/retire")
    String retireKind(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        ServiceCountKind kind = kinds.retire(id).orElseThrow(Refusals::notFound);
        redirect.addFlashAttribute("notice", messages.getMessage("service-counts.kind.retired", new Object[]{kind.name()}, locale));
        return "redirect:/workspace/service-counts/kinds";
    }

    @PostMapping("/kinds/{id}/reinstate")
    String reinstateKind(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        ServiceCountKind kind = kinds.reinstate(id).orElseThrow(Refusals::notFound);
        redirect.addFlashAttribute("notice", messages.getMessage("service-counts.kind.reinstated", new Object[]{kind.name()}, locale));
        return "redirect:/workspace/service-counts/kinds";
    }

    private String listPage(int year, PeriodKind period, ServiceCountForm form, Model model) {
        LocalDate from = period.startsOn(year);
        LocalDate to = period.endsOn(year);
        model.addAttribute("year", year);
        model.addAttribute("period", period);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("years", PeriodKind.yearsOffered());
        model.addAttribute("periods", PeriodKind.filterKinds());
        model.addAttribute("totals", counts.totals(from, to));
        model.addAttribute("counts", counts.list(new ServiceCountQuery(from, to, null, null)));
        model.addAttribute("form", form);
        addChoices(model, kinds.list(false));
        return "servicecounts/service-counts";
    }

    private String countPage(ServiceCount count, ServiceCountForm form, Model model) {
        model.addAttribute("count", count);
        model.addAttribute("form", form);
        // A count of a kind retired since may still be corrected under its kind.
        List<ServiceCountKind> choices = new ArrayList<>(kinds.list(false));
        if (choices.stream().noneMatch(k -> k.id().equals(count.kindId()))) {
            kinds.find(count.kindId()).ifPresent(choices::add);
        }
        addChoices(model, choices);
        return "servicecounts/service-count-form";
    }

    private String kindsPage(ServiceCountKindForm form, Model model) {
        model.addAttribute("kinds", kinds.list(true));
        model.addAttribute("kindForm", form);
        return "servicecounts/service-count-kinds";
    }

    private String kindPage(ServiceCountKind kind, ServiceCountKindForm form, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("kindForm", form);
        return "servicecounts/service-count-kind-form";
    }

    /** The kinds a count may take and the units (the form offers the union's own office first). */
    private void addChoices(Model model, List<ServiceCountKind> kindChoices) {
        model.addAttribute("kindChoices", kindChoices);
        model.addAttribute("units", units.list());
    }

    private String saved(ServiceCount count, Locale locale) {
        return messages.getMessage("service-counts.saved", new Object[]{count.quantity(), count.unitOfCount(),
                count.kindName(), unitName(count, locale)}, locale);
    }

    private String unitName(ServiceCount count, Locale locale) {
        return count.unitName() != null ? count.unitName() : messages.getMessage("publications.office", null, locale);
    }

    private ServiceCount found(UUID id) {
        return counts.find(id).orElseThrow(Refusals::notFound);
    }


}
