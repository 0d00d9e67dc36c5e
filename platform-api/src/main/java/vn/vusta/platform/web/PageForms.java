package vn.vusta.platform.web;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;
import vn.vusta.platform.refusal.RefusedException;

/**
 * The one shape of a page form's post: "save, or show the form again". A form that binds is written; when the
 * write is accepted the page goes where {@code saved} says (a redirect, after adding its notice); when the form does
 * not bind, or the domain refuses the write, the same form comes back with what was typed and the refusal beside
 * its field.
 */
public final class PageForms {

    private PageForms() {
    }

    public static <T> String saveOrShowAgain(BindingResult errors, Supplier<T> write, Function<? super T, String> saved,
                                             Supplier<String> showAgain) {
        return saveOrShowAgain(errors, write, saved, e -> Refusals.show(errors, e), showAgain);
    }

    /** The same for a form that places a refusal itself (its fields are named otherwise, or a row of it is meant). */
    public static <T> String saveOrShowAgain(BindingResult errors, Supplier<T> write, Function<? super T, String> saved,
                                             Consumer<? super RefusedException> refused, Supplier<String> showAgain) {
        if (!errors.hasErrors()) {
            try {
                return saved.apply(write.get());
            } catch (RefusedException e) {
                refused.accept(e);
            }
        }
        return showAgain.get();
    }
}
