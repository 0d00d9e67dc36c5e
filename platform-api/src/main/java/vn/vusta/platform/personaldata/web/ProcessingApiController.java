package vn.vusta.platform.personaldata.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vusta.platform.personaldata.ImpactAssessment;
import vn.vusta.platform.personaldata.ProcessingRecord;
import vn.vusta.platform.personaldata.ProcessingRecords;
import vn.vusta.platform.tenancy.AccessScope;

import java.nio.charset.StandardCharsets;

/**
 * The union's dossiers as controller of its members' personal data: the record of processing activities and the
 * impact-assessment dossier, both generated from what the platform holds (administrators of the union only).
 */
@RestController
@RequestMapping("/api/v1/personal-data")
class ProcessingApiController {

    private final ProcessingRecords records;
    private final ImpactAssessment assessment;

    ProcessingApiController(ProcessingRecords records, ImpactAssessment assessment) {
        this.records = records;
        this.assessment = assessment;
    }

    @GetMapping("/processing-activities")
    @Operation(summary = "The union's record of processing activities: each activity's purpose, legal basis, data "
            + "subjects, categories of data, recipients, retention and live counts; where the data is stored, the "
            + "security measures and the platform operator's part as processor")
    ProcessingRecord processingActivities() {
        return records.ofUnion();
    }

    @GetMapping("/impact-assessment.docx")
    @Operation(summary = "The union's personal-data processing impact assessment dossier, as a .docx to sign")
    ResponseEntity<byte[]> impactAssessment() {
        return docx(assessment);
    }

    /** The dossier as a download, for the API and the page's button alike. */
    static ResponseEntity<byte[]> docx(ImpactAssessment assessment) {
        String fileName = ImpactAssessment.fileName(AccessScope.currentTenant().code());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ImpactAssessment.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(assessment.docx());
    }
}
