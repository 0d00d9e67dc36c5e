package vn.vusta.platform.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.tenancy.Tenants;

import java.util.List;

/** The platform's tenants, as the IT administrators see them (lifecycle actions come with the tenant-lifecycle issue). */
@Controller
class TenantsController {

    private final Tenants tenants;

    TenantsController(Tenants tenants) {
        this.tenants = tenants;
    }

    @GetMapping("/")
    String page(Model model) {
        model.addAttribute("tenants", tenants.all());
        return "tenants";
    }

    @GetMapping("/api/v1/tenants")
    @ResponseBody
    List<Tenant> list() {
        return tenants.all();
    }

    @GetMapping("/denied")
    String denied() {
        return "denied";
    }
}
