package vn.vusta.platform.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.Optional;

/**
 * People's names for the login names the audit log and histories record: "Hoàng Thị Hương" rather than
 * {@code thanh-hoa-editor}. Keycloak holds the names; each is asked once per few minutes. A login name Keycloak does
 * not know (a deleted account, the demo seeding) or a Keycloak that does not answer shows as the login name itself.
 */
@Service
public class PeopleNames {

    private static final Logger LOG = LoggerFactory.getLogger(PeopleNames.class);
    /** What the command line of tenant-admin writes before the operating system's user: no Keycloak account. */
    private static final String COMMAND_LINE = "cli:";

    private final KeycloakAdmin keycloak;
    private final Cache<String, Optional<String>> names = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(5)).maximumSize(10_000).build();

    PeopleNames(KeycloakAdmin keycloak) {
        this.keycloak = keycloak;
    }

    /** The person's name, family name first as Vietnamese write it; the login name when there is none. */
    public String of(String username) {
        if (username == null || username.isBlank() || username.equals(Actor.SYSTEM.username())
                || username.startsWith(COMMAND_LINE)) {
            return username;
        }
        Optional<String> name = names.getIfPresent(username);
        if (name == null) {
            try {
                name = keycloak.findByUsername(username).map(PeopleNames::fullName).filter(n -> !n.isBlank());
                names.put(username, name);
            } catch (RuntimeException unavailable) {
                // Not cached: the name shows once Keycloak answers again; the login name says who meanwhile.
                LOG.debug("No name for {}: {}", username, unavailable.toString());
                name = Optional.empty();
            }
        }
        return name.orElse(username);
    }

    private static String fullName(KeycloakAdmin.Member member) {
        return (nonNull(member.lastName()) + " " + nonNull(member.firstName())).strip();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
