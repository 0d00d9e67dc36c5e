package vn.vusta.platform.registry.web;

import vn.vusta.platform.web.PageController;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.vusta.platform.registry.RegistryTotals;
import vn.vusta.platform.tenancy.AccessScope;
import vn.vusta.platform.tenancy.Tenants;

import java.util.Map;

/** The national union's list of every provincial union on the platform. */
@PageController
class TenantsPageController {

    private final Tenants tenants;
    private final RegistryTotals totals;

    TenantsPageController(Tenants tenants, RegistryTotals totals) {
        this.tenants = tenants;
        this.totals = totals;
    }

    @GetMapping("/national/tenants")
    String list(Model model) {
        model.addAttribute("tenants", tenants.all());
        // Registry figures are tenant data: only the national scope reads them across tenants.
        boolean national = AccessScope.current().orElse(null) instanceof AccessScope.NationalAccess;
        model.addAttribute("national", national);
        model.addAttribute("units", national ? totals.unitsByTenant() : Map.of());
        return "registry/tenants";
    }
}
