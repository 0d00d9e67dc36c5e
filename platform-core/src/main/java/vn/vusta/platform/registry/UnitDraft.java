package vn.vusta.platform.registry;

import vn.vusta.platform.text.FreeText;

import java.time.LocalDate;

/** What a user enters for a unit; checked by the caller and by {@link Units}. */
public record UnitDraft(String name, String abbreviation, UnitKind kind, String fieldOfWork,
                        FoundingDecision foundingDecision, String commune, String provinceCode, String leaderName,
                        String contactPhone, String contactEmail, UnitStatus status, LocalDate dissolvedOn) {

    public UnitDraft {
        name = FreeText.name(name);
        status = status == null ? UnitStatus.ACTIVE : status;
        foundingDecision = foundingDecision == null ? new FoundingDecision(null, null, null) : foundingDecision;
    }

    /** A unit known by name and kind only, the rest to be filled in later. */
    public static UnitDraft named(String name, String abbreviation, UnitKind kind) {
        return new UnitDraft(name, abbreviation, kind, null, null, null, null, null, null, null, null, null);
    }
}
