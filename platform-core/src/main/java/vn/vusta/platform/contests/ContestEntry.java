package vn.vusta.platform.contests;

import java.util.List;
import java.util.UUID;

/**
 * An entry of an edition (bài dự thi, công trình, giải pháp, mô hình) with its authors in the order written; it was
 * submitted by a unit of the union ({@code unitId}, {@code unitName}) or an organisation named ({@code submittedBy}).
 */
public record ContestEntry(UUID id, String title, String field, UUID unitId, String unitName, String submittedBy,
                    List<ContestPerson> authors) {

    /** Who submitted it, as a list shows it. */
    public String submitter() {
        return unitName != null ? unitName : submittedBy;
    }
}
