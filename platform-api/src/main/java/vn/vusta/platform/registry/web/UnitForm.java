package vn.vusta.platform.registry.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.vusta.platform.registry.FoundingDecision;
import vn.vusta.platform.registry.Unit;
import vn.vusta.platform.registry.UnitDraft;
import vn.vusta.platform.registry.UnitKind;
import vn.vusta.platform.registry.UnitStatus;

import java.time.LocalDate;

/** The unit form of the pages: what the user typed, bound and checked field by field. */
class UnitForm {

    @NotBlank
    @Size(max = 300)
    private String name;
    @Size(max = 50)
    private String abbreviation;
    @NotNull
    private UnitKind kind = UnitKind.MEMBER_ASSOCIATION;
    @Size(max = 300)
    private String fieldOfWork;
    @Size(max = 100)
    private String foundingDecisionNumber;
    private LocalDate foundingDecisionDate;
    @Size(max = 300)
    private String foundingDecisionIssuer;
    @Size(max = 200)
    private String commune;
    private String provinceCode;
    @Size(max = 200)
    private String leaderName;
    @Size(max = 50)
    private String contactPhone;
    @Email
    @Size(max = 200)
    private String contactEmail;
    private UnitStatus status = UnitStatus.ACTIVE;
    private LocalDate dissolvedOn;

    static UnitForm of(Unit unit) {
        var form = new UnitForm();
        form.name = unit.name();
        form.abbreviation = unit.abbreviation();
        form.kind = unit.kind();
        form.fieldOfWork = unit.fieldOfWork();
        form.foundingDecisionNumber = unit.foundingDecision().number();
        form.foundingDecisionDate = unit.foundingDecision().date();
        form.foundingDecisionIssuer = unit.foundingDecision().issuer();
        form.commune = unit.commune();
        form.provinceCode = unit.provinceCode();
        form.leaderName = unit.leaderName();
        form.contactPhone = unit.contactPhone();
        form.contactEmail = unit.contactEmail();
        form.status = unit.status();
        form.dissolvedOn = unit.dissolvedOn();
        return form;
    }

    UnitDraft draft() {
        return new UnitDraft(name.strip(), text(abbreviation), kind, text(fieldOfWork),
                new FoundingDecision(text(foundingDecisionNumber), foundingDecisionDate, text(foundingDecisionIssuer)),
                text(commune), text(provinceCode), text(leaderName), text(contactPhone), text(contactEmail), status, dissolvedOn);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getAbbreviation() { return abbreviation; }
    public void setAbbreviation(String abbreviation) { this.abbreviation = abbreviation; }
    public UnitKind getKind() { return kind; }
    public void setKind(UnitKind kind) { this.kind = kind; }
    public String getFieldOfWork() { return fieldOfWork; }
    public void setFieldOfWork(String fieldOfWork) { this.fieldOfWork = fieldOfWork; }
    public String getFoundingDecisionNumber() { return foundingDecisionNumber; }
    public void setFoundingDecisionNumber(String number) { this.foundingDecisionNumber = number; }
    public LocalDate getFoundingDecisionDate() { return foundingDecisionDate; }
    public void setFoundingDecisionDate(LocalDate date) { this.foundingDecisionDate = date; }
    public String getFoundingDecisionIssuer() { return foundingDecisionIssuer; }
    public void setFoundingDecisionIssuer(String issuer) { this.foundingDecisionIssuer = issuer; }
    public String getCommune() { return commune; }
    public void setCommune(String commune) { this.commune = commune; }
    public String getProvinceCode() { return provinceCode; }
    public void setProvinceCode(String provinceCode) { this.provinceCode = provinceCode; }
    public String getLeaderName() { return leaderName; }
    public void setLeaderName(String leaderName) { this.leaderName = leaderName; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public UnitStatus getStatus() { return status; }
    public void setStatus(UnitStatus status) { this.status = status; }
    public LocalDate getDissolvedOn() { return dissolvedOn; }
    public void setDissolvedOn(LocalDate dissolvedOn) { this.dissolvedOn = dissolvedOn; }
}
