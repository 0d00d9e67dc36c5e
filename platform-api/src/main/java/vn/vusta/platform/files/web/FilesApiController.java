package vn.vusta.platform.files.web;


import io.swagger.v3.oas.annotations.Operation;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.files.FileContent;
import vn.vusta.platform.files.StoredFile;
import vn.vusta.platform.files.StoredFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.UUID;

/**
 * The bytes of a file attached to a record of the user's union (its owner's JSON lists it). The pages link to the
 * same download under /workspace, where the login is the session's rather than a bearer token.
 */
@RestController
class FilesApiController {

    private static final System.Logger LOG = System.getLogger(FilesApiController.class.getName());

    private final StoredFiles files;

    FilesApiController(StoredFiles files) {
        this.files = files;
    }

    @GetMapping({"/api/v1/files/{id}", "/workspace/files/{id}"})
    @Operation(summary = "Download an attached file; inline=true shows a photo or a PDF in the browser instead")
    ResponseEntity<Resource> download(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean inline)
            throws IOException {
        FileContent content = files.open(id).orElseThrow(() -> RefusedException.notFound("file", id));
        StoredFile file = content.file();
        InputStream bytes;
        try {
            bytes = content.bytes().getInputStream();
        } catch (NoSuchFileException e) {
            LOG.log(System.Logger.Level.WARNING, "The bytes of file " + id + " are missing from the storage");
            throw RefusedException.notFound("file", id);
        }
        boolean shown = inline && (file.isImage() || file.contentType().equals(MediaType.APPLICATION_PDF_VALUE));
        var disposition = (shown ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.name(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(new InputStreamResource(bytes));
    }
}
