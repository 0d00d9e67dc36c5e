package vn.vusta.platform.registry.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.registry.CensusEntry;
import vn.vusta.platform.registry.RegistryTotals;
import vn.vusta.platform.registry.Unit;
import vn.vusta.platform.registry.UnitKind;
import vn.vusta.platform.registry.UnitStatus;
import vn.vusta.platform.registry.Units;
import vn.vusta.platform.registry.Workspace;
import vn.vusta.platform.tenancy.AccessScope;
import vn.vusta.platform.tenancy.Provinces;
import vn.vusta.platform.tenancy.Tenants;
import vn.vusta.platform.web.PageController;
import vn.vusta.platform.web.PageForms;

/**
 * The registry's pages: a unit's record and member census and the form to add or change it, the workspace home of a
 * provincial union, and the national union's list of every provincial union on the platform.
 */
@PageController
class RegistryPageController {

    private final Units units;
    private final Provinces provinces;
    private final MessageSource messages;
    private final Workspace workspace;
    private final Tenants tenants;
    private final RegistryTotals totals;

    RegistryPageController(Units units, Provinces provinces, MessageSource messages, Workspace workspace, Tenants tenants, RegistryTotals totals) {
        this.units = units;
        this.provinces = provinces;
        this.messages = messages;
        this.workspace = workspace;
        this.tenants = tenants;
        this.totals = totals;
    }

    @GetMapping("/workspace/units/{id}")
    String unit(@PathVariable UUID id, Model model) {
        model.addAttribute("unit", units.find(id).orElseThrow(RegistryPageController::notFound));
        model.addAttribute("census", units.census(id));
        return "registry/unit";
    }

    @GetMapping("/workspace/units/new")
    String newUnit(Model model) {
        return form(model, new UnitForm(), null);
    }

    @GetMapping("/workspace/units/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        return form(model, UnitForm.of(units.find(id).orElseThrow(RegistryPageController::notFound)), id);
    }

    @PostMapping("/workspace/units")
    String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect, Locale locale) {
        return save(null, form, errors, model, redirect, locale);
    }

    @PostMapping("/workspace/units/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") UnitForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect, Locale locale) {
        return save(id, form, errors, model, redirect, locale);
    }

    @PostMapping("/workspace/units/{id}/census")
    String census(@PathVariable UUID id, @RequestParam LocalDate asOf,
                  @RequestParam int memberCount, RedirectAttributes redirect, Locale locale) {
        if (memberCount < 0) {
            redirect.addFlashAttribute("problem", messages.getMessage("unit.census.negative", null, locale));
        } else {
            try {
                units.recordCensus(id, new CensusEntry(asOf, memberCount)).orElseThrow(RegistryPageController::notFound);
                redirect.addFlashAttribute("notice", messages.getMessage("unit.census.saved", null, locale));
            } catch (RefusedException e) {
                redirect.addFlashAttribute("problem", messages.getMessage(e.reason(), e.arguments(), locale));
            }
        }
        return "redirect:/workspace/units/" + id;
    }

    private String save(UUID id, UnitForm form, BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
        return PageForms.saveOrShowAgain(errors, () -> id == null ? units.create(form.draft())
                : units.update(id, form.draft()).orElseThrow(RegistryPageController::notFound), saved -> {
            redirect.addFlashAttribute("notice", messages.getMessage("unit.saved", new Object[]{saved.name()}, locale));
            return "redirect:/workspace/units/" + saved.id();
        }, () -> form(model, form, id));
    }

    private String form(Model model, UnitForm form, UUID id) {
        model.addAttribute("form", form);
        model.addAttribute("unitId", id);
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("statuses", UnitStatus.values());
        model.addAttribute("provinces", provinces.all().stream().filter(p -> !p.former()).toList());
        return "registry/unit-form";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    // The workspace home of a provincial union (trang chủ Liên hiệp hội).
    @GetMapping("/workspace")
    String home(Model model) {
        model.addAttribute("summary", workspace.summary());
        model.addAttribute("kinds", UnitKind.values());
        return "registry/workspace";
    }

    /** The list of units, loaded into the workspace by htmx. */
    @GetMapping("/workspace/units")
    String units(Model model) {
        model.addAttribute("units", units.list());
        return "registry/workspace :: units";
    }

    // The national union's list of every provincial union on the platform.
    @GetMapping("/national/tenants")
    String list(Model model) {
        model.addAttribute("tenants", tenants.all());
        // Registry figures are tenant data: only the national scope reads them across tenants.
        boolean national = AccessScope.current().orElse(null) instanceof AccessScope.NationalAccess;
        model.addAttribute("national", national);
        model.addAttribute("units", national ? totals.unitsByTenant() : Map.of());
        return "registry/tenants";
    }
}
