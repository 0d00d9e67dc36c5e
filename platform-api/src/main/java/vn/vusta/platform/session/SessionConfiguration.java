package vn.vusta.platform.session;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.data.redis.config.annotation.web.http.EnableRedisHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

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
}
