package vn.vusta.platform.personaldata.web;

import java.time.LocalDate;
import java.util.UUID;
import vn.vusta.platform.api.Text;
import vn.vusta.platform.personaldata.RequestDraft;
import vn.vusta.platform.personaldata.RequestKind;

/** The register's form for a request that has just arrived, for the member whose page it was opened from. */
public class RequestForm {

    private UUID memberId;
    private RequestKind kind;
    private LocalDate receivedOn;
    private String details;

    RequestDraft draft() {
        return new RequestDraft(memberId, kind, receivedOn, Text.orNull(details));
    }

    public UUID getMemberId() { return memberId; }
    public void setMemberId(UUID memberId) { this.memberId = memberId; }
    public RequestKind getKind() { return kind; }
    public void setKind(RequestKind kind) { this.kind = kind; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    public String getDetails() { return details; }
    public void setDetails(String details) { this.details = details; }
}
