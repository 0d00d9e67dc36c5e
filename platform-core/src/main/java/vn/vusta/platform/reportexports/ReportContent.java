package vn.vusta.platform.reportexports;

import vn.vusta.platform.reports.ReportStatus;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** What a report's files are written from: its header fields, period, figures and narrative sections. */
record ReportContent(UUID tenantId, UUID id, String issuingBody, String provinceName, int year, String periodKind,
                     String title, String numberSymbol, String place, LocalDate issuedOn, String recipients,
                     String signerTitle, String signerName, ReportStatus status, List<Figure> figures,
                     Map<String, String> sections) {

    /**
     * Not issued yet: a draft, one before the Standing Committee (it may still change there) or one returned for
     * revision. Its document is a draft ("DỰ THẢO", no number); approved and after, the issued document.
     */
    boolean draft() {
        return status == ReportStatus.DRAFT || status == ReportStatus.SUBMITTED || status == ReportStatus.RETURNED;
    }

    /** An indicator of the report's year with the report's values for it (null where there are none). */
    record Figure(String code, String name, String unit, String area, BigDecimal computed, BigDecimal entered,
                  String reason) {

        /** The figure reported: the entered value if any, else the computed one. */
        BigDecimal reported() {
            return entered != null ? entered : computed;
        }
    }

    /** "bao-cao-6-thang-2021-thanh-hoa": the kind of file, the period and the province, without diacritics. */
    String fileName(String prefix, String extension) {
        return prefix + "-" + Texts.get("period.slug." + periodKind) + "-" + year + "-" + slug(provinceName) + "." + extension;
    }

    private static String slug(String text) {
        String plain = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
