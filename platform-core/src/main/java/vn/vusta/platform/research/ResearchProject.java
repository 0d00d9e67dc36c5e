package vn.vusta.platform.research;

import vn.vusta.platform.files.StoredFile;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A research project (đề tài, dự án).
 *
 * @param leadUnitId     the unit in charge; null for the union's own office
 * @param leadUnitName   its name; null for the union's own office
 * @param leadResearcher the lead researcher's name: the member's when a member leads it
 * @param acceptance     once accepted, else null
 * @param stop           once stopped, else null
 * @param attachments    the files attached to it (decision, contract, acceptance minutes)
 */
public record ResearchProject(UUID id, String title, ResearchKind kind, ResearchLevel level, UUID leadUnitId,
                              String leadUnitName, UUID leadMemberId, String leadResearcher, String commissionedBy,
                              LocalDate startsOn, LocalDate endsOn, Long budget, ResearchStatus status,
                              Acceptance acceptance, Stop stop, String notes, List<StoredFile> attachments) {
}
