package vn.vusta.platform.startup;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** Spans leave the process only when VUSTA_OTLP_ENDPOINT names a collector; blank or absent, nothing is configured. */
class TraceExportTest {

    @Test
    void theEndpointIsSetFromTheVariableOnlyWhenItHasAValue() {
        assertThat(export(null).containsProperty(TraceExport.PROPERTY)).isFalse();
        assertThat(export("  ").containsProperty(TraceExport.PROPERTY)).isFalse();
        assertThat(export(" http://collector:4318/v1/traces ").getProperty(TraceExport.PROPERTY))
                .isEqualTo("http://collector:4318/v1/traces");
    }

    @Test
    void anEndpointConfiguredDirectlyIsKept() {
        var environment = new MockEnvironment().withProperty(TraceExport.VARIABLE, "http://a:4318/v1/traces")
                .withProperty(TraceExport.PROPERTY, "http://b:4318/v1/traces");
        new TraceExport().postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty(TraceExport.PROPERTY)).isEqualTo("http://b:4318/v1/traces");
    }

    private static MockEnvironment export(String variable) {
        var environment = new MockEnvironment();
        if (variable != null) {
            environment.setProperty(TraceExport.VARIABLE, variable);
        }
        new TraceExport().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }
}
