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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.vusta.platform.lifecycle.OnboardingInProgressException;
import vn.vusta.platform.lifecycle.OnboardingIncompleteException;
import vn.vusta.platform.lifecycle.OnboardingResult;
import vn.vusta.platform.lifecycle.TenantExistsException;
import vn.vusta.platform.lifecycle.TenantOnboarding;
import vn.vusta.platform.lifecycle.UnknownProvinceException;
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

    @GetMapping("/tenants/new")
    String form(Model model) {
        model.addAttribute("form", new OnboardingForm("", "", "", "", "", ""));
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
            errors.rejectValue(e.field(), e.reason(), e.arguments(), e.reason());
            return "onboarding";
        } catch (TenantExistsException | OnboardingInProgressException | UnknownProvinceException | OnboardingIncompleteException e) {
            model.addAttribute("failure", problem(e, locale).getDetail());
            return "onboarding";
        }
    }

    @ExceptionHandler({TenantExistsException.class, OnboardingInProgressException.class, UnknownProvinceException.class,
            OnboardingIncompleteException.class})
    ResponseEntity<ProblemDetail> refused(RuntimeException e, Locale locale) {
        ProblemDetail problem = problem(e, locale);
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    /** A refused field (the first administrator's address belongs to an account): problem+json naming it. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(RefusedException e, Locale locale) {
        String message = messages.getMessage(e.reason(), e.arguments(), locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.field() + ": " + message);
        problem.setTitle(messages.getMessage("problem.invalid", null, locale));
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", message)));
        return ResponseEntity.unprocessableContent().body(problem);
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

    private ProblemDetail problem(RuntimeException e, Locale locale) {
        return switch (e) {
            case TenantExistsException exists -> problem(HttpStatus.CONFLICT, "problem.conflict",
                    messages.getMessage("onboarding.exists", new Object[]{exists.code()}, locale), locale);
            case OnboardingInProgressException underWay -> problem(HttpStatus.CONFLICT, "problem.conflict",
                    messages.getMessage("onboarding.inprogress", new Object[]{underWay.code()}, locale), locale);
            case UnknownProvinceException province -> problem(HttpStatus.BAD_REQUEST, "problem.invalid",
                    messages.getMessage("onboarding.province.unknown", new Object[]{province.provinceCode()}, locale), locale);
            case OnboardingIncompleteException incomplete -> problem(HttpStatus.SERVICE_UNAVAILABLE, "onboarding.incomplete.title",
                    messages.getMessage("onboarding.incomplete", new Object[]{incomplete.code()}, locale), locale);
            default -> throw e;
        };
    }

    private ProblemDetail problem(HttpStatus status, String titleCode, String detail, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.getMessage(titleCode, null, locale));
        return problem;
    }
}
