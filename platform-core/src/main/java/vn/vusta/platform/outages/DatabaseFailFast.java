package vn.vusta.platform.outages;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PostgreSQL away must cost a request two seconds, not the socket timeout: every connection the pool lends is checked
 * first (one round trip; {@code spring.datasource.hikari.validation-timeout} at most), so a frozen or unreachable
 * server is found before the request's statement waits on it, and the request gets 503 within the pool's
 * connection timeout. Hikari skips that check for a connection used within the last 500 ms unless told otherwise,
 * and only through this system property (read when the pool is built, hence set before any bean is made); an
 * operator's own {@code -Dcom.zaxxer.hikari.aliveBypassWindowMs} wins.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseFailFast {

    static final String ALIVE_BYPASS_WINDOW = "com.zaxxer.hikari.aliveBypassWindowMs";

    @Bean
    static BeanFactoryPostProcessor checkEveryLentConnection() {
        return beans -> {
            if (System.getProperty(ALIVE_BYPASS_WINDOW) == null) {
                System.setProperty(ALIVE_BYPASS_WINDOW, "0");
            }
        };
    }
}
