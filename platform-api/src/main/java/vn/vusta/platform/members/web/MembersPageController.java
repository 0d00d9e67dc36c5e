package vn.vusta.platform.members.web;

import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.web.Refusals;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.members.AcademicTitle;
import vn.vusta.platform.members.ConsentPurpose;
import vn.vusta.platform.members.ConsentWay;
import vn.vusta.platform.members.Consents;
import vn.vusta.platform.members.Degree;
import vn.vusta.platform.members.ExpertDirectory;
import vn.vusta.platform.members.ExpertiseFields;
import vn.vusta.platform.members.Gender;
import vn.vusta.platform.members.Member;
import vn.vusta.platform.members.MemberBulk;
import vn.vusta.platform.members.MemberQuery;
import vn.vusta.platform.members.MemberSort;
import vn.vusta.platform.members.MemberStatus;
import vn.vusta.platform.members.Members;
import vn.vusta.platform.members.PersonalData;
import vn.vusta.platform.members.SharedExpertData;
import vn.vusta.platform.registry.Units;
import vn.vusta.platform.web.PageController;
import vn.vusta.platform.web.PageForms;

/**
 * The members pages: the list with search and filters, a member's record, the form, personal-data rights, and the
 * national expert directory.
 */
@PageController
class MembersPageController {

    private final Members members;
    private final PersonalData personalData;
    private final Units units;
    private final ExpertiseFields fields;
    private final MessageSource messages;
    private final ExpertDirectory directory;
    private final MemberBulk bulk;
    private final Consents consents;

    MembersPageController(Members members, PersonalData personalData, Units units, ExpertiseFields fields, MessageSource messages,
                          ExpertDirectory directory, MemberBulk bulk, Consents consents) {
        this.consents = consents;
        this.bulk = bulk;
        this.members = members;
        this.personalData = personalData;
        this.units = units;
        this.fields = fields;
        this.messages = messages;
        this.directory = directory;
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * The list, kept in its URL: the live search and the filters ask this same address (htmx, which pushes it into the
     * history), and get the results alone.
     */
    @GetMapping("/workspace/members")
    String list(@ModelAttribute("query") MemberQuery query, @RequestParam(defaultValue = "NAME") MemberSort sort,
                @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                @RequestHeader(name = "HX-Target", required = false) String target, Model model) {
        int shown = Arrays.stream(MemberListLinks.SIZES).filter(s -> s == size).findFirst().orElse(MemberListLinks.SIZES[0]);
        model.addAttribute("result", members.search(query, sort, Math.max(page, 0), shown));
        model.addAttribute("links", new MemberListLinks(query, sort, shown));
        model.addAttribute("sizes", MemberListLinks.SIZES);
        addChoices(model);
        return "member-results".equals(target) ? "members/members :: results" : "members/members";
    }

    /**
     * A change to the members ticked on the list (editors): a new status, or one more unit; back to the list as it
     * was (its address is sent along), with what was done or why nothing was.
     */
    @PostMapping("/workspace/members/bulk")
    String bulk(@RequestParam String action, @RequestParam(name = "ids", required = false) Set<UUID> ids,
                @RequestParam(required = false) MemberStatus status, @RequestParam(required = false) UUID unitId,
                @RequestParam(defaultValue = "/workspace/members") String back, RedirectAttributes redirect, Locale locale) {
        try {
            int changed = switch (action) {
                case "status" -> bulk.changeStatus(ids, status);
                case "unit" -> bulk.addToUnit(ids, unitId);
                default -> throw RefusedException.invalid("action", "members.bulk.action.unknown");
            };
            redirect.addFlashAttribute("notice", messages.getMessage("members.bulk.done." + action, new Object[]{changed}, locale));
        } catch (RefusedException e) {
            Refusals.flash(e, redirect, messages, locale);
        }
        // Only the list itself: the address comes from the page, but a form can be forged.
        return "redirect:" + (back.startsWith("/workspace/members?") ? back : "/workspace/members");
    }

    @GetMapping("/workspace/members/new")
    String newMember(Model model) {
        return form(model, new MemberForm(), null);
    }

    @PostMapping("/workspace/members")
    String create(@Valid @ModelAttribute("form") MemberForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect, Locale locale) {
        return PageForms.saveOrShowAgain(errors, () -> members.create(form.draft()), created -> {
            redirect.addFlashAttribute("notice", messages.getMessage("member.saved", new Object[]{created.fullName()}, locale));
            return "redirect:/workspace/members/" + created.id();
        }, () -> form(model, form, null));
    }

    @GetMapping("/workspace/members/{id}")
    String member(@PathVariable UUID id, Model model) {
        PersonalData.Dossier dossier = personalData.dossier(id).orElseThrow(MembersPageController::notFound);
        model.addAttribute("member", dossier.member());
        model.addAttribute("history", dossier.history());
        model.addAttribute("fieldNames", fields.names());
        model.addAttribute("consents", consents.current(id));
        model.addAttribute("consentHistory", consents.history(id));
        model.addAttribute("purposes", ConsentPurpose.values());
        model.addAttribute("ways", Arrays.stream(ConsentWay.values()).filter(w -> w != ConsentWay.MEMBER_RECORD).toList());
        if (!model.containsAttribute("consentForm")) {
            model.addAttribute("consentForm", new ConsentForm());
        }
        return "members/member";
    }

    @PostMapping("/workspace/members/{id}/consents")
    String recordConsent(@PathVariable UUID id, @ModelAttribute ConsentForm form, RedirectAttributes redirect, Locale locale) {
        try {
            var consent = consents.record(id, form.draft()).orElseThrow(MembersPageController::notFound);
            redirect.addFlashAttribute("notice", messages.getMessage(consent.given() ? "consent.recorded.given"
                    : "consent.recorded.withdrawn", new Object[]{messages.getMessage("consent.purpose." + consent.purpose(),
                    null, locale)}, locale));
        } catch (RefusedException e) {
            Refusals.flash(e, redirect, messages, locale);
            redirect.addFlashAttribute("consentForm", form);
        }
        return "redirect:/workspace/members/" + id + "#consents";
    }

    @GetMapping("/workspace/members/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        Member member = members.find(id).orElseThrow(MembersPageController::notFound);
        return form(model, MemberForm.of(member), id);
    }

    @PostMapping("/workspace/members/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") MemberForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect, Locale locale) {
        return PageForms.saveOrShowAgain(errors, () -> members.update(id, form.draft()).orElseThrow(MembersPageController::notFound),
                updated -> {
                    redirect.addFlashAttribute("notice", messages.getMessage("member.saved", new Object[]{updated.fullName()}, locale));
                    return "redirect:/workspace/members/" + id;
                }, () -> form(model, form, id));
    }

    @GetMapping("/workspace/members/{id}/personal-data")
    ResponseEntity<byte[]> download(@PathVariable UUID id) {
        PersonalData.Dossier dossier = personalData.dossier(id).orElseThrow(MembersPageController::notFound);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"du-lieu-ca-nhan-" + id + ".json\"")
                .contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
                .body(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(dossier));
    }

    @PostMapping("/workspace/members/{id}/erasure")
    String erase(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        if (!personalData.erase(id)) {
            throw notFound();
        }
        redirect.addFlashAttribute("notice", messages.getMessage("member.erase.done", null, locale));
        return "redirect:/workspace/members/" + id;
    }

    private String form(Model model, MemberForm form, UUID id) {
        addChoices(model);
        model.addAttribute("form", form);
        model.addAttribute("memberId", id);
        model.addAttribute("genders", Gender.values());
        model.addAttribute("sharedChoices", SharedExpertData.values());
        return "members/member-form";
    }

    private void addChoices(Model model) {
        model.addAttribute("units", units.list());
        model.addAttribute("fields", fields.list());
        model.addAttribute("titles", AcademicTitle.values());
        model.addAttribute("degrees", Degree.values());
        model.addAttribute("statuses", Arrays.stream(MemberStatus.values()).filter(s -> s != MemberStatus.ERASED).toList());
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    // The national expert directory page, for the national union's reviewers.
    @GetMapping("/national/experts")
    String experts(@RequestParam(required = false) String fieldCode, @RequestParam(required = false) String q,
                   @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("fields", fields.list());
        model.addAttribute("fieldCode", fieldCode);
        model.addAttribute("q", q);
        model.addAttribute("result", directory.search(fieldCode, q, Math.max(page, 0), 20));
        return "members/experts";
    }
}
