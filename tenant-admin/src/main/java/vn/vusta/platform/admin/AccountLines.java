package vn.vusta.platform.admin;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.vusta.platform.identity.KeycloakAdmin;
import vn.vusta.platform.lifecycle.MovingUser;
import vn.vusta.platform.tenancy.Tenant;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a merge or a deletion does to each user's account, one sentence each, for the pages. Public, like
 * {@link #roles}, because the merge page's template calls it as a bean.
 */
@Component
public class AccountLines {

    private final MessageSource messages;

    AccountLines(MessageSource messages) {
        this.messages = messages;
    }

    List<String> moved(List<MovingUser> users, Tenant target, Locale locale) {
        return users.stream().map(user -> user.rolesAfter().equals(user.rolesBefore())
                ? message("merge.moved.kept", locale, user.name(), user.email(), target.name(), roles(user.rolesAfter(), locale))
                : message("merge.moved.reduced", locale, user.name(), user.email(), target.name(),
                        roles(user.rolesBefore(), locale), roles(user.rolesAfter(), locale))).toList();
    }

    /** Before a deletion ({@code done} false) or after it: each account, deleted or only taken out of the organization. */
    List<String> departing(List<KeycloakAdmin.DepartingMember> users, boolean done, Locale locale) {
        String tense = done ? "tenant.deleted.user." : "tenant.delete.user.";
        return users.stream().map(user -> {
            String name = (user.lastName() + " " + user.firstName()).strip();
            if (user.fate() == KeycloakAdmin.Fate.DELETED) {
                return message(tense + "deleted", locale, name, user.email());
            }
            return user.otherOrganizations().isEmpty()
                    ? message(tense + "kept.platform", locale, name, user.email())
                    : message(tense + "kept.organizations", locale, name, user.email(), String.join(", ", user.otherOrganizations()));
        }).toList();
    }

    /** "Quản trị Liên hiệp hội (tenant-admin)", or "không có". */
    public String roles(Set<String> roles, Locale locale) {
        if (roles.isEmpty()) {
            return message("role.none", locale);
        }
        return roles.stream().map(role -> messages.getMessage("role." + role, null, role, locale) + " (" + role + ")")
                .collect(Collectors.joining(", "));
    }

    private String message(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }
}
