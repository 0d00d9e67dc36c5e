package vn.vusta.platform.publications;

/** An issue in a list of issues across publications, with the publication it belongs to. */
public record IssueListing(PublicationIssue issue, String publicationTitle, PublicationKind kind, String unitName) {
}
