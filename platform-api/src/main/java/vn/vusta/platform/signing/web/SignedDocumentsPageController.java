package vn.vusta.platform.signing.web;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.signing.SignedDocument;
import vn.vusta.platform.signing.SignedDocuments;

import java.util.Locale;
import java.util.UUID;

/** The union's administrator keeps a copy of its report signed outside the platform, from the report's page. */
@Controller
class SignedDocumentsPageController {

    private final SignedDocuments archive;
    private final MessageSource messages;

    SignedDocumentsPageController(SignedDocuments archive, MessageSource messages) {
        this.archive = archive;
        this.messages = messages;
    }

    @PostMapping("/workspace/reports/{id}/signed-documents")
    String upload(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect,
                  Locale locale) {
        try {
            SignedDocument kept = archive.upload(id, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : SignedDocumentsApiController.bytes(file));
            redirect.addFlashAttribute("notice", messages.getMessage("signing.upload.done",
                    new Object[]{kept.version()}, locale));
        } catch (RefusedException e) {
            redirect.addFlashAttribute("refusal", messages.getMessage(e.reason(), e.arguments(), locale));
        }
        return "redirect:/workspace/reports/" + id + "#signed-documents";
    }
}
