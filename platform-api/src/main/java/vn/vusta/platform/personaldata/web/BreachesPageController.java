package vn.vusta.platform.personaldata.web;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vusta.platform.personaldata.Breach;
import vn.vusta.platform.personaldata.BreachDeadline;
import vn.vusta.platform.personaldata.Breaches;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.web.PageController;
import vn.vusta.platform.web.PageForms;
import vn.vusta.platform.web.Refusals;

import java.util.Locale;
import java.util.UUID;

/** The union administrator's breach register, with its form and each open breach's notification form. */
@PageController
@RequestMapping("/workspace/personal-data")
class BreachesPageController {

    private final Breaches breaches;
    private final MessageSource messages;

    BreachesPageController(Breaches breaches, MessageSource messages) {
        this.breaches = breaches;
        this.messages = messages;
    }

    @GetMapping("/breaches")
    String breaches(Model model) {
        return register(BreachForm.empty(), model);
    }

    @PostMapping("/breaches")
    String record(@Valid @ModelAttribute("breachRequest") BreachForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect, Locale locale) {
        return PageForms.saveOrShowAgain(errors, () -> breaches.record(form.draft()), breach -> {
            redirect.addFlashAttribute("notice", messages.getMessage("personaldata.breaches.saved",
                    new Object[]{BreachDeadline.shown(breach.notificationDeadline())}, locale));
            return "redirect:/workspace/personal-data/breaches#breach-" + breach.id();
        }, e -> Refusals.show(errors, e), () -> register(form, model));
    }

    @PostMapping("/breaches/{id}/notification")
    String notification(@PathVariable UUID id, @Valid @ModelAttribute("notificationRequest") NotificationForm form,
                        BindingResult errors, RedirectAttributes redirect, Locale locale) {
        if (errors.hasErrors()) {
            FieldError error = errors.getFieldError();
            redirect.addFlashAttribute("refusal", error != null ? messages.getMessage(error, locale)
                    : messages.getMessage(errors.getAllErrors().getFirst(), locale));
            redirect.addFlashAttribute("refusalBreach", id);
        } else {
            try {
                breaches.notify(id, form.notification()).orElseThrow(Refusals::notFound);
                redirect.addFlashAttribute("notice", messages.getMessage("personaldata.breach.notification.saved", null, locale));
            } catch (RefusedException e) {
                Refusals.flash(e, redirect, messages, locale);
                redirect.addFlashAttribute("refusalBreach", id);
            }
        }
        return "redirect:/workspace/personal-data/breaches#breach-" + id;
    }

    private String register(BreachForm form, Model model) {
        model.addAttribute("breachRequest", form);
        model.addAttribute("breaches", breaches.list().stream().map(BreachView::of).toList());
        return "personaldata/breaches";
    }

    /** A breach as the page writes it: its moments in Vietnam time. */
    record BreachView(Breach breach, String detectedAt, String deadline, String authorityNotifiedAt,
                      String personsNotifiedAt, String recordedAt) {

        static BreachView of(Breach b) {
            return new BreachView(b, BreachDeadline.shown(b.detectedAt()), BreachDeadline.shown(b.notificationDeadline()),
                    BreachDeadline.shown(b.authorityNotifiedAt()), BreachDeadline.shown(b.personsNotifiedAt()),
                    BreachDeadline.shown(b.recordedAt()));
        }
    }
}
