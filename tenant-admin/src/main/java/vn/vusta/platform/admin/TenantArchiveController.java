package vn.vusta.platform.admin;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vusta.platform.lifecycle.ArchiveLimits;
import vn.vusta.platform.lifecycle.ArchiveRefusedException;
import vn.vusta.platform.lifecycle.TenantArchives;
import vn.vusta.platform.lifecycle.TenantRefusals;
import vn.vusta.platform.tenancy.Tenants;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Exporting a tenant as a portable archive and restoring one into an empty tenant, from the pages and the API. */
@Controller
class TenantArchiveController {

    private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final TenantArchives archives;
    private final Tenants tenants;
    private final MessageSource messages;
    private final ArchiveLimits archiveLimits;

    TenantArchiveController(TenantArchives archives, Tenants tenants, MessageSource messages, ArchiveLimits archiveLimits) {
        this.archiveLimits = archiveLimits;
        this.archives = archives;
        this.tenants = tenants;
        this.messages = messages;
    }

    /**
     * The archive is written to a temporary file first and sent once complete: an export that fails half-way
     * answers with an error, not with a truncated zip.
     */
    @GetMapping({"/api/v1/tenants/{code}/export", "/tenants/{code}/export"})
    void export(@PathVariable String code, HttpServletResponse response) throws IOException {
        Path archive = Files.createTempFile("tenant-export-", ".zip");
        try {
            try (OutputStream out = Files.newOutputStream(archive)) {
                archives.export(code, out);
            }
            String file = code + "-" + LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE) + ".zip";
            response.setContentType(ZIP.toString());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString());
            response.setContentLengthLong(Files.size(archive));
            Files.copy(archive, response.getOutputStream());
        } finally {
            Files.deleteIfExists(archive);
        }
    }

    @PostMapping(path = "/api/v1/tenants/{code}/restore", consumes = {"application/zip", "application/octet-stream"})
    @ResponseBody
    TenantArchives.Restored restoreFromApi(@PathVariable String code, InputStream archive) throws IOException {
        return restore(code, archive);
    }

    @GetMapping("/tenants/{code}/restore")
    String restoreForm(@PathVariable String code, Model model) {
        model.addAttribute("tenant", tenants.findByCode(code).orElseThrow(() -> TenantRefusals.unknownTenant(code)));
        return "restore";
    }

    @PostMapping("/tenants/{code}/restore")
    String restoreFromPage(@PathVariable String code, @RequestParam("archive") MultipartFile archive, Model model,
                           RedirectAttributes redirect, Locale locale) throws IOException {
        try {
            TenantArchives.Restored restored;
            try (InputStream in = archive.getInputStream()) {
                restored = restore(code, in);
            }
            redirect.addFlashAttribute("notice", messages.getMessage("archive.restored",
                    new Object[]{restored.tenant().name(), restored.rows()}, locale));
            return "redirect:/";
        } catch (ArchiveRefusedException e) {
            model.addAttribute("tenant", tenants.findByCode(code).orElseThrow(() -> TenantRefusals.unknownTenant(code)));
            model.addAttribute("failure", messages.getMessage(e.reason(), e.arguments(), locale));
            return "restore";
        }
    }

    /** An upload, kept in a temporary file while it is restored: a restore reads the archive twice. */
    private TenantArchives.Restored restore(String code, InputStream archive) throws IOException {
        Path file = Files.createTempFile("tenant-restore-", ".zip");
        try {
            archiveLimits.receive(archive, file);
            return archives.restore(code, file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(ArchiveRefusedException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage(e.reason(), e.arguments(), locale));
        problem.setTitle(messages.getMessage("archive.refused", null, locale));
        return ResponseEntity.unprocessableContent().body(problem);
    }
}
