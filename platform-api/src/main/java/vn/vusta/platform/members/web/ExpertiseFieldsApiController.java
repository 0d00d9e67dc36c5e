package vn.vusta.platform.members.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vusta.platform.members.ExpertiseFields;

import java.util.List;

/** The fields of science and technology members' expertise is filed under. */
@RestController
class ExpertiseFieldsApiController {

    private final ExpertiseFields fields;

    ExpertiseFieldsApiController(ExpertiseFields fields) {
        this.fields = fields;
    }

    @GetMapping("/api/v1/expertise-fields")
    @Operation(summary = "The fields of science and technology of the national classification, with their branches")
    List<ExpertiseFields.Field> list() {
        return fields.list();
    }
}
