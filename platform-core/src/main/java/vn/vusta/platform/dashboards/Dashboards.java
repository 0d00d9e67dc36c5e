package vn.vusta.platform.dashboards;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.tenancy.AccessScope;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The dashboards, served from Redis as JSON. A dashboard is cached under the generations of its data and the day
 * ({@link Generations}); the generations are read before the figures are computed, so a computation that raced
 * a write can only be stored where no one looks after the write's increment. Deliberately not transactional: the
 * figures are computed in a transaction of their own, begun after the generations were read.
 */
@Service
public class Dashboards {

    /** Bounds how long figures can outlive an increment that failed (Redis unreachable right after a commit). */
    static final Duration TTL = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(Dashboards.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DashboardFigures figures;
    private final Generations generations;
    private final StringRedisTemplate redis;
    private final Counter hits;
    private final Counter misses;

    Dashboards(DashboardFigures figures, Generations generations, StringRedisTemplate redis, MeterRegistry meters) {
        this.figures = figures;
        this.generations = generations;
        this.redis = redis;
        // The dashboards' own Redis cache, beside Spring's (cache.gets): its hit rate on the operators' dashboard.
        this.hits = Counter.builder("vusta.dashboards.cache").tag("result", "hit").register(meters);
        this.misses = Counter.builder("vusta.dashboards.cache").tag("result", "miss").register(meters);
    }

    /** The current union's dashboard for a year. */
    public Dashboard province(int year) {
        var tenant = AccessScope.currentTenant();
        return cached("tenant:" + tenant.id() + ":" + year, List.of(Generations.ofTenant(tenant.id()), Generations.CALENDAR),
                Dashboard.class, () -> figures.province(year));
    }

    /** The nation's dashboard for a year; in the national scope only. */
    public NationalDashboard national(int year) {
        if (!(AccessScope.current().orElse(null) instanceof AccessScope.NationalAccess)) {
            throw new IllegalStateException("The national dashboard is read in the national scope");
        }
        return cached("national:" + year, List.of(Generations.NATIONAL, Generations.CALENDAR),
                NationalDashboard.class, () -> figures.national(year));
    }

    private <T> T cached(String dashboard, List<String> counters, Class<T> type, Supplier<T> compute) {
        String key;
        try {
            key = key(dashboard, counters);
            String json = redis.opsForValue().get(key);
            if (json != null) {
                hits.increment();
                return JSON.readValue(json, type);
            }
        } catch (DataAccessException redisAway) {
            // Without the generations nothing may be cached: the figures are computed for this request only.
            LOG.warn("Dashboard {} computed without the cache: {}", dashboard, redisAway.toString());
            return compute.get();
        }
        misses.increment();
        T computed = compute.get();
        try {
            redis.opsForValue().set(key, JSON.writeValueAsString(computed), TTL);
        } catch (DataAccessException redisAway) {
            LOG.warn("Dashboard {} not cached: {}", dashboard, redisAway.toString());
        }
        return computed;
    }

    // The day is part of the key: this year's figures stand on today.
    private String key(String dashboard, List<String> counters) {
        return Generations.PREFIX + dashboard + ":" + VietnamTime.today() + ":" + String.join(":", generations.read(counters));
    }
}
