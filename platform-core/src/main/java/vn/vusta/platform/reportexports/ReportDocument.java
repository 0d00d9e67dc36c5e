package vn.vusta.platform.reportexports;

import vn.vusta.platform.documents.AdministrativeDocument;
import vn.vusta.platform.documents.DocumentBlock;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A report as an administrative document: the header from the report's own fields (with the usual wording where
 * one is still empty: a number left to fill in, today's date), then I. results by area of work, each area's text
 * and figures; II. difficulties; III. proposals; IV. tasks for the next period.
 */
final class ReportDocument {

    /** The areas of work in the order of the report (V22). */
    static final List<String> AREAS = List.of("ORGANISATION", "INFORMATION", "CONSULTANCY", "SCIENCE_TECHNOLOGY",
            "CONTESTS_AWARDS", "HONOURING", "EMULATION_COMMENDATION");
    private static final String KIND = "Báo cáo";

    private ReportDocument() {
    }

    static AdministrativeDocument of(ReportContent report, LocalDate today) {
        var body = new ArrayList<DocumentBlock>();
        body.add(new DocumentBlock.Heading(Texts.get("document.results")));
        int number = 0;
        for (String area : AREAS) {
            body.add(new DocumentBlock.Subheading(++number + ". " + Texts.get("area." + area)));
            section(body, report.sections().get(area), false);
            List<List<String>> rows = report.figures().stream().filter(f -> f.area().equals(area))
                    .map(f -> List.of(f.name(), f.unit(), figure(f.reported()))).toList();
            if (!rows.isEmpty()) {
                body.add(new DocumentBlock.Table(List.of(
                        new DocumentBlock.Column(Texts.get("document.column.indicator"), 60, false),
                        new DocumentBlock.Column(Texts.get("document.column.unit"), 20, false),
                        new DocumentBlock.Column(Texts.get("document.column.figure"), 20, true)), rows));
            }
        }
        body.add(new DocumentBlock.Heading(Texts.get("document.difficulties")));
        section(body, report.sections().get("DIFFICULTIES"), true);
        body.add(new DocumentBlock.Heading(Texts.get("document.proposals")));
        section(body, report.sections().get("PROPOSALS"), true);
        body.add(new DocumentBlock.Heading(nextTasks(report)));
        section(body, report.sections().get("NEXT_TASKS"), true);

        return new AdministrativeDocument(Texts.get("document.parentBody"), report.issuingBody(),
                orElse(report.numberSymbol(), Texts.get("document.numberSymbol")),
                orElse(report.place(), report.provinceName()),
                report.issuedOn() != null ? report.issuedOn() : today,
                KIND, subject(report.title()), body,
                lines(orElse(report.recipients(), Texts.get("document.recipients"))),
                lines(orElse(report.signerTitle(), Texts.get("document.signerTitle"))),
                report.signerName(), report.draft());
    }

    private static void section(List<DocumentBlock> body, String html, boolean sayNone) {
        if (html != null && !html.isBlank()) {
            body.add(new DocumentBlock.RichText(html));
        } else if (sayNone) {
            body.add(new DocumentBlock.Paragraph(Texts.get("document.none")));
        }
    }

    private static String nextTasks(ReportContent report) {
        return switch (report.periodKind()) {
            case "H1" -> Texts.get("document.nextTasks.H1", report.year());
            case "YEAR" -> Texts.get("document.nextTasks.YEAR", report.year() + 1);
            default -> Texts.get("document.nextTasks");
        };
    }

    /** The title says "Báo cáo kết quả …"; under the kind BÁO CÁO the subject reads "Kết quả …". */
    private static String subject(String title) {
        String rest = title.regionMatches(true, 0, KIND + " ", 0, KIND.length() + 1)
                ? title.substring(KIND.length() + 1).strip() : title;
        return rest.isEmpty() ? title : rest.substring(0, 1).toUpperCase(Locale.forLanguageTag("vi")) + rest.substring(1);
    }

    /** Vietnamese figures: 23.628 and 12,5; an indicator without a figure stays empty. */
    static String figure(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("vi"));
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
