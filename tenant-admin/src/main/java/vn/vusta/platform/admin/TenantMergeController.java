package vn.vusta.platform.admin;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vusta.platform.identity.KeycloakAdmin;
import vn.vusta.platform.lifecycle.MergeRefusedException;
import vn.vusta.platform.lifecycle.TenantMerge;
import vn.vusta.platform.lifecycle.TenantRefusals;
import vn.vusta.platform.tenancy.Tenants;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Merging a tenant into another: a dry run first, then the merge; from the pages and the REST API. */
@Controller
class TenantMergeController {

    private final TenantMerge merge;
    private final Tenants tenants;
    private final MessageSource messages;
    private final AccountLines accounts;
    private final MergeRefusals refusals;

    TenantMergeController(TenantMerge merge, Tenants tenants, MessageSource messages, AccountLines accounts,
                          MergeRefusals refusals) {
        this.refusals = refusals;
        this.merge = merge;
        this.tenants = tenants;
        this.messages = messages;
        this.accounts = accounts;
    }

    @GetMapping("/api/v1/tenants/{code}/merge-plan")
    @ResponseBody
    TenantMerge.Plan plan(@PathVariable String code, @RequestParam String into,
                          @RequestParam(required = false) Set<String> keepRoles) {
        return merge.dryRun(code, into, keep(keepRoles));
    }

    @PostMapping("/api/v1/tenants/{code}/merge")
    @ResponseBody
    TenantMerge.Plan mergeFromApi(@PathVariable String code, @RequestParam String into,
                                  @RequestParam(required = false) Set<String> keepRoles) {
        return merge.merge(code, into, keep(keepRoles));
    }

    @GetMapping("/tenants/{code}/merge")
    String page(@PathVariable String code, @RequestParam(required = false) String into, Model model, Locale locale) {
        model.addAttribute("tenant", tenants.findByCode(code).orElseThrow(() -> TenantRefusals.unknownTenant(code)));
        model.addAttribute("tenants", tenants.all());
        if (into != null && !into.isBlank()) {
            model.addAttribute("into", into);
            try {
                model.addAttribute("plan", merge.dryRun(code, into));
            } catch (MergeRefusedException e) {
                model.addAttribute("failures", refusals.lines(e, locale));
            }
        }
        return "merge";
    }

    /**
     * A merge from the page that is refused or fails says why on the merge page, in Vietnamese, without offering the
     * merge again: the operator fixes what it names and runs the dry run again.
     */
    @PostMapping("/tenants/{code}/merge")
    String mergeFromPage(@PathVariable String code, @RequestParam String into,
                         @RequestParam(required = false) Set<String> keepRoles, Model model,
                         RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
        List<String> failures;
        try {
            TenantMerge.Plan done = merge.merge(code, into, keep(keepRoles));
            redirect.addFlashAttribute("notice", messages.getMessage("merge.done",
                    new Object[]{done.source().name(), done.target().name()}, locale));
            redirect.addFlashAttribute("accounts", accounts.moved(done.users(), done.target(), locale));
            return "redirect:/";
        } catch (MergeRefusedException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            failures = refusals.lines(e, locale);
        } catch (DataAccessException | org.jooq.exception.DataAccessException e) {
            response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
            failures = List.of(messages.getMessage("merge.failed", null, locale));
        } catch (KeycloakAdmin.KeycloakUnavailableException e) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            failures = List.of(messages.getMessage("merge.keycloak", null, locale));
        }
        model.addAttribute("tenant", tenants.findByCode(code).orElseThrow(() -> TenantRefusals.unknownTenant(code)));
        model.addAttribute("tenants", tenants.all());
        model.addAttribute("into", into);
        model.addAttribute("failures", failures);
        return "merge";
    }

    /** Nobody keeps their roles unless named: the users' ids (the page's boxes) or usernames. */
    private static Set<String> keep(Set<String> keepRoles) {
        return keepRoles == null ? Set.of() : keepRoles;
    }

    /** The database step is one transaction: whatever failed in it (Spring's or jOOQ's batch errors), nothing stayed. */
    @ExceptionHandler({DataAccessException.class, org.jooq.exception.DataAccessException.class})
    ResponseEntity<ProblemDetail> failed(RuntimeException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                messages.getMessage("merge.failed", null, locale));
        problem.setTitle(messages.getMessage("merge.refused", null, locale));
        return ResponseEntity.internalServerError().body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> keycloakDown(KeycloakAdmin.KeycloakUnavailableException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                messages.getMessage("merge.keycloak", null, locale));
        problem.setTitle(messages.getMessage("merge.refused", null, locale));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(MergeRefusedException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                String.join(" ", refusals.lines(e, locale)));
        problem.setTitle(messages.getMessage("merge.refused", null, locale));
        List<Map<String, Object>> records = refusals.records(e, locale);
        if (!records.isEmpty()) {
            problem.setProperty("records", records);
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
