package vn.vusta.platform.admin;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.vusta.platform.identity.RealmClaims;

/** The signed-in administrator's name, for every page's layout. */
@ControllerAdvice(annotations = Controller.class)
class AdminLayoutAdvice {

    @ModelAttribute("userName")
    String userName(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof OidcUser user
                ? RealmClaims.displayName(user.getClaims())
                : null;
    }
}
