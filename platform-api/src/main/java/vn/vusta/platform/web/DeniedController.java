package vn.vusta.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.web.WebAttributes;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.vusta.platform.security.TenantAccessDeniedException;

import java.util.Locale;

/** The page of a refused request, saying why (a suspended workspace, say) in the user's language. */
@PageController
class DeniedController {

    private final MessageSource messages;

    DeniedController(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping("/denied")
    String denied(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        if (request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof TenantAccessDeniedException tenant) {
            model.addAttribute("reason", messages.getMessage(tenant.messageCode(), tenant.arguments(), locale));
            // Every item of the menu would lead back here (no union, or one that is suspended): only the way out stays.
            model.addAttribute("navigation", Navigation.NONE);
        } else {
            model.addAttribute("reason", messages.getMessage("problem.forbidden.detail", null, locale));
        }
        return "denied";
    }
}
