package vn.vusta.platform.signing;

/** Verifies every signature of a PDF against the configured trust list. */
public interface SignatureVerifier {

    Verdict verify(byte[] pdf);
}
