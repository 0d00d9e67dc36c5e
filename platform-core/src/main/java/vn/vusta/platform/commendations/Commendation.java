package vn.vusta.platform.commendations;

import vn.vusta.platform.files.StoredFile;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A decision of commendation with whom it commends, in the order written, how many of each kind, and the files
 * attached (its scan).
 */
public record Commendation(UUID id, CommendationKind kind, String number, LocalDate decidedOn, String issuer, int year,
                           String reason, int collectives, int individuals, List<Recipient> recipients,
                           List<StoredFile> attachments) {
}
