package vn.vusta.platform.users.web;

import vn.vusta.platform.web.PageController;

import vn.vusta.platform.web.Refusals;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vusta.platform.identity.EmailAddresses;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.users.TenantUsers;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** The union's users for its administrators: who has which role, invitations, roles, disabling. */
@PageController
class UsersPageController {

    private static final Pattern DELIVERABLE = Pattern.compile(EmailAddresses.DELIVERABLE);

    private final TenantUsers users;
    private final MessageSource messages;

    UsersPageController(TenantUsers users, MessageSource messages) {
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/workspace/users")
    String page(Model model) {
        model.addAttribute("users", users.list());
        model.addAttribute("roles", List.of("tenant-admin", "tenant-editor", "tenant-viewer", "tenant-approver"));
        return "users/users";
    }

    @PostMapping("/workspace/users")
    String invite(@RequestParam String email, @RequestParam String lastName, @RequestParam String firstName,
                  @RequestParam String role, RedirectAttributes redirect, Locale locale) {
        String address = email.strip().toLowerCase();
        try {
            if (!DELIVERABLE.matcher(address).matches() || address.length() > 200) {
                throw RefusedException.invalid("email", "Email");
            }
            TenantUsers.Invitation invitation = users.invite(address, firstName.strip(), lastName.strip(), role);
            redirect.addFlashAttribute("notice", messages.getMessage(invitation.invited() ? "users.invited" : "users.already",
                    new Object[]{invitation.username()}, locale));
        } catch (RefusedException e) {
            Refusals.flash(e, redirect, messages, locale);
        }
        return "redirect:/workspace/users";
    }

    @PostMapping("/workspace/users/{userId}/roles")
    String roles(@PathVariable UUID userId, @RequestParam(required = false) Set<String> roles, RedirectAttributes redirect,
                 Locale locale) {
        try {
            users.changeRoles(userId.toString(), roles == null ? Set.of() : roles);
        } catch (RefusedException e) {
            Refusals.flash(e, redirect, messages, locale);
        }
        return "redirect:/workspace/users";
    }

    @PostMapping("/workspace/users/{userId}/enabled")
    String enabled(@PathVariable UUID userId, @RequestParam boolean enabled) {
        try {
            users.setEnabled(userId.toString(), enabled);
        } catch (RefusedException e) {
            if (e.isNotFound()) {
                throw Refusals.notFound();
            }
            throw e;
        }
        return "redirect:/workspace/users";
    }
}
