package vn.vusta.platform.personaldata.web;

import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.calendar.VietnameseDates;
import vn.vusta.platform.members.Members;
import vn.vusta.platform.personaldata.DataSubjectRequest;
import vn.vusta.platform.personaldata.DataSubjectRequests;
import vn.vusta.platform.personaldata.RequestKind;
import vn.vusta.platform.personaldata.RequestOutcome;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.web.PageController;
import vn.vusta.platform.web.PageForms;
import vn.vusta.platform.web.Refusals;

/**
 * The union's personal-data pages (its administrators'): what the law asks of it as controller, and the register of
 * the data subjects' requests. A request is registered from the member's page, where the person is found.
 */
@PageController
class PersonalDataPageController {

    private final DataSubjectRequests requests;
    private final Members members;
    private final MessageSource messages;

    PersonalDataPageController(DataSubjectRequests requests, Members members, MessageSource messages) {
        this.requests = requests;
        this.members = members;
        this.messages = messages;
    }

    @GetMapping("/workspace/personal-data")
    String index(Model model) {
        var all = requests.list();
        model.addAttribute("openRequests", all.stream().filter(DataSubjectRequest::open).count());
        model.addAttribute("overdueRequests", all.stream().filter(DataSubjectRequest::overdue).count());
        return "personaldata/index";
    }

    @GetMapping("/workspace/personal-data/requests")
    String register(@RequestParam(required = false) UUID memberId, Model model) {
        var form = new RequestForm();
        form.setMemberId(memberId);
        form.setReceivedOn(VietnamTime.today());
        return register(memberId, form, model);
    }

    @PostMapping("/workspace/personal-data/requests")
    String receive(@ModelAttribute("form") RequestForm form, BindingResult errors, Model model, RedirectAttributes redirect,
                   Locale locale) {
        return PageForms.saveOrShowAgain(errors, () -> requests.receive(form.draft()), received -> {
            redirect.addFlashAttribute("notice", messages.getMessage("personal-data.request.received",
                    new Object[]{VietnameseDates.DAY.print(received.dueOn(), locale)}, locale));
            return "redirect:/workspace/personal-data/requests/" + received.id();
        }, () -> register(form.getMemberId(), form, model));
    }

    @GetMapping("/workspace/personal-data/requests/{id}")
    String request(@PathVariable UUID id, Model model) {
        model.addAttribute("request", requests.find(id).orElseThrow(Refusals::notFound));
        if (!model.containsAttribute("answerForm")) {
            var form = new AnswerForm();
            form.setAnsweredOn(VietnamTime.today());
            model.addAttribute("answerForm", form);
        }
        model.addAttribute("outcomes", RequestOutcome.values());
        return "personaldata/request";
    }

    @PostMapping("/workspace/personal-data/requests/{id}/answer")
    String answer(@PathVariable UUID id, @ModelAttribute AnswerForm form, RedirectAttributes redirect, Locale locale) {
        try {
            requests.answer(id, form.answer()).orElseThrow(Refusals::notFound);
            redirect.addFlashAttribute("notice", messages.getMessage("personal-data.request.answered.done", null, locale));
        } catch (RefusedException e) {
            Refusals.flash(e, redirect, messages, locale);
            redirect.addFlashAttribute("answerForm", form);
        }
        return "redirect:/workspace/personal-data/requests/" + id;
    }

    private String register(UUID memberId, RequestForm form, Model model) {
        var member = memberId == null ? null : members.find(memberId).orElseThrow(Refusals::notFound);
        model.addAttribute("member", member);
        model.addAttribute("requests", memberId == null ? requests.list() : requests.ofMember(memberId));
        model.addAttribute("form", form);
        model.addAttribute("kinds", RequestKind.values());
        return "personaldata/requests";
    }
}
