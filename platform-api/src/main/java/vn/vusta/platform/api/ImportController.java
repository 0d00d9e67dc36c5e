package vn.vusta.platform.api;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.spreadsheets.Duplicate;
import vn.vusta.platform.spreadsheets.DuplicateChoice;
import vn.vusta.platform.spreadsheets.ImportKind;
import vn.vusta.platform.spreadsheets.ImportPreview;
import vn.vusta.platform.spreadsheets.ImportResult;
import vn.vusta.platform.spreadsheets.Imports;
import vn.vusta.platform.spreadsheets.PreviewRow;
import vn.vusta.platform.spreadsheets.RowProblem;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Importing units and members from .xlsx or .csv: upload for a preview (every problem by row and column, every
 * duplicate of a record already there), then confirm, choosing for the duplicates; all written or nothing.
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportController {

    /** A problem of the sheet with its message in the request's language. */
    record ProblemView(int row, String column, String code, List<String> arguments, String message) {
    }

    record ImportView(UUID id, ImportKind kind, String fileName, String sha256, String uploadedBy,
                      OffsetDateTime uploadedAt, int rowCount, int newCount, int duplicateCount, int identicalCount,
                      List<String> columns, List<String> ignoredColumns, List<PreviewRow> sample,
                      List<ProblemView> problems, List<ProblemView> warnings, List<Duplicate> duplicates,
                      OffsetDateTime previouslyImportedAt,
                      boolean confirmable, ImportResult result, List<ProblemView> notes) {
    }

    /**
     * @param duplicates what to do with duplicates: SKIP (the default) or UPDATE
     * @param rows       exceptions by row number, e.g. {"12": "UPDATE"}
     */
    record ConfirmRequest(DuplicateChoice duplicates, Map<Integer, DuplicateChoice> rows) {
    }

    private final Imports imports;
    private final MessageSource messages;

    ImportController(Imports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @PostMapping(path = "/members", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload a members sheet (.xlsx or .csv) for a preview; nothing is written yet")
    ImportView members(@RequestParam MultipartFile file) throws IOException {
        return view(imports.upload(ImportKind.MEMBERS, file.getOriginalFilename(), file.getBytes()));
    }

    @PostMapping(path = "/units", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload a units sheet (.xlsx or .csv) for a preview; nothing is written yet")
    ImportView units(@RequestParam MultipartFile file) throws IOException {
        return view(imports.upload(ImportKind.UNITS, file.getOriginalFilename(), file.getBytes()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "An import: its preview while pending, its result once confirmed")
    ImportView get(@PathVariable UUID id) {
        return imports.find(id).map(this::view).orElseThrow(() -> RefusedException.notFound("import", id));
    }

    @PostMapping("/{id}/confirm")
    @Operation(summary = "Write an import without problems, all or nothing; duplicates skipped or updated")
    ImportResult confirm(@PathVariable UUID id, @RequestBody(required = false) ConfirmRequest request) {
        DuplicateChoice choice = request == null || request.duplicates() == null ? DuplicateChoice.SKIP : request.duplicates();
        Map<Integer, DuplicateChoice> rows = request == null || request.rows() == null ? Map.of() : request.rows();
        return imports.confirm(id, choice, rows).orElseThrow(() -> RefusedException.notFound("import", id));
    }

    private ImportView view(ImportPreview p) {
        return new ImportView(p.id(), p.kind(), p.fileName(), p.sha256(), p.uploadedBy(), p.uploadedAt(), p.rowCount(),
                p.newCount(), p.duplicateCount(), p.identicalCount(), p.columns(), p.ignoredColumns(), p.sample(),
                p.problems().stream().map(this::view).toList(),
                p.warnings().stream().map(w -> view(w, "import.warning.")).toList(), p.duplicates(), p.previouslyImportedAt(),
                p.confirmable(), p.result(), p.notes().stream().map(n -> view(n, "import.note.")).toList());
    }

    private ProblemView view(RowProblem problem) {
        return view(problem, "import.problem.");
    }

    private ProblemView view(RowProblem problem, String messages) {
        return new ProblemView(problem.row(), problem.column(), problem.code(), problem.arguments(),
                ImportMessages.message(this.messages, messages, problem, LocaleContextHolder.getLocale()));
    }
}
