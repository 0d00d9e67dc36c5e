package vn.vusta.platform.members;

import vn.vusta.platform.text.FreeText;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What a user enters for an individual member (hội viên cá nhân), checked by the caller. The full name is written
 * family name first ("Hoàng Văn Kể"). Fields of expertise are codes of the national classification
 * ({@code expertise_field}); the consents are the dates the person gave them, each kept as a record ({@link Consents}).
 */
public record MemberDraft(String fullName, Gender gender, Integer birthYear, AcademicTitle academicTitle, Degree degree,
                          String specialty, String workplace, String email, String phone, String address,
                          LocalDate joinedOn, MemberStatus status, Set<UUID> unitIds, Set<String> fieldCodes,
                          boolean expert, LocalDate processingConsentOn, LocalDate expertSharingConsentOn,
                          Set<SharedExpertData> sharedData) {

    /**
     * A phone number as the importer reads one: 9 to 11 digits, with +, spaces, dots, brackets or hyphens between, at
     * most 20 characters after the +; so what the API and the page accept, an export carries back in. Empty is no
     * phone (a page form sends the empty field).
     */
    public static final String PHONE = "|(?=\\+?[0-9 .()-]{8,20}$)\\+?(?:[ .()-]*[0-9]){9,11}[ .()-]*";


    public MemberDraft {
        // Whoever built the draft (API, page, import), the name is one the search splits into its words.
        fullName = FreeText.name(fullName);
        unitIds = unitIds == null ? Set.of() : Set.copyOf(unitIds);
        fieldCodes = fieldCodes == null ? Set.of() : Set.copyOf(fieldCodes);
        sharedData = sharedData == null ? Set.of() : Set.copyOf(sharedData);
        status = status == null ? MemberStatus.ACTIVE : status;
    }
}
