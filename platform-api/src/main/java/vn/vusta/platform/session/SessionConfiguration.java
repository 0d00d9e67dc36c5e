package vn.vusta.platform.session;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.data.redis.config.annotation.web.http.EnableRedisHttpSession;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;

import java.util.List;

/**
 * Browser sessions live in Redis, so any number of platform-api instances can serve one user.
 */
@Configuration(proxyBeanMethods = false)
@EnableRedisHttpSession(redisNamespace = "vusta:platform-api:session", maxInactiveIntervalInSeconds = 8 * 3600)
class SessionConfiguration {

    // Both applications run on 127.0.0.1 locally and browsers do not separate cookies by port: own names.
    @Bean
    CookieSerializer cookieSerializer() {
        var cookies = new DefaultCookieSerializer();
        cookies.setCookieName("VUSTA_SESSION");
        cookies.setSameSite("Lax");
        cookies.setUseHttpOnlyCookie(true);
        return cookies;
    }

    /**
     * The session cookie, read everywhere but on the API: its requests carry a bearer token and no session, so a
     * browser's cookie sent along (or anything reading the locale or a session attribute) never costs them a read of
     * Redis, nor moves the page session's last access.
     */
    @Bean
    HttpSessionIdResolver sessionIds(CookieSerializer cookies) {
        var pages = new CookieHttpSessionIdResolver();
        pages.setCookieSerializer(cookies);
        return new HttpSessionIdResolver() {
            @Override
            public List<String> resolveSessionIds(HttpServletRequest request) {
                return isApi(request) ? List.of() : pages.resolveSessionIds(request);
            }

            @Override
            public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
                pages.setSessionId(request, response, sessionId);
            }

            @Override
            public void expireSession(HttpServletRequest request, HttpServletResponse response) {
                if (!isApi(request)) {
                    pages.expireSession(request, response);
                }
            }
        };
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
