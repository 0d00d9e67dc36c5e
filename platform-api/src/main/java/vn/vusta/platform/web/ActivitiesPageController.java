package vn.vusta.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** What a union does all year (hoạt động), by kind: the way into each kind's list. */
@Controller
class ActivitiesPageController {

    @GetMapping("/workspace/activities")
    String activities() {
        return "activities";
    }
}
