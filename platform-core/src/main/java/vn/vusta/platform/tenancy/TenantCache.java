package vn.vusta.platform.tenancy;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The platform's cache (Redis) for tenant data. Every key starts with the tenant of the current scope, so one
 * tenant's cached values can never be served to another; without a tenant in scope it refuses to work.
 */
@Component
public class TenantCache {

    private final CacheManager caches;

    TenantCache(CacheManager caches) {
        this.caches = caches;
    }

    public <T> T get(String cacheName, Supplier<T> loader) {
        return cache(cacheName).get(key(), loader::get);
    }

    public void evict(String cacheName) {
        cache(cacheName).evict(key());
    }

    private static String key() {
        return "tenant:" + AccessScope.currentTenant().id();
    }

    private Cache cache(String name) {
        return Objects.requireNonNull(caches.getCache(name), () -> "No cache named " + name);
    }
}
