package vn.vusta.platform.members.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vusta.platform.members.ExpertDirectory;

/** The national expert directory, for the national union's reviewers: shared data only, never contacts. */
@RestController
class NationalExpertsApiController {

    private final ExpertDirectory directory;

    NationalExpertsApiController(ExpertDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/api/v1/national/experts")
    @Operation(summary = "Experts of every province by field (a field finds its branches) and name")
    ExpertDirectory.Page search(@RequestParam(required = false) String fieldCode, @RequestParam(required = false) String q,
                                @RequestParam(defaultValue = "0") @Min(0) int page,
                                @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return directory.search(fieldCode, q, page, size);
    }
}
