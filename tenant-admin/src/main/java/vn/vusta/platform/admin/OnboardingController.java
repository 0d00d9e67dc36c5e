package vn.vusta.platform.admin;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.vusta.platform.lifecycle.OnboardingIncompleteException;
import vn.vusta.platform.lifecycle.OnboardingResult;
import vn.vusta.platform.lifecycle.TenantOnboarding;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.tenancy.Provinces;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Onboarding a tenant from the pages and the REST API. */
@Controller
class OnboardingController {

    private final TenantOnboarding onboarding;
    private final Provinces provinces;
    private final MessageSource messages;

    OnboardingController(TenantOnboarding onboarding, Provinces provinces, MessageSource messages) {
        this.onboarding = onboarding;
        this.provinces = provinces;
        this.messages = messages;
    }

    @PostMapping("/api/v1/tenants")
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    OnboardingResult onboardFromApi(@Valid @RequestBody OnboardingForm form) {
        return onboarding.onboard(form.request());
    }

    /** The form; for the code of an onboarding that did not finish, filled with what it was asked, to finish it. */
    @GetMapping("/tenants/new")
    String form(@RequestParam(required = false) String code, Model model) {
        model.addAttribute("form", onboarding.unfinished().stream().filter(u -> u.request().code().equals(code)).findFirst()
                .map(u -> new OnboardingForm(u.request().code(), u.request().name(), u.request().provinceCode(),
                        u.request().adminEmail(), u.request().adminFirstName(), u.request().adminLastName()))
                .orElse(new OnboardingForm("", "", "", "", "", "")));
        model.addAttribute("provinces", provinces.all());
        return "onboarding";
    }

    @PostMapping("/tenants")
    String onboardFromPage(@Valid @ModelAttribute("form") OnboardingForm form, BindingResult errors, Model model, Locale locale) {
        model.addAttribute("provinces", provinces.all());
        if (errors.hasErrors()) {
            return "onboarding";
        }
        try {
            model.addAttribute("result", onboarding.onboard(form.request()));
            return "onboarded";
        } catch (RefusedException e) {
            if (e.field() != null) {
                errors.rejectValue(e.field(), e.reason(), e.arguments(), e.reason());
            } else {
                model.addAttribute("failure", messages.getMessage(e.reason(), e.arguments(), locale));
            }
            return "onboarding";
        } catch (OnboardingIncompleteException e) {
            model.addAttribute("failure", problem(e, locale).getDetail());
            return "onboarding";
        }
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> incomplete(OnboardingIncompleteException e, Locale locale) {
        ProblemDetail problem = problem(e, locale);
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e, Locale locale) {
        List<Map<String, String>> fields = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", messages.getMessage(error, locale)))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, fields.stream()
                .map(f -> f.get("field") + ": " + f.get("message")).reduce((a, b) -> a + "; " + b).orElse(""));
        problem.setTitle(messages.getMessage("problem.invalid", null, locale));
        problem.setProperty("errors", fields);
        return ResponseEntity.badRequest().body(problem);
    }

    /** Onboarding stopped at a step that can be retried: 503, saying that running it again carries on. */
    private ProblemDetail problem(OnboardingIncompleteException e, Locale locale) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "onboarding.incomplete.title",
                messages.getMessage("onboarding.incomplete", new Object[]{e.code()}, locale), locale);
    }

    private ProblemDetail problem(HttpStatus status, String titleCode, String detail, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.getMessage(titleCode, null, locale));
        return problem;
    }
}
