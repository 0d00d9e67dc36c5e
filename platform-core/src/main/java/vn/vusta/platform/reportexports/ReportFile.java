package vn.vusta.platform.reportexports;

import vn.vusta.platform.documents.PdfRendering;

/** A report written as a file to download: its name (bao-cao-6-thang-2021-thanh-hoa.docx), type and bytes. */
public record ReportFile(String fileName, String contentType, byte[] bytes) {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";

    /** This .docx as PDF/A-2b, same name with .pdf (bao-cao-6-thang-2021-thanh-hoa.pdf). */
    public ReportFile pdfA(PdfRendering rendering) {
        if (!DOCX.equals(contentType)) {
            throw new IllegalStateException(fileName + " is no .docx to render as PDF/A");
        }
        return new ReportFile(fileName.substring(0, fileName.lastIndexOf('.')) + ".pdf", PDF, rendering.pdfA(bytes));
    }
}
