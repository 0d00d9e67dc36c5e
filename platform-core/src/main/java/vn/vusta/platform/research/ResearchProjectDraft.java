package vn.vusta.platform.research;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A research project as the user gives it.
 *
 * @param leadUnitId     the unit in charge (đơn vị chủ trì); null for the union's own office
 * @param leadMemberId   the lead researcher (chủ nhiệm) when a member of the registry, or null
 * @param leadResearcher the lead researcher's name when not a member, or null
 * @param commissionedBy the authority that ordered or funds it (UBND tỉnh, Sở KH&amp;CN, …), or null
 * @param endsOn         the planned end
 * @param budget         in đồng, or null when not known
 */
public record ResearchProjectDraft(String title, ResearchKind kind, ResearchLevel level, UUID leadUnitId,
                                   UUID leadMemberId, String leadResearcher, String commissionedBy, LocalDate startsOn,
                                   LocalDate endsOn, Long budget, String notes) {
}
