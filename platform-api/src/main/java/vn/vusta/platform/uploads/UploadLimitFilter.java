package vn.vusta.platform.uploads;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.impl.FileCountLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Locale;

/**
 * Every multipart upload, whatever its route, is read here before any other filter looks at it. Tomcat enforces
 * the multipart limits ({@code spring.servlet.multipart.*}, {@code server.tomcat.max-part-*}) while the body is
 * parsed, and the first filter that asks for a parameter (Spring Security's CSRF check asks for {@code _csrf})
 * triggers that parsing: its exception would end as Tomcat's English page, or as nothing at all. Parsing first
 * here turns each failure into the platform's refusal ({@link UploadRefusals}): too large (413, naming the
 * limit), too many parts (413), a file name longer than {@value #MAX_FILE_NAME} characters or a broken body (400).
 * The parts Tomcat read are kept on the request, so the rest of the chain reads them from memory or disk once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
class UploadLimitFilter extends OncePerRequestFilter {

    /** As long a name as any file system keeps; the names kept with imports and attachments are shorter still. */
    static final int MAX_FILE_NAME = 255;

    private final UploadRefusals refusals;
    private final long maxRequestMegabytes;
    private final long maxFileMegabytes;
    private final int maxParts;

    UploadLimitFilter(UploadRefusals refusals,
                      @Value("${spring.servlet.multipart.max-request-size}") DataSize maxRequestSize,
                      @Value("${spring.servlet.multipart.max-file-size}") DataSize maxFileSize,
                      @Value("${server.tomcat.max-part-count:50}") int maxParts) {
        this.refusals = refusals;
        this.maxRequestMegabytes = maxRequestSize.toMegabytes();
        this.maxFileMegabytes = maxFileSize.toMegabytes();
        this.maxParts = maxParts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            for (Part part : request.getParts()) {
                String name = part.getSubmittedFileName();
                if (name != null && name.length() > MAX_FILE_NAME) {
                    refusals.write(request, response, 400, "upload.refused.nameTooLong",
                            abbreviated(name), MAX_FILE_NAME);
                    return;
                }
            }
        } catch (IllegalStateException | IOException | ServletException e) {
            refuse(request, response, e);
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, Exception e) throws IOException {
        if (causedBy(e, FileCountLimitExceededException.class)) {
            refusals.write(request, response, 413, "upload.refused.tooManyParts", maxParts);
        } else if (causedBy(e, SizeException.class)
                || e instanceof InvalidParameterException invalid && invalid.getErrorCode() == 413) {
            refusals.write(request, response, 413, "upload.refused.tooLarge", maxFileMegabytes, maxRequestMegabytes);
        } else if (String.valueOf(rootMessage(e)).contains("Header section")) {
            // A part's header past server.tomcat.max-part-header-size: in practice a file name thousands long.
            refusals.write(request, response, 400, "upload.refused.headerTooLong", MAX_FILE_NAME);
        } else {
            refusals.write(request, response, 400, "upload.refused.broken");
        }
    }

    /** The name's start and end: enough to recognise it, never the whole of something very long. */
    private static String abbreviated(String name) {
        return name.length() <= 80 ? name : name.substring(0, 60) + "…" + name.substring(name.length() - 12);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            messages.append(t.getMessage()).append(' ');
        }
        return messages.toString();
    }
}
