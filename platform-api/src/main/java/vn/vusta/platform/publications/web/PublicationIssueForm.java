package vn.vusta.platform.publications.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.vusta.platform.publications.IssueDraft;
import vn.vusta.platform.publications.PublicationIssue;

import java.time.LocalDate;

/** The page's form for an issue of a publication. */
record PublicationIssueForm(@NotBlank @Size(max = 50) String number,
                            @NotNull LocalDate publishedOn,
                            @NotNull Integer copies, @Size(max = 300) String title, @Size(max = 2000) String notes) {

    static PublicationIssueForm empty() {
        return new PublicationIssueForm("", null, null, "", "");
    }

    static PublicationIssueForm of(PublicationIssue issue) {
        return new PublicationIssueForm(issue.number(), issue.publishedOn(), issue.copies(), issue.title(), issue.notes());
    }

    IssueDraft draft() {
        return new IssueDraft(number, publishedOn, copies, title, notes);
    }
}
