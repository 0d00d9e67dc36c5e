package vn.vusta.platform.lifecycle;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONFormat;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.tenancy.TenantTransactions;
import vn.vusta.platform.tenancy.Tenants;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A tenant's data as a portable archive, and back. The archive is a zip file (format version 1):
 * <ul>
 *   <li>{@code manifest.json}: {@code format}, {@code formatVersion}, {@code exportedAt}, the tenant (code, name,
 *   province code), and per table its name, row count, columns and the SHA-256 of its file;</li>
 *   <li>{@code tables/<table>.json}: the table's rows in jOOQ's JSON format ({@code fields} with names and types,
 *   {@code records} as arrays), the tenant's own tenant_id included.</li>
 * </ul>
 * Restoring checks the manifest (format, version, known tables and columns, counts, checksums) before writing
 * anything, writes into an empty tenant only, rewrites tenant_id to that tenant, and does it all in one transaction.
 */
@Service
public class TenantArchives {

    public static final String FORMAT = "vusta-tenant-archive";
    public static final int FORMAT_VERSION = 1;
    private static final String MANIFEST = "manifest.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What a restore wrote, table by table. */
    public record Restored(Tenant tenant, Map<String, Integer> rows) {
    }

    private final DSLContext db;
    private final Tenants tenants;
    private final AuditLog audit;
    private final TenantTransactions tenantTransactions;

    TenantArchives(DSLContext db, Tenants tenants, AuditLog audit, TenantTransactions tenantTransactions) {
        this.db = db;
        this.tenants = tenants;
        this.audit = audit;
        this.tenantTransactions = tenantTransactions;
    }

    public byte[] export(String code) {
        Tenant tenant = tenants.findByCode(code).orElseThrow(() -> new UnknownTenantException(code));
        return tenantTransactions.inTenant(tenant, () -> {
            var files = new LinkedHashMap<String, byte[]>();
            var tables = new ArrayList<Map<String, Object>>();
            for (Table<?> table : TenantTables.parentsFirst()) {
                Result<?> rows = db.selectFrom(table).orderBy(table.getPrimaryKey().getFields()).fetch();
                byte[] content = rows.formatJSON(JSONFormat.DEFAULT_FOR_RESULTS).getBytes(StandardCharsets.UTF_8);
                files.put("tables/" + table.getName() + ".json", content);
                tables.add(Map.of("name", table.getName(), "rows", rows.size(), "sha256", sha256(content),
                        "columns", Stream.of(table.fields()).map(Field::getName).toList()));
            }
            var manifest = new LinkedHashMap<String, Object>();
            manifest.put("format", FORMAT);
            manifest.put("formatVersion", FORMAT_VERSION);
            manifest.put("exportedAt", OffsetDateTime.now().toString());
            manifest.put("tenant", Map.of("code", tenant.code(), "name", tenant.name(), "provinceCode", tenant.provinceCode()));
            manifest.put("tables", tables);
            audit.record("tenant.exported", "tenant", code, null, JSON.writeValueAsString(Map.of("tables", tables)));
            return zip(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest), files);
        });
    }

    public Restored restore(String code, byte[] archive) {
        Tenant tenant = tenants.findByCode(code).orElseThrow(() -> new UnknownTenantException(code));
        Map<String, byte[]> files = unzip(archive);
        JsonNode manifest = manifest(files);
        return tenantTransactions.inTenant(tenant, () -> {
            for (Table<?> table : TenantTables.parentsFirst()) {
                if (db.fetchExists(table)) {
                    throw new ArchiveRefusedException("archive.target.notempty", code, table.getName());
                }
            }
            var rows = new LinkedHashMap<String, Integer>();
            for (Table<?> table : TenantTables.parentsFirst()) {
                byte[] content = files.get("tables/" + table.getName() + ".json");
                if (content == null) {
                    rows.put(table.getName(), 0);
                    continue;
                }
                rows.put(table.getName(), insert(table, content, tenant.id()));
            }
            audit.record("tenant.restored", "tenant", code, null, JSON.writeValueAsString(Map.of(
                    "from", manifest.path("tenant"), "exportedAt", manifest.path("exportedAt").asString(), "rows", rows)));
            return new Restored(tenant, rows);
        });
    }

    private int insert(Table<?> table, byte[] content, UUID tenantId) {
        Result<Record> rows = db.fetchFromJSON(new String(content, StandardCharsets.UTF_8));
        var records = new ArrayList<TableRecord<?>>();
        for (Record row : rows) {
            TableRecord<?> record = (TableRecord<?>) db.newRecord(table);
            record.fromMap(row.intoMap());
            record.set(table.field("tenant_id", UUID.class), tenantId);
            records.add(record);
        }
        if (!records.isEmpty()) {
            db.batchInsert(records).execute();
        }
        return records.size();
    }

    /** Every check of the archive, before anything is written. */
    private JsonNode manifest(Map<String, byte[]> files) {
        byte[] manifestBytes = files.get(MANIFEST);
        if (manifestBytes == null) {
            throw new ArchiveRefusedException("archive.manifest.missing");
        }
        JsonNode manifest;
        try {
            manifest = JSON.readTree(manifestBytes);
        } catch (RuntimeException e) {
            throw new ArchiveRefusedException("archive.manifest.unreadable");
        }
        if (!FORMAT.equals(manifest.path("format").asString())) {
            throw new ArchiveRefusedException("archive.format.foreign", manifest.path("format").asString());
        }
        if (manifest.path("formatVersion").asInt() != FORMAT_VERSION) {
            throw new ArchiveRefusedException("archive.version.unsupported", manifest.path("formatVersion").asString(), FORMAT_VERSION);
        }
        var known = new LinkedHashMap<String, Table<?>>();
        TenantTables.parentsFirst().forEach(t -> known.put(t.getName(), t));
        for (JsonNode entry : manifest.path("tables")) {
            String name = entry.path("name").asString();
            Table<?> table = known.get(name);
            if (table == null) {
                throw new ArchiveRefusedException("archive.table.unknown", name);
            }
            for (JsonNode column : entry.path("columns")) {
                if (table.field(column.asString()) == null) {
                    throw new ArchiveRefusedException("archive.column.unknown", name, column.asString());
                }
            }
            byte[] content = files.get("tables/" + name + ".json");
            if (content == null || !sha256(content).equals(entry.path("sha256").asString())) {
                throw new ArchiveRefusedException("archive.checksum.mismatch", name);
            }
            if (db.fetchFromJSON(new String(content, StandardCharsets.UTF_8)).size() != entry.path("rows").asInt()) {
                throw new ArchiveRefusedException("archive.count.mismatch", name);
            }
        }
        return manifest;
    }

    private static byte[] zip(byte[] manifest, Map<String, byte[]> files) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(manifest);
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Map<String, byte[]> unzip(byte[] archive) {
        var files = new LinkedHashMap<String, byte[]>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ArchiveRefusedException("archive.unreadable");
        }
        if (files.isEmpty()) {
            throw new ArchiveRefusedException("archive.unreadable");
        }
        return files;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
