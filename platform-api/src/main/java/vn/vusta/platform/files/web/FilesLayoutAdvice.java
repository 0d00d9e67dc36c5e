package vn.vusta.platform.files.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.vusta.platform.files.StoredFiles;
import vn.vusta.platform.web.PageController;

/** What every page needs of the attachments: the largest file accepted, checked before sending (static/js/files.js). */
@ControllerAdvice(annotations = PageController.class)
class FilesLayoutAdvice {

    private final StoredFiles files;

    FilesLayoutAdvice(StoredFiles files) {
        this.files = files;
    }

    @ModelAttribute("fileLimit")
    long fileLimit() {
        return files.maxSize();
    }
}
