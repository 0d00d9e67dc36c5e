package vn.vusta.platform.spreadsheets.web;

import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import vn.vusta.platform.members.AcademicTitle;
import vn.vusta.platform.members.Degree;
import vn.vusta.platform.members.MemberBulk;
import vn.vusta.platform.members.MemberQuery;
import vn.vusta.platform.members.MemberStatus;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.spreadsheets.Duplicate;
import vn.vusta.platform.spreadsheets.DuplicateChoice;
import vn.vusta.platform.spreadsheets.Exports;
import vn.vusta.platform.spreadsheets.ImportKind;
import vn.vusta.platform.spreadsheets.ImportPreview;
import vn.vusta.platform.spreadsheets.ImportResult;
import vn.vusta.platform.spreadsheets.Imports;
import vn.vusta.platform.spreadsheets.PreviewRow;
import vn.vusta.platform.spreadsheets.RowProblem;
import vn.vusta.platform.spreadsheets.SheetFormat;

/**
 * Spreadsheets in and out. Importing units and members from .xlsx or .csv: upload for a preview (every problem by row and column, every
 * duplicate of a record already there), then confirm, choosing for the duplicates; all written or nothing.
 */
@RestController
class SpreadsheetsApiController {

    private final Imports imports;
    private final MessageSource messages;
    private final Exports exports;

    SpreadsheetsApiController(Imports imports, MessageSource messages, Exports exports) {
        this.imports = imports;
        this.messages = messages;
        this.exports = exports;
    }

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

    @PostMapping(path = "/api/v1/imports/members", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload a members sheet (.xlsx or .csv) for a preview; nothing is written yet")
    ImportView members(@RequestParam MultipartFile file) throws IOException {
        return view(imports.upload(ImportKind.MEMBERS, file.getOriginalFilename(), file.getBytes()));
    }

    @PostMapping(path = "/api/v1/imports/units", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload a units sheet (.xlsx or .csv) for a preview; nothing is written yet")
    ImportView units(@RequestParam MultipartFile file) throws IOException {
        return view(imports.upload(ImportKind.UNITS, file.getOriginalFilename(), file.getBytes()));
    }

    @GetMapping("/api/v1/imports/{id}")
    @Operation(summary = "An import: its preview while pending, its result once confirmed")
    ImportView get(@PathVariable UUID id) {
        return imports.find(id).map(this::view).orElseThrow(() -> RefusedException.notFound("import", id));
    }

    @PostMapping("/api/v1/imports/{id}/confirm")
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

    // The members list (with the list's filters) and the units as .xlsx or .csv, under the headings an import reads;
    // cells a spreadsheet would run as formulas are written as text. The same downloads serve the pages (signed in
    // with a session) under /workspace.
    @GetMapping({"/api/v1/members/export", "/workspace/members/export"})
    @Operation(summary = "The members a search finds, as .xlsx (the default) or .csv")
    void exportMembers(@RequestParam(defaultValue = "xlsx") SheetFormat format, @RequestParam(required = false) String q,
                 @RequestParam(required = false) UUID unitId, @RequestParam(required = false) String fieldCode,
                 @RequestParam(required = false) AcademicTitle title, @RequestParam(required = false) Degree degree,
                 @RequestParam(required = false) MemberStatus status, @RequestParam(required = false) Boolean expert,
                 @RequestParam(name = "ids", required = false) @Size(max = MemberBulk.MOST) Set<UUID> chosen,
                 HttpServletResponse response) throws IOException {
        attachment(response, format, "hoi-vien");
        exports.members(new MemberQuery(q, unitId, fieldCode, title, degree, status, expert), chosen, format,
                response.getOutputStream());
    }

    /** The members ticked on the list's page, sent with its form (a POST: the ticked ids would overflow an address). */
    @PostMapping("/workspace/members/export")
    @Hidden
    void exportChosenMembers(@RequestParam(defaultValue = "xlsx") SheetFormat format,
                             @RequestParam(name = "ids", required = false) @Size(max = MemberBulk.MOST) Set<UUID> chosen,
                             HttpServletResponse response) throws IOException {
        if (chosen == null || chosen.isEmpty()) {
            throw RefusedException.invalid("ids", "members.bulk.none");
        }
        attachment(response, format, "hoi-vien");
        exports.members(MemberQuery.everyone(), chosen, format, response.getOutputStream());
    }

    @GetMapping({"/api/v1/units/export", "/workspace/units/export"})
    @Operation(summary = "The units, as .xlsx (the default) or .csv")
    void exportUnits(@RequestParam(defaultValue = "xlsx") SheetFormat format, HttpServletResponse response) throws IOException {
        attachment(response, format, "don-vi");
        exports.units(format, response.getOutputStream());
    }

    /** Headers of a download named after the list and the day: hoi-vien-2025-07-01.xlsx. */
    private static void attachment(HttpServletResponse response, SheetFormat format, String name) {
        response.setContentType(format.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(name + "-" + LocalDate.now() + "." + format.extension(), StandardCharsets.UTF_8)
                .build().toString());
    }
}
