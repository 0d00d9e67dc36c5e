package vn.vusta.platform.spreadsheets;

import java.time.OffsetDateTime;

/**
 * What a confirmed import did: records created, updated, found identical (nothing written), and duplicates
 * skipped at the user's choice.
 */
public record ImportResult(int created, int updated, int unchanged, int skipped, String confirmedBy,
                           OffsetDateTime confirmedAt) {
}
