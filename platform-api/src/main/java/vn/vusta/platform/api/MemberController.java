package vn.vusta.platform.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.members.AcademicTitle;
import vn.vusta.platform.members.Degree;
import vn.vusta.platform.members.Gender;
import vn.vusta.platform.members.Member;
import vn.vusta.platform.members.MemberDraft;
import vn.vusta.platform.members.MemberPage;
import vn.vusta.platform.members.MemberQuery;
import vn.vusta.platform.members.MemberStatus;
import vn.vusta.platform.members.Members;
import vn.vusta.platform.members.PersonalData;
import vn.vusta.platform.members.SharedExpertData;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** The individual members and experts of the user's union, and each person's rights over their data. */
@RestController
@RequestMapping("/api/v1/members")
class MemberController {

    record MemberRequest(@NotBlank @Size(max = 200) String fullName, Gender gender,
                         @Min(1900) @Max(2100) Integer birthYear, AcademicTitle academicTitle, Degree degree,
                         @Size(max = 300) String specialty, @Size(max = 300) String workplace,
                         @Schema(example = "hoivien@example.vn") @Email @Size(max = 200) String email, @Schema(example = "0912 345 678") @Pattern(regexp = MemberDraft.PHONE) @Size(max = 30) String phone, @Size(max = 300) String address,
                         LocalDate joinedOn, MemberStatus status, Set<UUID> unitIds, Set<String> fieldCodes,
                         Boolean expert, LocalDate processingConsentOn, LocalDate expertSharingConsentOn,
                         Set<SharedExpertData> sharedData) {

        MemberDraft draft() {
            return new MemberDraft(fullName.strip().replaceAll("\\s+", " "), gender, birthYear, academicTitle, degree,
                    Text.orNull(specialty), Text.orNull(workplace), Text.orNull(email), Text.orNull(phone),
                    Text.orNull(address), joinedOn, status, unitIds, fieldCodes, Boolean.TRUE.equals(expert), processingConsentOn,
                    expertSharingConsentOn, sharedData);
        }
    }

    private final Members members;
    private final PersonalData personalData;

    MemberController(Members members, PersonalData personalData) {
        this.members = members;
        this.personalData = personalData;
    }

    @GetMapping
    @Operation(summary = "Search the members: q ignores diacritics and case and tolerates small typos; sorted by given name")
    MemberPage search(@RequestParam(required = false) String q, @RequestParam(required = false) UUID unitId,
                      @RequestParam(required = false) String fieldCode, @RequestParam(required = false) AcademicTitle title,
                      @RequestParam(required = false) Degree degree, @RequestParam(required = false) MemberStatus status,
                      @RequestParam(required = false) Boolean expert,
                      @RequestParam(defaultValue = "0") @Min(0) int page,
                      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return members.search(new MemberQuery(q, unitId, fieldCode, title, degree, status, expert), page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One member, with units and fields of expertise")
    Member get(@PathVariable UUID id) {
        return members.find(id).orElseThrow(() -> RefusedException.notFound("member", id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a member")
    Member create(@Valid @RequestBody MemberRequest request) {
        return members.create(request.draft());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a member")
    Member update(@PathVariable UUID id, @Valid @RequestBody MemberRequest request) {
        return members.update(id, request.draft()).orElseThrow(() -> RefusedException.notFound("member", id));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a member entered by mistake (a person who asks to be forgotten is erased instead)")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        if (!members.delete(id)) {
            throw RefusedException.notFound("member", id);
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/personal-data")
    @Operation(summary = "Everything the platform holds on one person (Decree 13/2023/NĐ-CP)")
    PersonalData.Dossier personalData(@PathVariable UUID id) {
        return personalData.dossier(id).orElseThrow(() -> RefusedException.notFound("member", id));
    }

    @PostMapping("/{id}/erasure")
    @Operation(summary = "Erase a person on request: counts stay, nothing identifies them (tenant administrators)")
    ResponseEntity<Void> erase(@PathVariable UUID id) {
        if (!personalData.erase(id)) {
            throw RefusedException.notFound("member", id);
        }
        return ResponseEntity.noContent().build();
    }
}
