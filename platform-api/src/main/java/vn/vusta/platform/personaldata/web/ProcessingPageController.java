package vn.vusta.platform.personaldata.web;

import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.vusta.platform.personaldata.ImpactAssessment;
import vn.vusta.platform.personaldata.ProcessingRecords;
import vn.vusta.platform.web.PageController;

/**
 * The union administrator's record of processing activities, with the download of the impact-assessment dossier. It
 * reads the union's administrators from the accounts, so it only reads.
 */
@PageController
@RequestMapping("/workspace/personal-data")
class ProcessingPageController {

    private final ProcessingRecords records;
    private final ImpactAssessment assessment;

    ProcessingPageController(ProcessingRecords records, ImpactAssessment assessment) {
        this.records = records;
        this.assessment = assessment;
    }

    @GetMapping("/processing")
    String processing(Model model) {
        model.addAttribute("record", records.ofUnion());
        return "personaldata/processing";
    }

    /** The page's download of the dossier (the page's session does not reach the API). */
    @GetMapping("/impact-assessment.docx")
    ResponseEntity<byte[]> impactAssessment() {
        return ProcessingApiController.docx(assessment);
    }
}
