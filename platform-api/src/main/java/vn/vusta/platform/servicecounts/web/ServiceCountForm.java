package vn.vusta.platform.servicecounts.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.vusta.platform.servicecounts.ServiceCount;
import vn.vusta.platform.servicecounts.ServiceCountDraft;

import java.time.LocalDate;
import java.util.UUID;

/** The page's form for a count: no unit is the union's own office; the period's two days are both included. */
record ServiceCountForm(@NotNull UUID kindId, UUID unitId,
                        @NotNull LocalDate periodStart,
                        @NotNull LocalDate periodEnd,
                        @NotNull Integer quantity, @Size(max = 1000) String notes) {

    /** A new count over the period the list shows. */
    static ServiceCountForm over(LocalDate periodStart, LocalDate periodEnd) {
        return new ServiceCountForm(null, null, periodStart, periodEnd, null, "");
    }

    static ServiceCountForm of(ServiceCount count) {
        return new ServiceCountForm(count.kindId(), count.unitId(), count.periodStart(), count.periodEnd(),
                count.quantity(), count.notes());
    }

    ServiceCountDraft draft() {
        return new ServiceCountDraft(kindId, unitId, periodStart, periodEnd, quantity, notes);
    }
}
