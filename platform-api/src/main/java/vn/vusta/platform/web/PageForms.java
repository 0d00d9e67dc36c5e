package vn.vusta.platform.web;

import org.springframework.validation.BindingResult;
import vn.vusta.platform.refusal.RefusedException;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A page's form sent: when it is valid, its step runs and leads on (a redirect with a notice); when it is not, or the
 * step is refused, the same form comes again with what to fix beside its field.
 */
public final class PageForms {

    private PageForms() {
    }

    public static String submit(BindingResult errors, Supplier<String> step, Supplier<String> formAgain) {
        return submit(errors, UnaryOperator.identity(), step, formAgain);
    }

    /** The same, for a form whose fields are named otherwise than the refusals' (a row of a list, say). */
    public static String submit(BindingResult errors, UnaryOperator<String> fieldOf, Supplier<String> step,
                                Supplier<String> formAgain) {
        if (!errors.hasErrors()) {
            try {
                return step.get();
            } catch (RefusedException e) {
                Refusals.show(errors, fieldOf.apply(e.field()), e);
            }
        }
        return formAgain.get();
    }
}
