package vn.vusta.platform.publications;

import java.util.UUID;

/** A row of the publications list: the issues that came out in the period asked for and the copies printed. */
public record PublicationSummary(UUID id, String title, PublicationKind kind, UUID unitId, String unitName, int issues,
                                 long copies) {
}
