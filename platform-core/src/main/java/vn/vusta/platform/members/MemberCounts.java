package vn.vusta.platform.members;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.vusta.platform.audit.AuditRecorded;
import vn.vusta.platform.tenancy.AccessScope;
import vn.vusta.platform.tenancy.Tenant;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;

/**
 * How many members a list's query finds, counted once per union, query and generation of the union's data instead of
 * on every page: counting up to {@link Members#COUNT_LIMIT} members cost more than the page itself. Every write of a
 * union is audited in its transaction; once it commits, the union's generation here moves on, and counts made before
 * are never asked for again (a count made from data older than the write is stored under the old generation too).
 * Writes made by another instance of the platform, or beside the platform, show in the counts within
 * {@link #AT_MOST}; the rows of the list itself are always read fresh.
 */
@Component
class MemberCounts {

    static final Duration AT_MOST = Duration.ofSeconds(30);

    private final Map<UUID, Long> generations = new ConcurrentHashMap<>();
    private final Cache<Key, Integer> counts = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(AT_MOST).build();

    private record Key(UUID tenant, long generation, MemberQuery query) {
    }

    /** The count of the query's members in the current union, counted by {@code count} when not known. */
    int of(MemberQuery query, IntSupplier count) {
        if (!(AccessScope.current().orElse(null) instanceof AccessScope.TenantAccess(Tenant tenant))) {
            return count.getAsInt();
        }
        var key = new Key(tenant.id(), generations.getOrDefault(tenant.id(), 0L), query);
        return counts.get(key, k -> count.getAsInt());
    }

    @TransactionalEventListener
    void on(AuditRecorded written) {
        if (written.tenantId() != null) {
            generations.merge(written.tenantId(), 1L, Long::sum);
        }
    }
}
