package vn.vusta.platform.members;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An individual member (hội viên cá nhân) as the registry holds them, with their units and fields of expertise. */
public record Member(UUID id, String fullName, Gender gender, Integer birthYear, AcademicTitle academicTitle, Degree degree,
                     String specialty, String workplace, String email, String phone, String address, LocalDate joinedOn,
                     MemberStatus status, List<UnitRef> units, List<String> fieldCodes, boolean expert,
                     LocalDate processingConsentOn, LocalDate expertSharingConsentOn, Set<SharedExpertData> sharedData,
                     OffsetDateTime erasedAt) {

    /** What the member's form would send unchanged: the start of a change of one or two fields. */
    public MemberDraft draft() {
        return new MemberDraft(fullName, gender, birthYear, academicTitle, degree, specialty, workplace, email, phone,
                address, joinedOn, status, Set.copyOf(units.stream().map(UnitRef::id).toList()), Set.copyOf(fieldCodes),
                expert, processingConsentOn, expertSharingConsentOn, sharedData);
    }

    /** A unit the member belongs to. */
    public record UnitRef(UUID id, String name) {
    }

    public boolean erased() {
        return status == MemberStatus.ERASED;
    }
}
