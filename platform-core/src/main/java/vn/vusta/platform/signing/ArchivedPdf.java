package vn.vusta.platform.signing;

/** The bytes of an archived PDF, exactly as stored, to download. */
public record ArchivedPdf(String fileName, byte[] bytes) {
}
