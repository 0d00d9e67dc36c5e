package vn.vusta.platform.api;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vusta.platform.members.ExpertiseFields;

import java.util.List;

/** The fields of science and technology members' expertise is filed under. */
@RestController
class ExpertiseFieldController {

    private final ExpertiseFields fields;

    ExpertiseFieldController(ExpertiseFields fields) {
        this.fields = fields;
    }

    @GetMapping("/api/v1/expertise-fields")
    @Operation(summary = "The fields of science and technology of the national classification, with their branches")
    List<ExpertiseFields.Field> list() {
        return fields.list();
    }
}
