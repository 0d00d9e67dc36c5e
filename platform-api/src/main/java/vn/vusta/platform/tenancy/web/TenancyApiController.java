package vn.vusta.platform.tenancy.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vusta.platform.tenancy.Tenants;

import java.util.List;

/** Every provincial union on the platform, for the national union and the IT administrators. */
@RestController
@RequestMapping("/api/v1/tenants")
class TenancyApiController {

    private final Tenants tenants;

    TenancyApiController(Tenants tenants) {
        this.tenants = tenants;
    }

    @GetMapping
    @Operation(summary = "All tenants, with their status")
    List<TenantView> list() {
        return tenants.all().stream().map(TenantView::of).toList();
    }
}
