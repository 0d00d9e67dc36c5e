package vn.vusta.platform.startup;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Traces leave the process only when {@code VUSTA_OTLP_ENDPOINT} names an OTLP/HTTP collector: Spring Boot creates
 * its span exporter as soon as its endpoint property exists, even empty, so application.yml cannot give it a
 * default; this sets it from the variable when, and only when, the variable has a value. Without it, trace ids are
 * still made (and logged), and nothing is sent or tried.
 */
public final class TraceExport implements EnvironmentPostProcessor {

    static final String VARIABLE = "VUSTA_OTLP_ENDPOINT";
    static final String PROPERTY = "management.opentelemetry.tracing.export.otlp.endpoint";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String endpoint = environment.getProperty(VARIABLE);
        if (endpoint != null && !endpoint.isBlank() && !environment.containsProperty(PROPERTY)) {
            environment.getPropertySources().addLast(new MapPropertySource("vustaTraceExport", Map.of(PROPERTY, endpoint.strip())));
        }
    }
}
