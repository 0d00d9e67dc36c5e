package vn.vusta.platform.spreadsheets.web;

import vn.vusta.platform.web.PageController;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.spreadsheets.DuplicateChoice;
import vn.vusta.platform.spreadsheets.ImportKind;
import vn.vusta.platform.spreadsheets.ImportPreview;
import vn.vusta.platform.spreadsheets.ImportResult;
import vn.vusta.platform.spreadsheets.Imports;
import vn.vusta.platform.spreadsheets.RowProblem;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Importing units and members from a spreadsheet (nhập dữ liệu từ tệp): upload, a preview with the report of each
 * problem by row and column and the duplicates with a choice for each, then the confirmation.
 */
@PageController
@RequestMapping("/workspace/members/import")
class SpreadsheetsPageController {

    /** Rows of problems and duplicates a page shows; the API lists them all, the rest follow the general choice. */
    static final int SHOWN = 200;
    private static final String ROW_CHOICE = "row-";

    record ProblemLine(int row, String column, String message) {
    }

    private final Imports imports;
    private final MessageSource messages;

    SpreadsheetsPageController(Imports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("kinds", ImportKind.values());
        model.addAttribute("headings", Map.of(ImportKind.MEMBERS, Imports.headings(ImportKind.MEMBERS),
                ImportKind.UNITS, Imports.headings(ImportKind.UNITS)));
        return "spreadsheets/import";
    }

    @PostMapping
    String upload(@RequestParam ImportKind kind, @RequestParam MultipartFile file, Model model, Locale locale)
            throws IOException {
        try {
            return "redirect:/workspace/members/import/" + imports.upload(kind, file.getOriginalFilename(), file.getBytes()).id();
        } catch (RefusedException e) {
            model.addAttribute("error", messages.getMessage(e.reason(), e.arguments(), locale));
            model.addAttribute("kind", kind);
            return form(model);
        }
    }

    @GetMapping("/{id}")
    String preview(@PathVariable UUID id, Model model, Locale locale) {
        ImportPreview preview = imports.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("preview", preview);
        model.addAttribute("problems", lines(preview.problems().stream().limit(SHOWN).toList(), "import.problem.", locale));
        model.addAttribute("warnings", lines(preview.warnings().stream().limit(SHOWN).toList(), "import.warning.", locale));
        model.addAttribute("notes", lines(preview.notes().stream().limit(SHOWN).toList(), "import.note.", locale));
        model.addAttribute("duplicates", preview.duplicates().stream().limit(SHOWN).toList());
        model.addAttribute("shown", SHOWN);
        model.addAttribute("choices", DuplicateChoice.values());
        return "spreadsheets/import-preview";
    }

    /** {@code duplicates} is the general choice; a field {@code row-12} is the choice for row 12. */
    @PostMapping("/{id}/confirm")
    String confirm(@PathVariable UUID id, @RequestParam DuplicateChoice duplicates,
                   @RequestParam Map<String, String> form, RedirectAttributes redirect, Locale locale) {
        var rows = new HashMap<Integer, DuplicateChoice>();
        form.forEach((name, value) -> {
            if (name.startsWith(ROW_CHOICE) && !value.isEmpty()) {
                rows.put(Integer.valueOf(name.substring(ROW_CHOICE.length())), DuplicateChoice.valueOf(value));
            }
        });
        try {
            ImportResult result = imports.confirm(id, duplicates, rows)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            redirect.addFlashAttribute("notice", messages.getMessage("import.confirmed",
                    new Object[]{result.created(), result.updated(), result.unchanged(), result.skipped()}, locale));
        } catch (RefusedException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.reason(), e.arguments(), locale));
        }
        return "redirect:/workspace/members/import/" + id;
    }

    private List<ProblemLine> lines(List<RowProblem> problems, String prefix, Locale locale) {
        return problems.stream()
                .map(p -> new ProblemLine(p.row(), p.column(),
                        messages.getMessage(prefix + p.code(), p.arguments().toArray(), locale)))
                .toList();
    }
}
