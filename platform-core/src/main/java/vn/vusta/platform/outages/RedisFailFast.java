package vn.vusta.platform.outages;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.resource.Delay;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Redis away must cost a request a second, not a minute: commands time out after {@code spring.data.redis.timeout}
 * (500 ms in application.yml), and while the connection is down they are refused at once instead of queued until
 * their timeout. The client reconnects by itself, trying at least every 2 s, so Redis back means the platform back
 * within seconds.
 */
@Configuration(proxyBeanMethods = false)
class RedisFailFast {

    @Bean
    LettuceClientOptionsBuilderCustomizer rejectCommandsWhileDisconnected() {
        return options -> options
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
    }

    @Bean
    ClientResourcesBuilderCustomizer reconnectWithinSeconds() {
        return resources -> resources.reconnectDelay(
                Delay.exponential(Duration.ofMillis(100), Duration.ofSeconds(2), 2, TimeUnit.MILLISECONDS));
    }
}
