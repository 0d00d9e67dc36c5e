package vn.vusta.platform.documents;

/**
 * A .docx written by the platform as PDF/A-2b, faithful to it: rendered by LibreOffice headless, fonts embedded.
 */
public interface PdfRendering {

    /** Whether a renderer is there (LibreOffice installed); without one, {@link #pdfA} refuses. */
    boolean available();

    /** The document as PDF/A-2b. */
    byte[] pdfA(byte[] docx);
}
