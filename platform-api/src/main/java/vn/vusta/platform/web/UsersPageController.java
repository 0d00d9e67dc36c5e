package vn.vusta.platform.web;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vusta.platform.users.TenantUsers;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The union's users for its administrators: who has which role, invitations, roles, disabling. */
@Controller
class UsersPageController {

    private final TenantUsers users;
    private final MessageSource messages;

    UsersPageController(TenantUsers users, MessageSource messages) {
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/workspace/users")
    String page(Model model) {
        model.addAttribute("users", users.list());
        model.addAttribute("roles", List.of("tenant-admin", "tenant-editor", "tenant-viewer"));
        return "users";
    }

    @PostMapping("/workspace/users")
    String invite(@RequestParam String email, @RequestParam String lastName, @RequestParam String firstName,
                  @RequestParam String role, RedirectAttributes redirect, Locale locale) {
        TenantUsers.Invitation invitation = users.invite(email.strip().toLowerCase(), firstName.strip(), lastName.strip(), role);
        redirect.addFlashAttribute("notice", messages.getMessage("users.invited",
                new Object[]{invitation.username(), invitation.temporaryPassword()}, locale));
        return "redirect:/workspace/users";
    }

    @PostMapping("/workspace/users/{userId}/roles")
    String roles(@PathVariable String userId, @RequestParam(required = false) Set<String> roles) {
        users.changeRoles(userId, roles == null ? Set.of() : roles);
        return "redirect:/workspace/users";
    }

    @PostMapping("/workspace/users/{userId}/enabled")
    String enabled(@PathVariable String userId, @RequestParam boolean enabled) {
        users.setEnabled(userId, enabled);
        return "redirect:/workspace/users";
    }
}
