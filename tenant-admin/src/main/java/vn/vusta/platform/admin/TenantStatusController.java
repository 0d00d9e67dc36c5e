package vn.vusta.platform.admin;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vusta.platform.lifecycle.TenantLifecycle;
import vn.vusta.platform.tenancy.Tenant;

import java.util.Locale;

/** Suspending and reactivating a tenant, from the pages and the REST API. */
@Controller
class TenantStatusController {

    private final TenantLifecycle lifecycle;
    private final MessageSource messages;

    TenantStatusController(TenantLifecycle lifecycle, MessageSource messages) {
        this.lifecycle = lifecycle;
        this.messages = messages;
    }

    @PostMapping("/api/v1/tenants/{code}/suspension")
    @ResponseBody
    Tenant suspend(@PathVariable String code) {
        return lifecycle.suspend(code);
    }

    @DeleteMapping("/api/v1/tenants/{code}/suspension")
    @ResponseBody
    Tenant reactivate(@PathVariable String code) {
        return lifecycle.reactivate(code);
    }

    @PostMapping("/tenants/{code}/suspend")
    String suspendFromPage(@PathVariable String code, RedirectAttributes redirect, Locale locale) {
        Tenant tenant = lifecycle.suspend(code);
        redirect.addFlashAttribute("notice", messages.getMessage("tenant.suspended.notice", new Object[]{tenant.name()}, locale));
        return "redirect:/";
    }

    @PostMapping("/tenants/{code}/reactivate")
    String reactivateFromPage(@PathVariable String code, RedirectAttributes redirect, Locale locale) {
        Tenant tenant = lifecycle.reactivate(code);
        redirect.addFlashAttribute("notice", messages.getMessage("tenant.reactivated.notice", new Object[]{tenant.name()}, locale));
        return "redirect:/";
    }
}
