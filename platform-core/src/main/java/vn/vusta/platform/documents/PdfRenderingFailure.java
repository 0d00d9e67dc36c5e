package vn.vusta.platform.documents;

/**
 * A document that could not be rendered as PDF/A: no renderer installed (LibreOffice absent, the .docx still works),
 * or the conversion failed or ran past its time. Either way the request is refused clearly, never half answered.
 */
public class PdfRenderingFailure extends RuntimeException {

    public enum Reason { NOT_INSTALLED, FAILED }

    private final Reason reason;

    public PdfRenderingFailure(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
