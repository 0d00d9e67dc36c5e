package vn.vusta.platform.publications;

import vn.vusta.platform.files.StoredFile;

import java.util.List;
import java.util.UUID;

/**
 * A publication (a series of issues, or a book) with its issues, newest first, and the files attached to it.
 *
 * @param unitId   the publishing unit; null for the union's own office
 * @param unitName its name, null for the union's own office
 */
public record Publication(UUID id, String title, PublicationKind kind, UUID unitId, String unitName, String licence,
                          String notes, List<PublicationIssue> issues, List<StoredFile> attachments) {
}
