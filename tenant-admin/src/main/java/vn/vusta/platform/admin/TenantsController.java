package vn.vusta.platform.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.vusta.platform.lifecycle.TenantOnboarding;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.tenancy.Tenants;

import java.util.List;

/** The platform's tenants, as the IT administrators see them (lifecycle actions come with the tenant-lifecycle issue). */
@Controller
class TenantsController {

    private final Tenants tenants;
    private final TenantOnboarding onboarding;

    TenantsController(Tenants tenants, TenantOnboarding onboarding) {
        this.tenants = tenants;
        this.onboarding = onboarding;
    }

    /** The tenants, below what needs doing: the onboardings that did not finish. */
    @GetMapping("/")
    String page(Model model) {
        model.addAttribute("tenants", tenants.all());
        model.addAttribute("unfinished", onboarding.unfinished());
        return "tenants";
    }

    @GetMapping("/api/v1/tenants")
    @ResponseBody
    List<Tenant> list() {
        return tenants.all();
    }

    /** Any method: a refused POST is forwarded here as a POST. */
    @RequestMapping("/denied")
    String denied(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "denied";
    }

    /**
     * A form whose CSRF token is stale ({@link StaleForms}): nothing was done; the button leads back to the form's
     * page (its Referer, as a path on this site only), else to the list.
     */
    @RequestMapping("/stale")
    String stale(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("again", samePage(request.getHeader("Referer")));
        return "stale";
    }

    private static String samePage(String referer) {
        if (referer != null) {
            try {
                java.net.URI page = java.net.URI.create(referer);
                if (page.getRawPath() != null && page.getRawPath().startsWith("/") && !page.getRawPath().startsWith("//")) {
                    return page.getRawPath() + (page.getRawQuery() == null ? "" : "?" + page.getRawQuery());
                }
            } catch (IllegalArgumentException e) {
                // Not an address: back to the list.
            }
        }
        return "/";
    }
}
