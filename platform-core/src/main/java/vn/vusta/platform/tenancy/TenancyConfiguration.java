package vn.vusta.platform.tenancy;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;

// Caching enabled for the Redis cache manager that TenantCache wraps.
@Configuration(proxyBeanMethods = false)
@EnableCaching
class TenancyConfiguration {

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource, ScopeProofs proofs) {
        return new TenantScopedTransactionManager(dataSource, proofs);
    }
}
