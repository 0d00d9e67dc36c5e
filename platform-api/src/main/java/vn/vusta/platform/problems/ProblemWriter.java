package vn.vusta.platform.problems;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a problem+json answer the way the API's own (ApiProblems) looks: type, title, status, detail, instance, and
 * for a refused field its name and message in {@code errors}. Headers and buffers are the caller's.
 */
@Component
public class ProblemWriter {

    private final JsonMapper json;

    ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    /** Whether the request is the API's (problem+json) rather than a page's. */
    public static boolean forApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    public void write(HttpServletRequest request, HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        write(request, response, status, title, detail, List.of());
    }

    /** A problem with one field: the detail names it, {@code errors} carries it as a validation problem would. */
    public void write(HttpServletRequest request, HttpServletResponse response, int status, String title, String field,
                      String message) throws IOException {
        var error = new LinkedHashMap<String, Object>();
        error.put("field", field);
        error.put("message", message);
        write(request, response, status, title, field + ": " + message, List.of(error));
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status, String title, String detail,
                       List<Map<String, Object>> errors) throws IOException {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        if (!errors.isEmpty()) {
            problem.put("errors", errors);
        }
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
