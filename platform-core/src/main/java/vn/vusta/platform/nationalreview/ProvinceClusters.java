package vn.vusta.platform.nationalreview;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.audit.NationalAuditLog;
import vn.vusta.platform.db.jooq.tables.records.ProvinceClusterMemberRecord;
import vn.vusta.platform.db.jooq.tables.records.ProvinceClusterRecord;
import vn.vusta.platform.refusal.ConstraintRefusals;
import vn.vusta.platform.refusal.RefusedException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static vn.vusta.platform.db.jooq.Tables.PROVINCE;
import static vn.vusta.platform.db.jooq.Tables.PROVINCE_CLUSTER;
import static vn.vusta.platform.db.jooq.Tables.PROVINCE_CLUSTER_MEMBER;

/**
 * The national union's clusters of provinces (cụm hoạt động). A province belongs to at most one: putting it in a
 * cluster takes it out of its former one. National data: every change goes to the national audit log.
 */
@Service
public class ProvinceClusters {

    /** A cluster and the codes of its provinces. */
    public record Cluster(short id, String name, int position, List<String> provinceCodes) {
    }

    /** A cluster as a national reviewer writes it. */
    public record ClusterDraft(String name, Integer position, List<String> provinceCodes) {
    }

    private final DSLContext db;
    private final NationalAuditLog audit;

    ProvinceClusters(DSLContext db, NationalAuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Cluster> list() {
        Map<Short, List<String>> members = new HashMap<>();
        db.selectFrom(PROVINCE_CLUSTER_MEMBER).orderBy(PROVINCE_CLUSTER_MEMBER.PROVINCE_CODE)
                .forEach(m -> members.computeIfAbsent(m.getClusterId(), id -> new ArrayList<>()).add(m.getProvinceCode()));
        return db.selectFrom(PROVINCE_CLUSTER).orderBy(PROVINCE_CLUSTER.POSITION, PROVINCE_CLUSTER.ID)
                .fetch(c -> new Cluster(c.getId(), c.getName(), c.getPosition(), List.copyOf(members.getOrDefault(c.getId(), List.of()))));
    }

    /** The cluster of each province in one. */
    @Transactional(readOnly = true)
    public Map<String, Short> clusterOfProvince() {
        return db.selectFrom(PROVINCE_CLUSTER_MEMBER).fetchMap(PROVINCE_CLUSTER_MEMBER.PROVINCE_CODE, PROVINCE_CLUSTER_MEMBER.CLUSTER_ID);
    }

    @Transactional(readOnly = true)
    public Optional<Cluster> find(short id) {
        return list().stream().filter(c -> c.id() == id).findFirst();
    }

    @Transactional
    public Cluster create(ClusterDraft draft) {
        Set<String> provinces = check(draft);
        try {
            ProvinceClusterRecord created = db.insertInto(PROVINCE_CLUSTER)
                    .set(PROVINCE_CLUSTER.NAME, draft.name().strip())
                    .set(PROVINCE_CLUSTER.POSITION, position(draft))
                    .returning().fetchSingle();
            audit.record("province-cluster.created", null, created, created.getId());
            assign(created.getId(), provinces);
            return find(created.getId()).orElseThrow();
        } catch (org.springframework.dao.DataAccessException | org.jooq.exception.DataAccessException e) {
            throw refusals(draft).translated(e);
        }
    }

    /** Renames a cluster and sets its provinces; empty when there is no such cluster. */
    @Transactional
    public Optional<Cluster> change(short id, ClusterDraft draft) {
        Optional<ProvinceClusterRecord> before = db.selectFrom(PROVINCE_CLUSTER).where(PROVINCE_CLUSTER.ID.eq(id)).forUpdate().fetchOptional();
        if (before.isEmpty()) {
            return Optional.empty();
        }
        Set<String> provinces = check(draft);
        try {
            ProvinceClusterRecord after = db.update(PROVINCE_CLUSTER)
                    .set(PROVINCE_CLUSTER.NAME, draft.name().strip())
                    .set(PROVINCE_CLUSTER.POSITION, draft.position() == null ? before.get().getPosition() : draft.position().shortValue())
                    .where(PROVINCE_CLUSTER.ID.eq(id))
                    .returning().fetchSingle();
            audit.record("province-cluster.changed", before.get(), after, id);
            for (ProvinceClusterMemberRecord leaving : db.selectFrom(PROVINCE_CLUSTER_MEMBER)
                    .where(PROVINCE_CLUSTER_MEMBER.CLUSTER_ID.eq(id), PROVINCE_CLUSTER_MEMBER.PROVINCE_CODE.notIn(provinces)).fetch()) {
                leaving.delete();
                audit.record("province-cluster.province-removed", leaving, null, leaving.getProvinceCode());
            }
            assign(id, provinces);
            return find(id);
        } catch (org.springframework.dao.DataAccessException | org.jooq.exception.DataAccessException e) {
            throw refusals(draft).translated(e);
        }
    }

    /** Removes a cluster; its provinces are then in none. False when there is no such cluster. */
    @Transactional
    public boolean remove(short id) {
        Optional<ProvinceClusterRecord> before = db.selectFrom(PROVINCE_CLUSTER).where(PROVINCE_CLUSTER.ID.eq(id)).forUpdate().fetchOptional();
        if (before.isEmpty()) {
            return false;
        }
        for (ProvinceClusterMemberRecord leaving : db.selectFrom(PROVINCE_CLUSTER_MEMBER).where(PROVINCE_CLUSTER_MEMBER.CLUSTER_ID.eq(id)).fetch()) {
            leaving.delete();
            audit.record("province-cluster.province-removed", leaving, null, leaving.getProvinceCode());
        }
        db.deleteFrom(PROVINCE_CLUSTER).where(PROVINCE_CLUSTER.ID.eq(id)).execute();
        audit.record("province-cluster.removed", before.get(), null, id);
        return true;
    }

    /** Puts the provinces in the cluster, taking each out of the cluster it was in. */
    private void assign(short clusterId, Set<String> provinces) {
        for (String code : provinces) {
            ProvinceClusterMemberRecord before = db.selectFrom(PROVINCE_CLUSTER_MEMBER)
                    .where(PROVINCE_CLUSTER_MEMBER.PROVINCE_CODE.eq(code)).forUpdate().fetchOne();
            if (before != null && before.getClusterId() == clusterId) {
                continue;
            }
            ProvinceClusterMemberRecord after = db.insertInto(PROVINCE_CLUSTER_MEMBER)
                    .set(PROVINCE_CLUSTER_MEMBER.PROVINCE_CODE, code)
                    .set(PROVINCE_CLUSTER_MEMBER.CLUSTER_ID, clusterId)
                    .onConflict(PROVINCE_CLUSTER_MEMBER.PROVINCE_CODE).doUpdate()
                    .set(PROVINCE_CLUSTER_MEMBER.CLUSTER_ID, clusterId)
                    .returning().fetchSingle();
            audit.record(before == null ? "province-cluster.province-added" : "province-cluster.province-moved", before, after, code);
        }
    }

    private Set<String> check(ClusterDraft draft) {
        if (draft.name() == null || draft.name().isBlank()) {
            throw RefusedException.invalid("name", "review.clusters.refusal.name-missing");
        }
        var provinces = new LinkedHashSet<String>(draft.provinceCodes() == null ? List.of() : draft.provinceCodes());
        Set<String> known = db.select(PROVINCE.CODE).from(PROVINCE).where(PROVINCE.CODE.in(provinces)).fetchSet(PROVINCE.CODE);
        for (String code : provinces) {
            if (!known.contains(code)) {
                throw RefusedException.invalid("provinceCodes", "review.clusters.refusal.province-unknown", code);
            }
        }
        return provinces;
    }

    private short position(ClusterDraft draft) {
        if (draft.position() != null) {
            return draft.position().shortValue();
        }
        Short last = db.select(DSL.max(PROVINCE_CLUSTER.POSITION)).from(PROVINCE_CLUSTER).fetchOne(0, Short.class);
        return (short) (last == null ? 1 : last + 1);
    }

    private static ConstraintRefusals refusals(ClusterDraft draft) {
        return ConstraintRefusals.of(Map.of(
                "province_cluster_name_key", RefusedException.conflict("name", "review.clusters.refusal.name-taken",
                        draft.name() == null ? "" : draft.name().strip())));
    }
}
