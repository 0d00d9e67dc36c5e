package vn.vusta.platform.reportexports;

/** A report written as a file to download: its name (bao-cao-6-thang-2021-thanh-hoa.docx), type and bytes. */
public record ReportFile(String fileName, String contentType, byte[] bytes) {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
