package vn.vusta.platform.observability;

import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.MDC;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.net.SocketException;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The request id of a request's log lines: a sane one from the proxy is kept, anything else replaced; the MDC is
 * clean after the request; a client that went away costs one line, not a stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class RequestIdsTest {

    private final RequestIds filter = new RequestIds();

    @Test
    void aSaneIdFromTheProxyIsKeptAndEchoedAnyOtherIsReplaced() throws Exception {
        var seen = new AtomicReference<String>();
        var request = new MockHttpServletRequest("GET", "/api/v1/me");
        request.addHeader("X-Request-Id", "f0e1d2c3-proxy-4711");
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> {
            seen.set(MDC.get("requestId"));
            MDC.put("tenant", "hai-phong");
        });
        assertThat(seen.get()).isEqualTo("f0e1d2c3-proxy-4711");
        assertThat(response.getHeader("X-Request-Id")).isEqualTo("f0e1d2c3-proxy-4711");
        assertThat(MDC.getCopyOfContextMap()).as("the MDC after the request").isNullOrEmpty();

        var forged = new MockHttpServletRequest("GET", "/api/v1/me");
        forged.addHeader("X-Request-Id", "abc\n{\"level\":\"ERROR\"}");
        var answered = new MockHttpServletResponse();
        filter.doFilter(forged, answered, (req, res) -> seen.set(MDC.get("requestId")));
        assertThat(seen.get()).matches("[0-9a-f-]{36}").isEqualTo(answered.getHeader("X-Request-Id"));
    }

    @Test
    void aClientThatWentAwayCostsOneLineAndAnyOtherFaultGoesOn(CapturedOutput output) throws Exception {
        var request = new MockHttpServletRequest("GET", "/api/v1/members/export");
        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            throw new ClientAbortException(new SocketException("Broken pipe"));
        });
        assertThat(output.getAll()).contains("the client went away before the response was written (ClientAbortException)")
                .doesNotContain("\tat ");

        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(),
                (req, res) -> {
                    throw new IllegalStateException("a fault of ours");
                })).isInstanceOf(IllegalStateException.class);
    }
}
