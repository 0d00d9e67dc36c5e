package vn.vusta.platform.reportexports;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.documents.AdministrativeDocument;
import vn.vusta.platform.documents.AdministrativeDocuments;
import vn.vusta.platform.documents.DocumentBlock;
import vn.vusta.platform.nationalreview.ClusterRows;
import vn.vusta.platform.nationalreview.NationalAggregate;
import vn.vusta.platform.nationalreview.NationalReview;
import vn.vusta.platform.nationalreview.NationalTable;
import vn.vusta.platform.nationalreview.PeriodStatus;
import vn.vusta.platform.nationalreview.Province;
import vn.vusta.platform.nationalreview.TableRow;
import vn.vusta.platform.reportingcalendar.Indicator;
import vn.vusta.platform.reportingcalendar.IndicatorArea;
import vn.vusta.platform.reportingcalendar.ReportingPeriod;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The national union's documents of a period, in the Decree 30 layout: the aggregate report of the provincial
 * unions ("Kết quả hoạt động của các Liên hiệp hội tỉnh, thành phố 10 tháng đầu năm 2021") — who reported, the
 * national totals of the accepted reports by area, the table by province as its appendix — and the table alone.
 * The table goes area by area (provinces down, the area's indicators across), as a page can hold it.
 */
@Service
public class NationalDocuments {

    private final NationalReview review;
    private final AdministrativeDocuments documents;
    private final String signerName;

    /**
     * @param signerName who signs the national union's documents (its chairman), written under the signature block;
     *                   configuration ({@code vusta.national-documents.signer-name}) rather than the reviewer who
     *                   downloads: the reviewers prepare the documents, the chairman signs them
     */
    NationalDocuments(NationalReview review, AdministrativeDocuments documents,
                      @Value("${vusta.national-documents.signer-name:}") String signerName) {
        this.review = review;
        this.documents = documents;
        this.signerName = signerName.isBlank() ? null : signerName.strip();
    }

    /** The aggregate report of the period, or empty for a period that does not exist. */
    @Transactional(readOnly = true)
    public Optional<ReportFile> aggregate(UUID periodId) {
        return review.status(periodId).map(status -> {
            NationalAggregate aggregate = review.aggregate(periodId).orElseThrow();
            NationalTable table = review.table(periodId).orElseThrow();
            var body = new ArrayList<DocumentBlock>();
            body.add(new DocumentBlock.Heading(Texts.get("national.reporting")));
            body.add(new DocumentBlock.Paragraph(Texts.get("national.reporting.rates", status.sent(), status.expected(),
                    ReportDocument.figure(status.reportingRate()), status.onTime(),
                    ReportDocument.figure(status.onTimeRate()), aggregate.included().size())));
            body.add(new DocumentBlock.Paragraph(Texts.get("national.reporting.included", names(aggregate.included()))));
            if (!aggregate.missing().isEmpty()) {
                body.add(new DocumentBlock.Paragraph(Texts.get("national.reporting.missing", names(aggregate.missing()))));
            }
            body.add(new DocumentBlock.Heading(Texts.get("national.results")));
            int number = 0;
            for (IndicatorArea area : IndicatorArea.values()) {
                List<List<String>> rows = aggregate.lines().stream()
                        .filter(line -> line.indicator().area() == area)
                        .map(line -> List.of(line.indicator().name(), line.indicator().unit(),
                                ReportDocument.figure(line.total()), String.valueOf(line.provinces())))
                        .toList();
                if (rows.isEmpty()) {
                    continue;
                }
                body.add(new DocumentBlock.Subheading(++number + ". " + Texts.get("area." + area.name())));
                body.add(new DocumentBlock.Table(List.of(
                        new DocumentBlock.Column(Texts.get("document.column.indicator"), 50, false),
                        new DocumentBlock.Column(Texts.get("document.column.unit"), 18, false),
                        new DocumentBlock.Column(Texts.get("national.column.total"), 16, true),
                        new DocumentBlock.Column(Texts.get("national.column.provinces"), 16, true)), rows));
            }
            body.add(new DocumentBlock.Heading(Texts.get("national.appendix")));
            body.addAll(tables(table));
            return file("tong-hop", status.period(), document(status.period(), Texts.get("national.aggregate.subject",
                    periodPhrase(status.period())), body));
        });
    }

    /** The indicator table of the period by province, grouped by cluster, as a document. */
    @Transactional(readOnly = true)
    public Optional<ReportFile> table(UUID periodId) {
        return review.table(periodId).map(table -> file("bang-chi-tieu", table.period(), document(table.period(),
                Texts.get("national.table.subject", periodPhrase(table.period())), tables(table))));
    }

    private ReportFile file(String name, ReportingPeriod period, AdministrativeDocument document) {
        return new ReportFile(name + "-" + period.kind().name().toLowerCase() + "-" + period.year() + ".docx",
                ReportFile.DOCX, documents.write(document));
    }

    private AdministrativeDocument document(ReportingPeriod period, String subject, List<DocumentBlock> body) {
        return new AdministrativeDocument(null, Texts.get("national.issuingBody"), Texts.get("national.numberSymbol"),
                Texts.get("national.place"), VietnamTime.today(), Texts.get("document.kind"), subject, body,
                lines(Texts.get("national.recipients")), lines(Texts.get("national.signerTitle")), signerName);
    }

    /** One table per area of work: the provinces by cluster with the cluster's subtotal, then the national total. */
    private static List<DocumentBlock> tables(NationalTable table) {
        var blocks = new ArrayList<DocumentBlock>();
        int number = 0;
        for (IndicatorArea area : IndicatorArea.values()) {
            List<Indicator> indicators = table.indicators().stream().filter(i -> i.area() == area).toList();
            if (indicators.isEmpty()) {
                continue;
            }
            blocks.add(new DocumentBlock.Subheading(++number + ". " + Texts.get("area." + area.name())));
            blocks.add(new DocumentBlock.Paragraph(indicators.stream()
                    .map(i -> i.code() + ": " + i.name() + " (" + i.unit() + ")").collect(Collectors.joining("; ")) + "."));
            var columns = new ArrayList<DocumentBlock.Column>();
            columns.add(new DocumentBlock.Column(Texts.get("national.column.province"), 28, false));
            indicators.forEach(i -> columns.add(new DocumentBlock.Column(i.code(), 10, true)));
            var rows = new ArrayList<List<String>>();
            for (ClusterRows cluster : table.clusters()) {
                String clusterName = cluster.name() == null ? Texts.get("national.noCluster") : cluster.name();
                rows.add(row(clusterName, indicators, Map.of()));
                for (TableRow province : cluster.rows()) {
                    rows.add(row(provinceName(province.status().province()), indicators, province.values()));
                }
                rows.add(row(Texts.get("national.subtotal", clusterName), indicators, cluster.subtotals()));
            }
            rows.add(row(Texts.get("national.total"), indicators, table.totals()));
            rows.add(row(Texts.get("national.acceptedTotal"), indicators, table.acceptedTotals()));
            blocks.add(new DocumentBlock.Table(columns, rows));
        }
        return blocks;
    }

    private static List<String> row(String label, List<Indicator> indicators, Map<String, BigDecimal> values) {
        var cells = new ArrayList<String>();
        cells.add(label);
        indicators.forEach(i -> cells.add(ReportDocument.figure(values.get(i.code()))));
        return cells;
    }

    private static String provinceName(Province province) {
        return province.merged() ? "   " + Texts.get("national.merged", province.name(), province.partOfName()) : province.name();
    }

    private static String periodPhrase(ReportingPeriod period) {
        return period.kind().vietnameseName(period.year());
    }

    private static String names(List<Province> provinces) {
        return provinces.isEmpty() ? Texts.get("document.none") : provinces.stream().map(Province::name)
                .collect(Collectors.joining(", ")) + ".";
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
