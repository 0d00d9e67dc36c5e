package vn.vusta.platform.signing;

import vn.vusta.platform.calendar.VietnamTime;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * A PDF of a report kept in the archive, without its bytes: its version (1, 2, … in the order they came), why it was
 * kept, its SHA-256 (hex), what verifying it found when it was stored, and who stored it when.
 */
public record SignedDocument(UUID id, UUID reportId, int version, DocumentKind kind, String fileName, String sha256,
                             List<SignatureCheck> signatures, OffsetDateTime verifiedAt, String storedBy,
                             OffsetDateTime storedAt) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public Verdict verdict() {
        return new Verdict(signatures);
    }

    /** A moment as the pages show it: Vietnamese time, day first ("06/12/2026 15:03"); empty for none. */
    public static String shown(OffsetDateTime moment) {
        return moment == null ? "" : moment.atZoneSameInstant(VietnamTime.ZONE).format(SHOWN);
    }
}
