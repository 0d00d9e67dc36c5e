package vn.vusta.platform.publications.web;

import vn.vusta.platform.web.PageController;

import vn.vusta.platform.web.PageForms;
import vn.vusta.platform.web.Refusals;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vusta.platform.files.StoredFile;
import vn.vusta.platform.files.Upload;
import vn.vusta.platform.publications.IssueListing;
import vn.vusta.platform.publications.Publication;
import vn.vusta.platform.publications.PublicationIssue;
import vn.vusta.platform.publications.PublicationKind;
import vn.vusta.platform.publications.PublicationQuery;
import vn.vusta.platform.publications.PublicationSummary;
import vn.vusta.platform.publications.Publications;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.registry.Units;
import vn.vusta.platform.reportingcalendar.PeriodKind;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The publications pages (xuất bản): the list of a period with the issues that came out in it and their totals
 * ("02 số Đặc san khoa học Thanh Hóa"), a publication with its issues, and the forms. Readers see, writers edit.
 */
@PageController
@RequestMapping("/workspace/publications")
class PublicationsPageController {

    private final Publications publications;
    private final Units units;
    private final MessageSource messages;

    PublicationsPageController(Publications publications, Units units, MessageSource messages) {
        this.publications = publications;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "YEAR") PeriodKind period,
                @RequestParam(required = false) PublicationKind kind, @RequestParam(required = false) UUID unitId,
                Model model) {
        int shownYear = year == null ? PeriodKind.thisYear() : year;
        var query = new PublicationQuery(kind, unitId, period.startsOn(shownYear), period.endsOn(shownYear));
        List<PublicationSummary> summaries = publications.list(query);
        List<IssueListing> issues = publications.issues(query);
        model.addAttribute("year", shownYear);
        model.addAttribute("period", period);
        model.addAttribute("kind", kind);
        model.addAttribute("unitId", unitId);
        model.addAttribute("years", PeriodKind.yearsOffered());
        model.addAttribute("periods", PeriodKind.filterKinds());
        model.addAttribute("kinds", PublicationKind.values());
        model.addAttribute("units", units.list());
        model.addAttribute("publications", summaries);
        model.addAttribute("published", summaries.stream().filter(s -> s.issues() > 0).toList());
        model.addAttribute("issues", issues);
        model.addAttribute("totalIssues", issues.size());
        model.addAttribute("totalCopies", issues.stream().mapToLong(i -> i.issue().copies()).sum());
        return "publications/publications";
    }

    @GetMapping("/new")
    String newPublication(Model model) {
        return form(model, PublicationForm.empty(), null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") PublicationForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect, Locale locale) {
        return PageForms.saveOrShowAgain(errors, () -> publications.create(form.draft()), created -> {
            redirect.addFlashAttribute("notice", messages.getMessage("publications.saved", new Object[]{created.title()}, locale));
            return "redirect:/workspace/publications/" + created.id();
        }, () -> form(model, form, null));
    }

    @GetMapping("/{id}")
    String publication(@PathVariable UUID id, Model model) {
        return publicationPage(found(id), PublicationIssueForm.empty(), model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        return form(model, PublicationForm.of(found(id)), id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") PublicationForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect, Locale locale) {
        found(id);
        return PageForms.saveOrShowAgain(errors,
                () -> publications.update(id, form.draft()).orElseThrow(Refusals::notFound), updated -> {
            redirect.addFlashAttribute("notice", messages.getMessage("publications.saved", new Object[]{updated.title()}, locale));
            return "redirect:/workspace/publications/" + id;
        }, () -> form(model, form, id));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        Publication publication = found(id);
        try {
            publications.delete(id);
            redirect.addFlashAttribute("notice", messages.getMessage("publications.deleted", new Object[]{publication.title()}, locale));
            return "redirect:/workspace/publications";
        } catch (RefusedException e) {
            redirect.addFlashAttribute("refusal", messages.getMessage(e.reason(), e.arguments(), locale));
            return "redirect:/workspace/publications/" + id;
        }
    }

    @PostMapping("/{id}/issues")
    String addIssue(@PathVariable UUID id, @Valid @ModelAttribute("issueForm") PublicationIssueForm form,
                    BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
        Publication publication = found(id);
        return PageForms.saveOrShowAgain(errors,
                () -> publications.addIssue(id, form.draft()).orElseThrow(Refusals::notFound), issue -> {
            redirect.addFlashAttribute("notice", messages.getMessage("publications.issue.saved",
                    new Object[]{issue.number(), publication.title()}, locale));
            return "redirect:/workspace/publications/" + id;
        }, () -> publicationPage(publication, form, model));
    }

    @GetMapping("/{id}/issues/{issueId}/edit")
    String editIssue(@PathVariable UUID id, @PathVariable UUID issueId, Model model) {
        Publication publication = found(id);
        return issuePage(publication, issueId, PublicationIssueForm.of(issueOf(publication, issueId)), model);
    }

    @PostMapping("/{id}/issues/{issueId}")
    String updateIssue(@PathVariable UUID id, @PathVariable UUID issueId,
                       @Valid @ModelAttribute("issueForm") PublicationIssueForm form, BindingResult errors, Model model,
                       RedirectAttributes redirect, Locale locale) {
        Publication publication = found(id);
        issueOf(publication, issueId);
        return PageForms.saveOrShowAgain(errors, () -> publications.updateIssue(id, issueId, form.draft())
                .orElseThrow(Refusals::notFound), issue -> {
            redirect.addFlashAttribute("notice", messages.getMessage("publications.issue.saved",
                    new Object[]{issue.number(), publication.title()}, locale));
            return "redirect:/workspace/publications/" + id;
        }, () -> issuePage(publication, issueId, form, model));
    }

    @PostMapping("/{id}/issues/{issueId}/delete")
    String deleteIssue(@PathVariable UUID id, @PathVariable UUID issueId, RedirectAttributes redirect, Locale locale) {
        Publication publication = found(id);
        PublicationIssue issue = issueOf(publication, issueId);
        publications.deleteIssue(id, issueId);
        redirect.addFlashAttribute("notice", messages.getMessage("publications.issue.deleted",
                new Object[]{issue.number(), publication.title()}, locale));
        return "redirect:/workspace/publications/" + id;
    }

    private String publicationPage(Publication publication, PublicationIssueForm issueForm, Model model) {
        model.addAttribute("publication", publication);
        model.addAttribute("issueForm", issueForm);
        model.addAttribute("totalCopies", publication.issues().stream().mapToLong(PublicationIssue::copies).sum());
        return "publications/publication";
    }

    private String issuePage(Publication publication, UUID issueId, PublicationIssueForm form, Model model) {
        model.addAttribute("publication", publication);
        model.addAttribute("issueId", issueId);
        model.addAttribute("issueForm", form);
        return "publications/publication-issue-form";
    }

    private String form(Model model, PublicationForm form, UUID id) {
        model.addAttribute("form", form);
        model.addAttribute("publicationId", id);
        model.addAttribute("kinds", PublicationKind.values());
        model.addAttribute("units", units.list());
        return "publications/publication-form";
    }

    private Publication found(UUID id) {
        return publications.find(id).orElseThrow(Refusals::notFound);
    }

    private static PublicationIssue issueOf(Publication publication, UUID issueId) {
        return publication.issues().stream().filter(i -> i.id().equals(issueId)).findFirst()
                .orElseThrow(Refusals::notFound);
    }

    @PostMapping("/{id}/attachments")
    String attach(@PathVariable UUID id, @RequestParam MultipartFile file, RedirectAttributes redirect, Locale locale) {
        found(id);
        try {
            StoredFile stored = publications.attach(id, new Upload(file.getOriginalFilename(), file.getSize(), file))
                    .orElseThrow(Refusals::notFound);
            redirect.addFlashAttribute("notice", messages.getMessage("publications.file.attached", new Object[]{stored.name()}, locale));
        } catch (RefusedException e) {
            redirect.addFlashAttribute("refusal", messages.getMessage(e.reason(), e.arguments(), locale));
        }
        return "redirect:/workspace/publications/" + id + "#attachments";
    }

    @PostMapping("/{id}/attachments/{fileId}/delete")
    String detach(@PathVariable UUID id, @PathVariable UUID fileId, RedirectAttributes redirect, Locale locale) {
        found(id);
        if (!publications.detach(id, fileId)) {
            throw Refusals.notFound();
        }
        redirect.addFlashAttribute("notice", messages.getMessage("publications.file.removed", null, locale));
        return "redirect:/workspace/publications/" + id + "#attachments";
    }


}
