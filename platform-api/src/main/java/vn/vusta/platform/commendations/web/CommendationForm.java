package vn.vusta.platform.commendations.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.vusta.platform.commendations.CommendationKind;
import vn.vusta.platform.commendations.DecisionDraft;
import vn.vusta.platform.commendations.RecipientDraft;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The page's form for a decision of commendation with its recipients, a row each; rows left empty are not
 * recipients. A bean rather than a record: the rows grow as the user asks for more.
 */
class CommendationForm {

    static final int ROWS_ADDED = 5;

    @NotNull
    private CommendationKind kind = CommendationKind.CERTIFICATE;
    @Size(max = 100)
    private String number;
    @NotNull
    private LocalDate decidedOn;
    @NotBlank
    @Size(max = 300)
    private String issuer;
    @NotNull
    private Integer year;
    @NotBlank
    @Size(max = 1000)
    private String reason;
    @Valid
    private List<CommendationRecipientForm> recipients = new ArrayList<>();

    static CommendationForm empty(String issuer) {
        var form = new CommendationForm();
        form.setIssuer(issuer);
        form.addRows();
        return form;
    }

    void addRows() {
        for (int i = 0; i < ROWS_ADDED; i++) {
            recipients.add(new CommendationRecipientForm());
        }
    }

    DecisionDraft draft() {
        return new DecisionDraft(kind, number, decidedOn, issuer, year, reason);
    }

    /** The rows filled in, each with the index of its row (the service names a row by its place among these). */
    List<Integer> filledRows() {
        var filled = new ArrayList<Integer>();
        for (int i = 0; i < recipients.size(); i++) {
            if (!recipients.get(i).isEmpty()) {
                filled.add(i);
            }
        }
        return filled;
    }

    List<RecipientDraft> recipientDrafts() {
        return filledRows().stream().map(i -> recipients.get(i).draft()).toList();
    }

    public CommendationKind getKind() {
        return kind;
    }

    public void setKind(CommendationKind kind) {
        this.kind = kind;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<CommendationRecipientForm> getRecipients() {
        return recipients;
    }

    public void setRecipients(List<CommendationRecipientForm> recipients) {
        this.recipients = recipients;
    }
}
