package vn.vusta.platform.search.web;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.vusta.platform.text.FreeText;
import vn.vusta.platform.web.PageController;

/** The results of the header's search box: the union's members, units, events, tasks and reports that match. */
@PageController
class SearchPageController {

    /** Fewer letters than this find half the union: the page asks for more instead. */
    private static final int SHORTEST = 2;
    private static final int LONGEST = 200;

    private final UnionSearch search;

    SearchPageController(UnionSearch search) {
        this.search = search;
    }

    @GetMapping("/workspace/search")
    String search(@RequestParam(defaultValue = "") String q, Model model) {
        String text = FreeText.name(q);
        text = text == null ? "" : text.substring(0, Math.min(text.length(), LONGEST));
        model.addAttribute("q", text);
        model.addAttribute("shown", UnionSearch.SHOWN);
        if (text.length() >= SHORTEST) {
            model.addAttribute("found", search.find(text));
        }
        return "search/search";
    }
}
