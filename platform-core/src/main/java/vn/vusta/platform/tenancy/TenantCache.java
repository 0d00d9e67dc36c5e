package vn.vusta.platform.tenancy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The platform's cache (Redis) for tenant data. Every key starts with the tenant of the current scope, so one
 * tenant's cached values can never be served to another; without a tenant in scope it refuses to work.
 */
@Component
public class TenantCache {

    private static final Logger LOG = LoggerFactory.getLogger(TenantCache.class);

    private final CacheManager caches;

    TenantCache(CacheManager caches) {
        this.caches = caches;
    }

    /** The cached value, or the loader's; with Redis away, the loader's (the cache is a shortcut, not a dependency). */
    @SuppressWarnings("unchecked")
    public <T> T get(String cacheName, Supplier<T> loader) {
        Cache cache = cache(cacheName);
        String key = key();
        Cache.ValueWrapper cached;
        try {
            cached = cache.get(key);
        } catch (DataAccessException redisAway) {
            LOG.warn("Cache {} not read: {}", cacheName, redisAway.toString());
            return loader.get();
        }
        if (cached != null) {
            return (T) cached.get();
        }
        T value = loader.get();
        try {
            cache.put(key, value);
        } catch (DataAccessException redisAway) {
            LOG.warn("Cache {} not written: {}", cacheName, redisAway.toString());
        }
        return value;
    }

    /**
     * Evicts now and, inside a transaction, again once it commits: a read between the two (the change not yet
     * visible to it) would otherwise cache the old value for good. With Redis away the entry stays until its time to
     * live ends (spring.cache.redis.time-to-live).
     */
    public void evict(String cacheName) {
        String key = key();
        evict(cacheName, key);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    evict(cacheName, key);
                }
            });
        }
    }

    private void evict(String cacheName, String key) {
        try {
            cache(cacheName).evict(key);
        } catch (DataAccessException redisAway) {
            LOG.warn("Cache {} not evicted: {}", cacheName, redisAway.toString());
        }
    }

    private static String key() {
        return "tenant:" + AccessScope.currentTenant().id();
    }

    private Cache cache(String name) {
        return Objects.requireNonNull(caches.getCache(name), () -> "No cache named " + name);
    }
}
