package vn.vusta.platform.commendations.web;

import jakarta.validation.constraints.Size;
import vn.vusta.platform.commendations.RecipientDraft;
import vn.vusta.platform.commendations.RecipientKind;

import java.util.UUID;

/** One to commend, on the decision form (a row) or the decision's page: a unit, a member or a name. */
class CommendationRecipientForm {

    private RecipientKind kind = RecipientKind.COLLECTIVE;
    private UUID unitId;
    private UUID memberId;
    @Size(max = 300)
    private String name;
    @Size(max = 300)
    private String detail;

    /** Nothing that says who: a row left empty. */
    boolean isEmpty() {
        return unitId == null && memberId == null && (name == null || name.isBlank()) && (detail == null || detail.isBlank());
    }

    RecipientDraft draft() {
        return new RecipientDraft(kind, unitId, memberId, name, detail);
    }

    public RecipientKind getKind() {
        return kind;
    }

    public void setKind(RecipientKind kind) {
        this.kind = kind;
    }

    public UUID getUnitId() {
        return unitId;
    }

    public void setUnitId(UUID unitId) {
        this.unitId = unitId;
    }

    public UUID getMemberId() {
        return memberId;
    }

    public void setMemberId(UUID memberId) {
        this.memberId = memberId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDetail() {
        return detail;
    }

    public void setDetail(String detail) {
        this.detail = detail;
    }
}
