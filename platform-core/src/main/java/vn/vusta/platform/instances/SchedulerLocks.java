package vn.vusta.platform.instances;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

/**
 * Every instance schedules the same jobs; each job's method carries {@code @SchedulerLock}, and the first instance
 * to take the job's row of shedlock (V30) runs it while the others skip that run. The lock's times are PostgreSQL's
 * clock (usingDbTime), so instances whose clocks differ still agree. A job holds its lock at least a few minutes,
 * so an instance whose schedule fires a little later does not run it again; at most lockAtMostFor, so a crashed
 * instance's lock ends by itself.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulerLocks {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build());
    }
}
