package vn.vusta.platform.members.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
import vn.vusta.platform.api.Text;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.members.AcademicTitle;
import vn.vusta.platform.members.Consent;
import vn.vusta.platform.members.ConsentDraft;
import vn.vusta.platform.members.ConsentPurpose;
import vn.vusta.platform.members.ConsentWay;
import vn.vusta.platform.members.Consents;
import vn.vusta.platform.members.Degree;
import vn.vusta.platform.members.ExpertDirectory;
import vn.vusta.platform.members.ExpertiseFields;
import vn.vusta.platform.members.Gender;
import vn.vusta.platform.members.Member;
import vn.vusta.platform.members.MemberDraft;
import vn.vusta.platform.members.MemberPage;
import vn.vusta.platform.members.MemberQuery;
import vn.vusta.platform.members.MemberStatus;
import vn.vusta.platform.members.Members;
import vn.vusta.platform.members.PersonalData;
import vn.vusta.platform.members.SharedExpertData;

/** The individual members and experts of the user's union, and each person's rights over their data. */
@RestController
class MembersApiController {

    private final Members members;
    private final PersonalData personalData;
    private final ExpertiseFields fields;
    private final ExpertDirectory directory;
    private final Consents consents;

    MembersApiController(Members members, PersonalData personalData, ExpertiseFields fields, ExpertDirectory directory,
                         Consents consents) {
        this.members = members;
        this.personalData = personalData;
        this.fields = fields;
        this.directory = directory;
        this.consents = consents;
    }

    record ConsentRequest(ConsentPurpose purpose, Boolean given, LocalDate effectiveOn,
                          @Schema(description = "WRITTEN, ELECTRONIC or VOICE") ConsentWay way,
                          @Schema(example = "Phiếu đăng ký hội viên số 125/2026") String evidence) {
    }

    /** A member's consent for each purpose (the latest record), and every record. */
    record ConsentsView(Map<ConsentPurpose, Consent> current, List<Consent> history) {
    }

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

    @GetMapping("/api/v1/members")
    @Operation(summary = "Search the members: q ignores diacritics and case and tolerates small typos; sorted by given name")
    MemberPage search(@RequestParam(required = false) String q, @RequestParam(required = false) UUID unitId,
                      @RequestParam(required = false) String fieldCode, @RequestParam(required = false) AcademicTitle title,
                      @RequestParam(required = false) Degree degree, @RequestParam(required = false) MemberStatus status,
                      @RequestParam(required = false) Boolean expert,
                      @RequestParam(defaultValue = "0") @Min(0) int page,
                      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return members.search(new MemberQuery(q, unitId, fieldCode, title, degree, status, expert), page, size);
    }

    @GetMapping("/api/v1/members/{id}")
    @Operation(summary = "One member, with units and fields of expertise")
    Member get(@PathVariable UUID id) {
        return members.find(id).orElseThrow(() -> RefusedException.notFound("member", id));
    }

    @PostMapping("/api/v1/members")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a member")
    Member create(@Valid @RequestBody MemberRequest request) {
        return members.create(request.draft());
    }

    @PutMapping("/api/v1/members/{id}")
    @Operation(summary = "Change a member")
    Member update(@PathVariable UUID id, @Valid @RequestBody MemberRequest request) {
        return members.update(id, request.draft()).orElseThrow(() -> RefusedException.notFound("member", id));
    }

    @DeleteMapping("/api/v1/members/{id}")
    @Operation(summary = "Remove a member entered by mistake (a person who asks to be forgotten is erased instead)")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        if (!members.delete(id)) {
            throw RefusedException.notFound("member", id);
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/members/{id}/personal-data")
    @Operation(summary = "Everything the platform holds on one person (Law 91/2025/QH15, Art. 4 and 15)")
    PersonalData.Dossier personalData(@PathVariable UUID id) {
        return personalData.dossier(id).orElseThrow(() -> RefusedException.notFound("member", id));
    }

    @PostMapping("/api/v1/members/{id}/erasure")
    @Operation(summary = "Erase a person on request: counts stay, nothing identifies them (tenant administrators)")
    ResponseEntity<Void> erase(@PathVariable UUID id) {
        if (!personalData.erase(id)) {
            throw RefusedException.notFound("member", id);
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/members/{id}/consents")
    @Operation(summary = "A member's consents, purpose by purpose, with every giving and withdrawal (Law 91/2025/QH15, Art. 9)")
    ConsentsView consents(@PathVariable UUID id) {
        members.find(id).orElseThrow(() -> RefusedException.notFound("member", id));
        return new ConsentsView(consents.current(id), consents.history(id));
    }

    @PostMapping("/api/v1/members/{id}/consents")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a consent given or withdrawn; a withdrawal stops that purpose's processing at once")
    Consent recordConsent(@PathVariable UUID id, @RequestBody ConsentRequest request) {
        return consents.record(id, new ConsentDraft(request.purpose(), request.given(), request.effectiveOn(),
                        request.way(), Text.orNull(request.evidence())))
                .orElseThrow(() -> RefusedException.notFound("member", id));
    }

    // The fields of science and technology members' expertise is filed under.
    @GetMapping("/api/v1/expertise-fields")
    @Operation(summary = "The fields of science and technology of the national classification, with their branches")
    List<ExpertiseFields.Field> list() {
        return fields.list();
    }

    // The national expert directory, for the national union's reviewers: shared data only, never contacts.
    @GetMapping("/api/v1/national/experts")
    @Operation(summary = "Experts of every province by field (a field finds its branches) and name")
    ExpertDirectory.Page search(@RequestParam(required = false) String fieldCode, @RequestParam(required = false) String q,
                                @RequestParam(defaultValue = "0") @Min(0) int page,
                                @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return directory.search(fieldCode, q, page, size);
    }
}
