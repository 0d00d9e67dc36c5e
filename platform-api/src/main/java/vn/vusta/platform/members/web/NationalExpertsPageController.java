package vn.vusta.platform.members.web;

import vn.vusta.platform.web.PageController;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.vusta.platform.members.ExpertDirectory;
import vn.vusta.platform.members.ExpertiseFields;

/** The national expert directory page, for the national union's reviewers. */
@PageController
class NationalExpertsPageController {

    private final ExpertDirectory directory;
    private final ExpertiseFields fields;

    NationalExpertsPageController(ExpertDirectory directory, ExpertiseFields fields) {
        this.directory = directory;
        this.fields = fields;
    }

    @GetMapping("/national/experts")
    String experts(@RequestParam(required = false) String fieldCode, @RequestParam(required = false) String q,
                   @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("fields", fields.list());
        model.addAttribute("fieldCode", fieldCode);
        model.addAttribute("q", q);
        model.addAttribute("result", directory.search(fieldCode, q, Math.max(page, 0), 20));
        return "members/experts";
    }
}
