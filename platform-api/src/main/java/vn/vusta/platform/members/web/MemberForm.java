package vn.vusta.platform.members.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.vusta.platform.members.AcademicTitle;
import vn.vusta.platform.members.Degree;
import vn.vusta.platform.members.Gender;
import vn.vusta.platform.members.Member;
import vn.vusta.platform.members.MemberDraft;
import vn.vusta.platform.members.MemberStatus;
import vn.vusta.platform.members.SharedExpertData;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/** The member form of the pages: what the user typed, bound and checked field by field. */
class MemberForm {

    @NotBlank
    @Size(max = 200)
    private String fullName;
    private Gender gender;
    @Min(1900)
    @Max(2100)
    private Integer birthYear;
    private AcademicTitle academicTitle;
    private Degree degree;
    @Size(max = 300)
    private String specialty;
    @Size(max = 300)
    private String workplace;
    @Email
    @Size(max = 200)
    private String email;
    @Pattern(regexp = MemberDraft.PHONE)
    @Size(max = 30)
    private String phone;
    @Size(max = 300)
    private String address;
    private LocalDate joinedOn;
    private MemberStatus status = MemberStatus.ACTIVE;
    private List<UUID> unitIds = new ArrayList<>();
    private List<String> fieldCodes = new ArrayList<>();
    private boolean expert;
    private LocalDate processingConsentOn;
    private LocalDate expertSharingConsentOn;
    private List<SharedExpertData> sharedData = new ArrayList<>();

    static MemberForm of(Member m) {
        var form = new MemberForm();
        form.fullName = m.fullName();
        form.gender = m.gender();
        form.birthYear = m.birthYear();
        form.academicTitle = m.academicTitle();
        form.degree = m.degree();
        form.specialty = m.specialty();
        form.workplace = m.workplace();
        form.email = m.email();
        form.phone = m.phone();
        form.address = m.address();
        form.joinedOn = m.joinedOn();
        form.status = m.status();
        form.unitIds = new ArrayList<>(m.units().stream().map(Member.UnitRef::id).toList());
        form.fieldCodes = new ArrayList<>(m.fieldCodes());
        form.expert = m.expert();
        form.processingConsentOn = m.processingConsentOn();
        form.expertSharingConsentOn = m.expertSharingConsentOn();
        form.sharedData = new ArrayList<>(m.sharedData());
        return form;
    }

    MemberDraft draft() {
        return new MemberDraft(fullName.strip().replaceAll("\\s+", " "), gender, birthYear, academicTitle, degree,
                blankToNull(specialty), blankToNull(workplace), blankToNull(email), blankToNull(phone), blankToNull(address),
                joinedOn, status, new HashSet<>(unitIds), new HashSet<>(fieldCodes), expert, processingConsentOn,
                expertSharingConsentOn, new HashSet<>(sharedData));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }
    public Integer getBirthYear() { return birthYear; }
    public void setBirthYear(Integer birthYear) { this.birthYear = birthYear; }
    public AcademicTitle getAcademicTitle() { return academicTitle; }
    public void setAcademicTitle(AcademicTitle academicTitle) { this.academicTitle = academicTitle; }
    public Degree getDegree() { return degree; }
    public void setDegree(Degree degree) { this.degree = degree; }
    public String getSpecialty() { return specialty; }
    public void setSpecialty(String specialty) { this.specialty = specialty; }
    public String getWorkplace() { return workplace; }
    public void setWorkplace(String workplace) { this.workplace = workplace; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public LocalDate getJoinedOn() { return joinedOn; }
    public void setJoinedOn(LocalDate joinedOn) { this.joinedOn = joinedOn; }
    public MemberStatus getStatus() { return status; }
    public void setStatus(MemberStatus status) { this.status = status; }
    public List<UUID> getUnitIds() { return unitIds; }
    public void setUnitIds(List<UUID> unitIds) { this.unitIds = unitIds; }
    public List<String> getFieldCodes() { return fieldCodes; }
    public void setFieldCodes(List<String> fieldCodes) { this.fieldCodes = fieldCodes; }
    public boolean isExpert() { return expert; }
    public void setExpert(boolean expert) { this.expert = expert; }
    public LocalDate getProcessingConsentOn() { return processingConsentOn; }
    public void setProcessingConsentOn(LocalDate processingConsentOn) { this.processingConsentOn = processingConsentOn; }
    public LocalDate getExpertSharingConsentOn() { return expertSharingConsentOn; }
    public void setExpertSharingConsentOn(LocalDate expertSharingConsentOn) { this.expertSharingConsentOn = expertSharingConsentOn; }
    public List<SharedExpertData> getSharedData() { return sharedData; }
    public void setSharedData(List<SharedExpertData> sharedData) { this.sharedData = sharedData; }
}
