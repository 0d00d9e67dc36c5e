package vn.vusta.platform.publications;

import java.util.UUID;

/**
 * A publication as the user gives it.
 *
 * @param unitId  the publishing unit; null for the union's own office (cơ quan Liên hiệp hội)
 * @param licence the publishing licence (giấy phép xuất bản) or a book's publisher (nhà xuất bản), or null
 */
public record PublicationDraft(String title, PublicationKind kind, UUID unitId, String licence, String notes) {
}
