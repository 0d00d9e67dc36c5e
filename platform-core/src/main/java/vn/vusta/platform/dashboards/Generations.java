package vn.vusta.platform.dashboards;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The generations of the data the dashboards show, counters in Redis that a committed write increments: one per
 * tenant, one for the nation (any tenant's write), one for the national calendar. A cached dashboard is stored
 * under the generations read before its figures were computed, so figures computed from data older than a write
 * end up under a key no one asks for once the write's increment is done: they can never be served after it.
 */
@Component
class Generations {

    static final String PREFIX = "vusta:dashboard:";
    static final String NATIONAL = PREFIX + "generation:national";
    static final String CALENDAR = PREFIX + "generation:calendar";

    private final StringRedisTemplate redis;

    Generations(StringRedisTemplate redis) {
        this.redis = redis;
    }

    static String ofTenant(UUID tenant) {
        return PREFIX + "generation:tenant:" + tenant;
    }

    /** The current value of each counter, in order; 0 for a counter never incremented. */
    List<String> read(List<String> counters) {
        List<String> values = redis.opsForValue().multiGet(counters);
        var read = new ArrayList<String>();
        for (int i = 0; i < counters.size(); i++) {
            String value = values == null ? null : values.get(i);
            read.add(value == null ? "0" : value);
        }
        return read;
    }

    void increment(Collection<String> counters) {
        for (String counter : counters) {
            redis.opsForValue().increment(counter);
        }
    }
}
