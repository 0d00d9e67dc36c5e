package vn.vusta.platform.spreadsheets.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vusta.platform.members.AcademicTitle;
import vn.vusta.platform.members.Degree;
import vn.vusta.platform.members.MemberQuery;
import vn.vusta.platform.members.MemberStatus;
import vn.vusta.platform.spreadsheets.Exports;
import vn.vusta.platform.spreadsheets.SheetFormat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The members list (with the list's filters) and the units as .xlsx or .csv, under the headings an import reads;
 * cells a spreadsheet would run as formulas are written as text. The same downloads serve the pages (signed in
 * with a session) under /workspace.
 */
@RestController
class ExportsApiController {

    private final Exports exports;

    ExportsApiController(Exports exports) {
        this.exports = exports;
    }

    @GetMapping({"/api/v1/members/export", "/workspace/members/export"})
    @Operation(summary = "The members a search finds, as .xlsx (the default) or .csv")
    void members(@RequestParam(defaultValue = "xlsx") SheetFormat format, @RequestParam(required = false) String q,
                 @RequestParam(required = false) UUID unitId, @RequestParam(required = false) String fieldCode,
                 @RequestParam(required = false) AcademicTitle title, @RequestParam(required = false) Degree degree,
                 @RequestParam(required = false) MemberStatus status, @RequestParam(required = false) Boolean expert,
                 HttpServletResponse response) throws IOException {
        attachment(response, format, "hoi-vien");
        exports.members(new MemberQuery(q, unitId, fieldCode, title, degree, status, expert), format, response.getOutputStream());
    }

    @GetMapping({"/api/v1/units/export", "/workspace/units/export"})
    @Operation(summary = "The units, as .xlsx (the default) or .csv")
    void units(@RequestParam(defaultValue = "xlsx") SheetFormat format, HttpServletResponse response) throws IOException {
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
