package vn.vusta.platform.reports;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.indicators.ComputedFigures;
import vn.vusta.platform.indicators.IndicatorComputation;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.tenancy.TenantTransactions;
import vn.vusta.platform.tenancy.Tenants;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures the demo's reports carry (R__demo_tenants_reports.sql) are those the platform computes from the demo's
 * records: should the records or the computation change, this fails and lists the rows to write instead.
 */
@PlatformApiTest
@Order(1) // First of all: the other tests add records to the demo unions, which would change the figures.
class DemoReportFiguresTest {

    private static final Map<String, List<String>> REPORTS = Map.of(
            "thanh-hoa", List.of("0195d2a0-0038-7000-8050-000000000001", "0195d2a0-0038-7000-8050-000000000002"),
            "hai-phong", List.of("0195d2a0-0031-7000-8050-000000000001", "0195d2a0-0031-7000-8050-000000000002"),
            "hung-yen", List.of("0195d2a0-0033-7000-8050-000000000001", "0195d2a0-0033-7000-8050-000000000002"));

    @Autowired
    Reports reports;
    @Autowired
    IndicatorComputation computation;
    @Autowired
    TenantTransactions transactions;
    @Autowired
    Tenants tenants;

    @Test
    void everyDemoReportCarriesTheFiguresComputedFromTheDemoRecords() {
        var drift = new ArrayList<String>();
        int compared = 0;
        for (var entry : REPORTS.entrySet()) {
            Tenant tenant = tenants.findByCode(entry.getKey()).orElseThrow();
            for (String id : entry.getValue()) {
                Report report = transactions.inTenant(tenant, () -> reports.find(UUID.fromString(id)).orElseThrow());
                ComputedFigures figures = transactions.inTenant(tenant,
                        () -> computation.compute(report.period().startsOn(), report.period().endsOn()));
                for (Figure figure : report.figures()) {
                    Long expected = figures.valueOf(figure.code(), figure.source());
                    BigDecimal stored = figure.computed();
                    compared++;
                    boolean same = expected == null ? stored == null : stored != null && stored.compareTo(BigDecimal.valueOf(expected)) == 0;
                    if (!same) {
                        drift.add("report %s %s: stored %s, computed %s".formatted(id, figure.code(), stored, expected));
                    }
                }
            }
        }
        assertThat(compared).as("figures compared").isGreaterThan(6 * 25);
        assertThat(drift).as("figures of the demo reports that differ from the computation").isEmpty();
    }
}
