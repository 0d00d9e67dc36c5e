package vn.vusta.platform.text;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.json.JSONFilter;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What Tomcat refuses before the application sees the request — a request line or headers over
 * {@code server.max-http-request-header-size} (8 KB: a 10.000-character search), a malformed header — answered as the
 * platform answers: problem+json under /api, a short Vietnamese page elsewhere (a browser whose cookies outgrew the
 * limit); never Tomcat's English page. An address too long to be read at all gives no path to go by: problem+json, as
 * such addresses come from programs, not from the pages' links and forms. What the application refuses never gets here: Spring's error handling has
 * written the answer first. Public, as Tomcat makes it from its class name.
 */
public class ContainerRefusals extends ErrorReportValve {

    static final String TOO_LONG = "Địa chỉ hoặc phần đầu (header) của yêu cầu quá dài hoặc không đúng dạng; máy chủ nhận"
            + " tối đa 8 KB. Hãy rút ngắn nội dung tìm kiếm, hoặc gửi dữ liệu trong phần thân của yêu cầu.";

    @Override
    protected void report(Request request, Response response, Throwable cause) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String message = status == 400 ? TOO_LONG
                : "Máy chủ không xử lý được yêu cầu này (mã " + status + "). Vui lòng thử lại sau ít phút.";
        String uri = request.getRequestURI();
        boolean api = uri == null || uri.isEmpty() || uri.startsWith("/api/");
        try {
            response.setCharacterEncoding("UTF-8");
            response.setContentType(api ? "application/problem+json" : "text/html");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(api ? problem(status, message) : page(message));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException connectionGone) {
            // Nothing more can be said to this client.
        }
    }

    private static String problem(int status, String message) {
        return "{\"type\":\"about:blank\",\"title\":\"Yêu cầu không hợp lệ\",\"status\":" + status
                + ",\"detail\":\"" + JSONFilter.escape(message) + "\"}";
    }

    private static String page(String message) {
        return "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Yêu cầu không hợp lệ</title></head>"
                + "<body><h1>Yêu cầu không hợp lệ</h1><p>" + message + "</p><p><a href=\"/\">Về trang chủ</a></p></body></html>";
    }

    /** Makes it the host's error report valve (instead of Tomcat's), after Spring Boot's own customization. */
    @Component
    static class Installation implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ContainerRefusals.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
