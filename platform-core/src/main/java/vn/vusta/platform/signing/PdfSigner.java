package vn.vusta.platform.signing;

/** Signs PDFs: PAdES baseline B-T at least (B-LT where revocation data is reachable), visible in the signature block. */
public interface PdfSigner {

    /**
     * The PDF signed by the key, the signature shown as the block says; a PDF signed before keeps its signatures
     * (the new one is an incremental update).
     */
    byte[] sign(byte[] pdf, SigningKey key, SignatureBlock block);
}
