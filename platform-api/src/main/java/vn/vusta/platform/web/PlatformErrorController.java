package vn.vusta.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Errors that reach the container before any controller (no route, a method the route does not take, an
 * uncaught failure): problem+json in the request's language under /api, the error page elsewhere.
 */
@PageController
class PlatformErrorController implements ErrorController {

    private final MessageSource messages;
    private final JsonMapper json;

    PlatformErrorController(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        String uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path ? path : request.getRequestURI();
        HttpStatus known = HttpStatus.resolve(status);
        String title = messages.getMessage("problem.status." + status, null,
                known == null ? String.valueOf(status) : known.getReasonPhrase(), locale);
        if (uri.startsWith("/api/")) {
            var problem = new LinkedHashMap<String, Object>();
            problem.put("type", "about:blank");
            problem.put("title", title);
            problem.put("status", status);
            problem.put("detail", detail(status, locale));
            problem.put("instance", uri);
            response.setStatus(status);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), problem);
            return null;
        }
        return new ModelAndView("error", Map.of("status", status, "title", title, "detail", detail(status, locale)),
                known == null ? HttpStatus.INTERNAL_SERVER_ERROR : known);
    }

    // Some statuses say more than "it did not work": 503, a service of the platform is away for a while.
    private String detail(int status, Locale locale) {
        return messages.getMessage("error.detail." + status, null, messages.getMessage("error.detail", null, locale), locale);
    }
}
