package vn.vusta.platform.outages;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.Cache;
import org.springframework.cache.annotation.CachingConfigurer;
import org.springframework.cache.interceptor.CacheErrorHandler;
import org.springframework.context.annotation.Configuration;

/**
 * The cache is a shortcut, not a dependency: with Redis away, a cached method computes its value as if nothing was
 * cached, and a failed put or evict is logged in one line (no stack trace per request).
 */
@Configuration(proxyBeanMethods = false)
class CacheFailSoft implements CachingConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(CacheFailSoft.class);

    @Override
    public CacheErrorHandler errorHandler() {
        return new CacheErrorHandler() {
            @Override
            public void handleCacheGetError(RuntimeException e, Cache cache, Object key) {
                away("read", cache, e);
            }

            @Override
            public void handleCachePutError(RuntimeException e, Cache cache, Object key, Object value) {
                away("write", cache, e);
            }

            @Override
            public void handleCacheEvictError(RuntimeException e, Cache cache, Object key) {
                away("evict", cache, e);
            }

            @Override
            public void handleCacheClearError(RuntimeException e, Cache cache) {
                away("clear", cache, e);
            }
        };
    }

    private static void away(String what, Cache cache, RuntimeException e) {
        LOG.warn("Cache {} could not {}: {}", cache.getName(), what, e.toString());
    }
}
