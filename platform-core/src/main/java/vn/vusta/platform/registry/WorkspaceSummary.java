package vn.vusta.platform.registry;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/**
 * Units by kind and the members of the latest census, with the change on the same date a year earlier
 * ("23.628 hội viên, tăng 114 so với năm 2020").
 *
 * @param members            null when no census was reported
 * @param membersYearEarlier null when no census was reported on that date a year earlier
 */
public record WorkspaceSummary(Map<UnitKind, Integer> units, LocalDate censusDate, Long members, Long membersYearEarlier)
        implements Serializable {

    public int unitsOf(UnitKind kind) {
        return units.getOrDefault(kind, 0);
    }

    public Long memberChange() {
        return members == null || membersYearEarlier == null ? null : members - membersYearEarlier;
    }
}
