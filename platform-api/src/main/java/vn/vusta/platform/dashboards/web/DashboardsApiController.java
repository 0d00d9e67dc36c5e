package vn.vusta.platform.dashboards.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.dashboards.Dashboard;
import vn.vusta.platform.dashboards.Dashboards;
import vn.vusta.platform.dashboards.NationalDashboard;
import vn.vusta.platform.tenancy.AccessScope;

/** The dashboards (tổng quan): a union's figures for a year, and the nation's with every union's row. */
@RestController
class DashboardsApiController {

    private final Dashboards dashboards;

    DashboardsApiController(Dashboards dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/api/v1/dashboard")
    @Operation(summary = "The union's figures for a year (this year when none): members, units, events by kind and month, "
            + "consultancy plan against done, reports of the year's periods. Follows every write within seconds")
    Dashboard province(@RequestParam(required = false) @Min(1990) @Max(2200) Integer year) {
        return dashboards.province(year == null ? VietnamTime.today().getYear() : year);
    }

    @GetMapping("/api/v1/national/dashboard")
    @Operation(summary = "The nation's figures for a year (this year when none): every active union's summed, each union's "
            + "row, and the status of each union's report for each period of the year")
    NationalDashboard national(@RequestParam(required = false) @Min(1990) @Max(2200) Integer year) {
        // A platform administrator passes the URL rules but reads no tenant's data.
        if (!(AccessScope.current().orElse(null) instanceof AccessScope.NationalAccess)) {
            throw new AccessDeniedException("The national dashboard is for the national union's reviewers");
        }
        return dashboards.national(year == null ? VietnamTime.today().getYear() : year);
    }
}
