package vn.vusta.platform.web;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;
import vn.vusta.platform.refusal.RefusedException;

/** What a page shows of a refused write, and of a record that is not there. */
public final class Refusals {

    private Refusals() {
    }

    /** The refusal beside the field it concerns, or above the form when the form has no such field. */
    public static void show(BindingResult errors, RefusedException e) {
        show(errors, e.field(), e);
    }

    /** The same, beside the form's own field for the request's (the list a position in it belongs to, say). */
    public static void show(BindingResult errors, String field, RefusedException e) {
        if (errors.getFieldType(field) != null) {
            errors.rejectValue(field, e.reason(), e.arguments(), e.reason());
        } else {
            errors.reject(e.reason(), e.arguments(), e.reason());
        }
    }

    /**
     * Runs a page's step that redirects to the page it was pressed on: the notice when it is done, else the refusal
     * and its field, both shown after the redirect. A step that finds nothing is the page's 404.
     */
    public static void flash(Supplier<? extends Optional<?>> step, String done, RedirectAttributes redirect, MessageSource messages,
                      Locale locale) {
        try {
            step.get().orElseThrow(Refusals::notFound);
            redirect.addFlashAttribute("notice", messages.getMessage(done, null, locale));
        } catch (RefusedException e) {
            flash(e, redirect, messages, locale);
        }
    }

    /** The refusal and its field, shown after the redirect; a refusal that found nothing is the page's 404. */
    public static void flash(RefusedException e, RedirectAttributes redirect, MessageSource messages, Locale locale) {
        if (e.isNotFound()) {
            throw notFound();
        }
        redirect.addFlashAttribute("refusal", messages.getMessage(e.reason(), e.arguments(), locale));
        redirect.addFlashAttribute("refusalField", e.field());
    }

    /** Absent, or another union's: the two look the same. */
    public static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
