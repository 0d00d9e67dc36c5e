package vn.vusta.platform.web;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
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
import vn.vusta.platform.registry.Unit;
import vn.vusta.platform.registry.UnitKind;
import vn.vusta.platform.registry.UnitStatus;
import vn.vusta.platform.registry.Units;
import vn.vusta.platform.tenancy.Provinces;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/** A unit's pages: its record and member census, and the form to add or change it. */
@Controller
class UnitsPageController {

    private final Units units;
    private final Provinces provinces;
    private final MessageSource messages;

    UnitsPageController(Units units, Provinces provinces, MessageSource messages) {
        this.units = units;
        this.provinces = provinces;
        this.messages = messages;
    }

    @GetMapping("/workspace/units/{id}")
    String unit(@PathVariable UUID id, Model model) {
        model.addAttribute("unit", units.find(id).orElseThrow(UnitsPageController::notFound));
        model.addAttribute("census", units.census(id));
        return "unit";
    }

    @GetMapping("/workspace/units/new")
    String newUnit(Model model) {
        return form(model, new UnitForm(), null);
    }

    @GetMapping("/workspace/units/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        return form(model, UnitForm.of(units.find(id).orElseThrow(UnitsPageController::notFound)), id);
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
    String census(@PathVariable UUID id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                  @RequestParam int memberCount, RedirectAttributes redirect, Locale locale) {
        if (memberCount < 0) {
            redirect.addFlashAttribute("problem", messages.getMessage("unit.census.negative", null, locale));
        } else {
            try {
                units.recordCensus(id, new CensusEntry(asOf, memberCount)).orElseThrow(UnitsPageController::notFound);
                redirect.addFlashAttribute("notice", messages.getMessage("unit.census.saved", null, locale));
            } catch (RefusedException e) {
                redirect.addFlashAttribute("problem", messages.getMessage(e.reason(), e.arguments(), locale));
            }
        }
        return "redirect:/workspace/units/" + id;
    }

    private String save(UUID id, UnitForm form, BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
        if (errors.hasErrors()) {
            return form(model, form, id);
        }
        try {
            Unit saved = id == null ? units.create(form.draft())
                    : units.update(id, form.draft()).orElseThrow(UnitsPageController::notFound);
            redirect.addFlashAttribute("notice", messages.getMessage("unit.saved", new Object[]{saved.name()}, locale));
            return "redirect:/workspace/units/" + saved.id();
        } catch (RefusedException e) {
            Refusals.show(errors, e);
        }
        return form(model, form, id);
    }

    private String form(Model model, UnitForm form, UUID id) {
        model.addAttribute("form", form);
        model.addAttribute("unitId", id);
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("statuses", UnitStatus.values());
        model.addAttribute("provinces", provinces.all().stream().filter(p -> !p.former()).toList());
        return "unit-form";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
