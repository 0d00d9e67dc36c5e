package vn.vusta.platform.personaldata;

import org.springframework.stereotype.Service;
import vn.vusta.platform.documents.AdministrativeDocument;
import vn.vusta.platform.documents.AdministrativeDocuments;
import vn.vusta.platform.documents.DocumentBlock;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The personal-data processing impact assessment dossier (hồ sơ đánh giá tác động xử lý dữ liệu cá nhân) of the
 * union, as a .docx in the administrative-document layout of Decree 30/2020/NĐ-CP: written from the same facts as
 * its record of processing activities ({@link ProcessingRecords}), so the two never disagree. The union signs and
 * keeps it; its number is left to fill in when issued.
 */
@Service
public class ImpactAssessment {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ProcessingRecords records;
    private final AdministrativeDocuments documents;

    ImpactAssessment(ProcessingRecords records, AdministrativeDocuments documents) {
        this.records = records;
        this.documents = documents;
    }

    /** The dossier of the current union as of today. */
    public byte[] docx() {
        return documents.write(document(records.ofUnion()));
    }

    /** "ho-so-danh-gia-tac-dong-hai-phong.docx" */
    public static String fileName(String tenantCode) {
        return "ho-so-danh-gia-tac-dong-" + tenantCode + ".docx";
    }

    static AdministrativeDocument document(ProcessingRecord record) {
        var body = new ArrayList<DocumentBlock>();
        var controller = record.controller();
        body.add(new DocumentBlock.Heading(DossierTexts.get("impact.h.controller")));
        body.add(paragraph("impact.controller.name", controller.name()));
        if (!controller.province().isBlank()) {
            body.add(paragraph("impact.controller.province", controller.province()));
        }
        body.add(paragraph("impact.controller.contacts", controller.administrators().isEmpty()
                ? DossierTexts.get("impact.controller.noContacts") : String.join("; ", controller.administrators())));
        body.add(paragraph("impact.controller.date", record.generatedOn().format(DAY)));

        body.add(new DocumentBlock.Heading(DossierTexts.get("impact.h.law")));
        body.add(new DocumentBlock.Paragraph("- " + DossierTexts.get("law.name") + ";"));
        body.add(new DocumentBlock.Paragraph("- " + DossierTexts.get("law.decree") + "."));
        body.add(new DocumentBlock.Paragraph(record.law()));
        body.add(new DocumentBlock.Paragraph(DossierTexts.get("impact.about")));

        body.add(new DocumentBlock.Heading(DossierTexts.get("impact.h.activities")));
        body.add(new DocumentBlock.Paragraph(record.sensitiveData()));
        int number = 0;
        for (ProcessingRecord.Activity activity : record.activities()) {
            body.add(new DocumentBlock.Subheading(++number + ". " + activity.name()));
            body.add(paragraph("impact.purpose", activity.purpose()));
            body.add(paragraph("impact.legalBasis", activity.legalBasis()));
            body.add(paragraph("impact.subjects", activity.dataSubjects()));
            body.add(paragraph(activity.sensitiveData() ? "impact.data.sensitive" : "impact.data", activity.personalData()));
            body.add(paragraph("impact.recipients.line", activity.recipients()));
            body.add(paragraph("impact.retention", activity.retention()));
            body.add(paragraph("impact.counts", activity.counts().stream()
                    .map(c -> c.label() + ": " + (c.value() == null ? "—" : String.format("%,d", c.value()).replace(',', '.')))
                    .collect(Collectors.joining("; "))));
        }

        body.add(new DocumentBlock.Heading(DossierTexts.get("impact.h.storage")));
        body.add(new DocumentBlock.Paragraph(record.storage()));
        body.add(new DocumentBlock.Paragraph(record.crossBorder()));

        body.add(new DocumentBlock.Heading(DossierTexts.get("impact.h.processor")));
        body.add(new DocumentBlock.Paragraph(record.processor().name() + ": " + record.processor().role()));
        record.processor().operations().forEach(line -> body.add(new DocumentBlock.Paragraph("- " + line)));
        body.add(new DocumentBlock.Paragraph(record.processor().commitment()));

        body.add(new DocumentBlock.Heading(DossierTexts.get("impact.h.security")));
        record.securityMeasures().forEach(line -> body.add(new DocumentBlock.Paragraph("- " + line)));

        body.add(new DocumentBlock.Heading(DossierTexts.get("impact.h.risks")));
        body.add(new DocumentBlock.Table(List.of(
                new DocumentBlock.Column(DossierTexts.get("impact.risk.column"), 2, false),
                new DocumentBlock.Column(DossierTexts.get("impact.measure.column"), 3, false)),
                record.risks().stream().map(r -> List.of(r.risk(), r.measure())).toList()));

        body.add(new DocumentBlock.Heading(DossierTexts.get("impact.h.breaches")));
        body.add(new DocumentBlock.Paragraph(DossierTexts.get("impact.breaches.rule")));
        body.add(new DocumentBlock.Paragraph(record.breaches().recorded() == 0 ? DossierTexts.get("impact.breaches.none")
                : DossierTexts.get("impact.breaches.some", record.breaches().recorded(), record.breaches().notified())));

        return new AdministrativeDocument(DossierTexts.get("impact.parentBody"), controller.name(),
                DossierTexts.get("impact.numberSymbol"), controller.province().isBlank() ? controller.name() : controller.province(),
                record.generatedOn(), DossierTexts.get("impact.kind"), DossierTexts.get("impact.subject"), body,
                lines("impact.recipients"), lines("impact.signerTitle"), null);
    }

    private static DocumentBlock paragraph(String key, Object value) {
        return new DocumentBlock.Paragraph(DossierTexts.get(key, value));
    }

    private static List<String> lines(String key) {
        return Arrays.asList(DossierTexts.get(key).split("\n"));
    }
}
