package vn.vusta.platform.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.vusta.platform.personaldata.PlatformProcessingRecord;
import vn.vusta.platform.personaldata.PlatformProcessingRecords;

/**
 * The platform's own record of processing as processor (Law 91/2025/QH15, Art. 2.8), for its administrators: what the
 * operator does with personal data on behalf of every union. Each union's record, with its counts, is the union's page.
 */
@Controller
class ProcessingRecordController {

    private final PlatformProcessingRecords records;

    ProcessingRecordController(PlatformProcessingRecords records) {
        this.records = records;
    }

    @GetMapping("/processing")
    String page(Model model) {
        model.addAttribute("record", records.record());
        return "processing";
    }

    @GetMapping("/api/v1/processing-activities")
    @ResponseBody
    PlatformProcessingRecord record() {
        return records.record();
    }
}
