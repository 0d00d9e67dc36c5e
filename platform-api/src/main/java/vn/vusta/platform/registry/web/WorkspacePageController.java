package vn.vusta.platform.registry.web;

import vn.vusta.platform.web.PageController;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.vusta.platform.registry.UnitKind;
import vn.vusta.platform.registry.Units;
import vn.vusta.platform.registry.Workspace;

/** The workspace home of a provincial union (trang chủ Liên hiệp hội). */
@PageController
class WorkspacePageController {

    private final Workspace workspace;
    private final Units units;

    WorkspacePageController(Workspace workspace, Units units) {
        this.workspace = workspace;
        this.units = units;
    }

    @GetMapping("/workspace")
    String home(Model model) {
        model.addAttribute("summary", workspace.summary());
        model.addAttribute("kinds", UnitKind.values());
        return "registry/workspace";
    }

    /** The list of units, loaded into the workspace by htmx. */
    @GetMapping("/workspace/units")
    String units(Model model) {
        model.addAttribute("units", units.list());
        return "registry/workspace :: units";
    }
}
