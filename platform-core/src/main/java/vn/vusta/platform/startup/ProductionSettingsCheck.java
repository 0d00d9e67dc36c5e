package vn.vusta.platform.startup;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Stops a production start that lacks a setting of application-production.yml, naming every missing environment
 * variable at once. Spring Boot's binding keeps a placeholder it cannot resolve as text (a client secret would be
 * the string "${VUSTA_PLATFORM_WEB_CLIENT_SECRET}"), so a placeholder without default does not stop a start by
 * itself. Registered in META-INF/spring.factories: it runs however the application is started.
 */
public final class ProductionSettingsCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-]+)}");

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (!environment.matchesProfiles("production")) {
            return;
        }
        Set<String> missing = new TreeSet<>();
        for (var source : environment.getPropertySources()) {
            if (!(source instanceof EnumerablePropertySource<?> enumerable) || !source.getName().contains("application-production")) {
                continue;
            }
            for (String name : enumerable.getPropertyNames()) {
                Object raw = enumerable.getProperty(name);
                if (raw == null) {
                    continue;
                }
                // Only placeholders without a default: ${NAME}, not ${NAME:default}.
                PLACEHOLDER.matcher(raw.toString()).results()
                        .map(match -> match.group(1))
                        .filter(placeholder -> environment.getProperty(placeholder) == null)
                        .forEach(missing::add);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException(environment.getProperty("spring.application.name", "The application")
                    + " cannot start in production: " + String.join(", ", missing)
                    + " not set (environment variables; README → Configuration)");
        }
    }
}
