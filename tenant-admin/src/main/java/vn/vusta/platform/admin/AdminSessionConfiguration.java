package vn.vusta.platform.admin;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.data.redis.config.annotation.web.http.EnableRedisHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/** Sessions in Redis, under this application's own namespace and cookie. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableRedisHttpSession(redisNamespace = "vusta:tenant-admin:session", maxInactiveIntervalInSeconds = 2 * 3600)
class AdminSessionConfiguration {

    @Bean
    CookieSerializer cookieSerializer() {
        var cookies = new DefaultCookieSerializer();
        cookies.setCookieName("VUSTA_ADMIN_SESSION");
        cookies.setSameSite("Lax");
        cookies.setUseHttpOnlyCookie(true);
        return cookies;
    }
}
