package vn.vusta.platform.members.web;

import java.io.Serializable;
import java.time.LocalDate;
import vn.vusta.platform.api.Text;
import vn.vusta.platform.members.ConsentDraft;
import vn.vusta.platform.members.ConsentPurpose;
import vn.vusta.platform.members.ConsentWay;

/** The member page's form to record a consent given or withdrawn. */
public class ConsentForm implements Serializable {

    private ConsentPurpose purpose;
    private Boolean given;
    private LocalDate effectiveOn;
    private ConsentWay way;
    private String evidence;

    ConsentDraft draft() {
        return new ConsentDraft(purpose, given, effectiveOn, way, Text.orNull(evidence));
    }

    public ConsentPurpose getPurpose() { return purpose; }
    public void setPurpose(ConsentPurpose purpose) { this.purpose = purpose; }
    public Boolean getGiven() { return given; }
    public void setGiven(Boolean given) { this.given = given; }
    public LocalDate getEffectiveOn() { return effectiveOn; }
    public void setEffectiveOn(LocalDate effectiveOn) { this.effectiveOn = effectiveOn; }
    public ConsentWay getWay() { return way; }
    public void setWay(ConsentWay way) { this.way = way; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String evidence) { this.evidence = evidence; }
}
