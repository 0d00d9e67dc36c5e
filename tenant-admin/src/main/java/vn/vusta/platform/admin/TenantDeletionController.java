package vn.vusta.platform.admin;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vusta.platform.lifecycle.TenantDeletion;
import vn.vusta.platform.lifecycle.TenantRefusals;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.tenancy.Tenants;

import java.util.Locale;

/** Deleting a tenant, confirmed by typing its code, from the pages and the REST API. */
@Controller
class TenantDeletionController {

    private final TenantDeletion deletion;
    private final Tenants tenants;
    private final MessageSource messages;
    private final AccountLines accounts;
    private final DeletionSummary summary;

    TenantDeletionController(TenantDeletion deletion, Tenants tenants, MessageSource messages, AccountLines accounts,
                             DeletionSummary summary) {
        this.summary = summary;
        this.deletion = deletion;
        this.tenants = tenants;
        this.messages = messages;
        this.accounts = accounts;
    }

    @DeleteMapping("/api/v1/tenants/{code}")
    @ResponseBody
    TenantDeletion.Deleted deleteFromApi(@PathVariable String code, @RequestParam(required = false) String confirm) {
        return deletion.delete(code, confirm);
    }

    @GetMapping("/tenants/{code}/delete")
    String confirmation(@PathVariable String code, Model model, Locale locale) {
        model.addAttribute("tenant", tenants.findByCode(code).orElseThrow(() -> TenantRefusals.unknownTenant(code)));
        model.addAttribute("accounts", accounts.departing(deletion.departingUsers(code), false, locale));
        return "delete";
    }

    @PostMapping("/tenants/{code}/delete")
    String deleteFromPage(@PathVariable String code, @RequestParam(required = false) String confirm, Model model,
                          RedirectAttributes redirect, Locale locale) {
        try {
            TenantDeletion.Deleted deleted = deletion.delete(code, confirm);
            redirect.addFlashAttribute("notice", messages.getMessage("tenant.deleted.notice",
                    new Object[]{deleted.tenant().name()}, locale));
            redirect.addFlashAttribute("accounts", accounts.departing(deleted.users(), true, locale));
            redirect.addFlashAttribute("removed", String.join(" ", summary.lines(deleted, locale)));
            return "redirect:/";
        } catch (RefusedException e) {
            if (!TenantRefusals.DELETION_UNCONFIRMED.equals(e.reason())) {
                throw e; // an unknown tenant: Refusals' page
            }
            model.addAttribute("tenant", tenants.findByCode(code).orElseThrow(() -> TenantRefusals.unknownTenant(code)));
            model.addAttribute("accounts", accounts.departing(deletion.departingUsers(code), false, locale));
            model.addAttribute("failure", messages.getMessage("tenant.delete.unconfirmed", new Object[]{code}, locale));
            return "delete";
        }
    }
}
