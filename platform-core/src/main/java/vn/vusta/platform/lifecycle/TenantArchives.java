package vn.vusta.platform.lifecycle;

import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.JSONFormat;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Table;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.db.jooq.tables.records.TenantRecord;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.tenancy.TenantColumns;
import vn.vusta.platform.tenancy.TenantStatus;
import vn.vusta.platform.tenancy.TenantTransactions;
import vn.vusta.platform.tenancy.Tenants;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static vn.vusta.platform.db.jooq.Tables.TENANT;

/**
 * A tenant's data as a portable archive, and back. The archive is a zip file (format version 1):
 * <ul>
 *   <li>{@code manifest.json}: {@code format}, {@code formatVersion}, {@code exportedAt}, the tenant (code, name,
 *   province code), and per table its name, row count, columns and the SHA-256 of its file;</li>
 *   <li>{@code tables/<table>.json}: the table's rows in jOOQ's JSON format ({@code fields} with names and types,
 *   then {@code records} as arrays), the tenant's own tenant_id included.</li>
 * </ul>
 * The entries may come in any order; an export writes the manifest last, once the counts and checksums of the
 * tables it streamed are known. Neither direction holds a table in memory: an export streams each table from a
 * cursor into the zip, over one snapshot of the tenant; a restore reads the archive from a file twice, first to
 * check the manifest (format, version, known tables and columns, counts, checksums) before writing anything, then
 * to insert the rows in batches, into an empty tenant only, tenant_id rewritten, all in one transaction.
 */
@Service
public class TenantArchives {

    public static final String FORMAT = "vusta-tenant-archive";
    public static final int FORMAT_VERSION = 1;
    private static final String MANIFEST = "manifest.json";
    private static final JSONFormat ROWS = JSONFormat.DEFAULT_FOR_RESULTS;
    private static final int FETCH_SIZE = 5_000;
    /** Bind values in one INSERT of a restore; PostgreSQL accepts at most 65.535. */
    private static final int BIND_VALUES = 30_000;
    // The parser of a table's file must leave its stream open: what it did not read still goes through the digest.
    private static final JsonMapper JSON = JsonMapper.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

    /** What a restore wrote, table by table. */
    public record Restored(Tenant tenant, Map<String, Integer> rows) {
    }

    private final DSLContext db;
    private final Tenants tenants;
    private final AuditLog audit;
    private final TenantTransactions tenantTransactions;
    private final ArchiveLimits limits;

    private final FailedOperations failures;

    TenantArchives(DSLContext db, Tenants tenants, AuditLog audit, TenantTransactions tenantTransactions,
                   ArchiveLimits limits, FailedOperations failures) {
        this.limits = limits;
        this.failures = failures;
        this.db = db;
        this.tenants = tenants;
        this.audit = audit;
        this.tenantTransactions = tenantTransactions;
    }

    /** Writes the tenant's archive to {@code out}, which stays open; returns the rows written per table. */
    public Map<String, Integer> export(String code, OutputStream out) {
        Tenant tenant = tenants.findByCode(code).orElseThrow(() -> TenantRefusals.unknownTenant(code));
        return tenantTransactions.inTenantSnapshot(tenant, () -> {
            var tables = new ArrayList<Map<String, Object>>();
            var written = new LinkedHashMap<String, Integer>();
            try {
                var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
                // Rows in JSON compress about ten to one even at the fastest level, which is several times faster.
                zip.setLevel(Deflater.BEST_SPEED);
                for (Table<?> table : TenantTables.parentsFirst()) {
                    zip.putNextEntry(new ZipEntry(file(table.getName())));
                    MessageDigest digest = sha256();
                    var writer = new BufferedWriter(new OutputStreamWriter(new DigestOutputStream(zip, digest),
                            StandardCharsets.UTF_8), 1 << 16);
                    int rows = writeRows(table, writer);
                    writer.flush();
                    zip.closeEntry();
                    written.put(table.getName(), rows);
                    tables.add(Map.of("name", table.getName(), "rows", rows, "sha256", HexFormat.of().formatHex(digest.digest()),
                            "columns", Stream.of(table.fields()).map(Field::getName).toList()));
                }
                var manifest = new LinkedHashMap<String, Object>();
                manifest.put("format", FORMAT);
                manifest.put("formatVersion", FORMAT_VERSION);
                manifest.put("exportedAt", OffsetDateTime.now().toString());
                manifest.put("tenant", Map.of("code", tenant.code(), "name", tenant.name(), "provinceCode", tenant.provinceCode()));
                manifest.put("tables", tables);
                zip.putNextEntry(new ZipEntry(MANIFEST));
                zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
                zip.closeEntry();
                zip.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            audit.record("tenant.exported", "tenant", code, null, JSON.writeValueAsString(Map.of("tables", tables)));
            return written;
        });
    }

    /** The table's rows from a cursor, in key order, as {@code Result.formatJSON} would write them all at once. */
    private int writeRows(Table<?> table, Writer writer) throws IOException {
        // jOOQ's own header ({"fields":[…],"records":[), taken from an empty result of the table.
        String empty = db.newResult(table.fields()).formatJSON(ROWS);
        writer.write(empty, 0, empty.lastIndexOf("[]}") + 1);
        int rows = 0;
        try (Cursor<? extends Record> cursor = db.selectFrom(table).orderBy(table.getPrimaryKey().getFields())
                .fetchSize(FETCH_SIZE).fetchLazy()) {
            for (Record row : cursor) {
                if (rows++ > 0) {
                    writer.write(',');
                }
                row.formatJSON(writer, ROWS);
            }
        }
        writer.write("]}");
        return rows;
    }

    /** Restores the archive in {@code archive} into the tenant, which must have no data yet. */
    public Restored restore(String code, Path archive) {
        return failures.audited("restore", code, () -> restoreAudited(code, archive));
    }

    private Restored restoreAudited(String code, Path archive) {
        Tenant tenant = tenants.findByCode(code).orElseThrow(() -> TenantRefusals.unknownTenant(code));
        try {
            limits.checkSize(archive);
            limits.checkEntries(archive);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (var zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
            if (zip.size() == 0) {
                throw new ArchiveRefusedException("archive.unreadable");
            }
            JsonNode manifest = manifest(zip);
            return tenantTransactions.inTenant(tenant, () -> {
                // Only into an active tenant of the archive's own province: a merged one is read-only by design, a
                // suspended one is closed to its users, and another province's union is not this union.
                TenantRecord target = db.selectFrom(TENANT).where(TENANT.ID.eq(tenant.id())).forUpdate().fetchSingle();
                if (target.into(TenantColumns.STATUS).value1() != TenantStatus.ACTIVE) {
                    throw new ArchiveRefusedException("archive.target." + target.getStatus().toLowerCase(), target.getName());
                }
                String province = manifest.path("tenant").path("provinceCode").asString();
                if (!target.getProvinceCode().equals(province)) {
                    throw new ArchiveRefusedException("archive.province.mismatch", manifest.path("tenant").path("name").asString(),
                            province, target.getName(), target.getProvinceCode());
                }
                for (Table<?> table : TenantTables.parentsFirst()) {
                    if (db.fetchExists(table)) {
                        throw new ArchiveRefusedException("archive.target.notempty", code, table.getName());
                    }
                }
                var listed = new ArrayList<String>();
                manifest.path("tables").forEach(entry -> listed.add(entry.path("name").asString()));
                var rows = new LinkedHashMap<String, Integer>();
                for (Table<?> table : TenantTables.parentsFirst()) {
                    rows.put(table.getName(), listed.contains(table.getName())
                            ? insert(table, zip, tenant.id()) : 0);
                }
                audit.record("tenant.restored", "tenant", code, null, JSON.writeValueAsString(Map.of(
                        "from", manifest.path("tenant"), "exportedAt", manifest.path("exportedAt").asString(), "rows", rows)));
                return new Restored(tenant, rows);
            });
        } catch (ZipException e) {
            throw new ArchiveRefusedException("archive.unreadable");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every check of the archive, before anything is written. */
    private static JsonNode manifest(ZipFile zip) throws IOException {
        ZipEntry manifestEntry = zip.getEntry(MANIFEST);
        if (manifestEntry == null) {
            throw new ArchiveRefusedException("archive.manifest.missing");
        }
        JsonNode manifest;
        try (InputStream in = zip.getInputStream(manifestEntry)) {
            manifest = JSON.readTree(in);
        } catch (JacksonException e) {
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
            ZipEntry file = zip.getEntry(file(name));
            if (file == null) {
                throw new ArchiveRefusedException("archive.checksum.mismatch", name);
            }
            MessageDigest digest = sha256();
            int rows;
            try (var in = new DigestInputStream(zip.getInputStream(file), digest)) {
                rows = countRows(in);
                in.transferTo(OutputStream.nullOutputStream());
            }
            if (!HexFormat.of().formatHex(digest.digest()).equals(entry.path("sha256").asString())) {
                throw new ArchiveRefusedException("archive.checksum.mismatch", name);
            }
            if (rows < 0) {
                throw new ArchiveRefusedException("archive.rows.unreadable", name);
            }
            if (rows != entry.path("rows").asInt()) {
                throw new ArchiveRefusedException("archive.count.mismatch", name);
            }
        }
        return manifest;
    }

    /** The number of records in a table's file, read as a stream; -1 when it is not in the format. */
    private static int countRows(InputStream in) {
        try (JsonParser parser = JSON.createParser(in)) {
            if (toRecords(parser) == null) {
                return -1;
            }
            int rows = 0;
            while (parser.nextToken() == JsonToken.START_ARRAY) {
                parser.skipChildren();
                rows++;
            }
            return parser.currentToken() == JsonToken.END_ARRAY ? rows : -1;
        } catch (JacksonException e) {
            return -1;
        }
    }

    /**
     * Inserts a table's rows from the archive, a batch at a time: each batch goes through jOOQ's JSON reader with
     * the file's own field list, so values come back with the types the export wrote.
     */
    private int insert(Table<?> table, ZipFile zip, UUID tenantId) {
        try (InputStream in = zip.getInputStream(zip.getEntry(file(table.getName())));
             JsonParser parser = JSON.createParser(in)) {
            JsonNode fields = toRecords(parser);
            if (fields == null) {
                throw new IllegalStateException("The checked file of " + table.getName() + " is not in the format");
            }
            int batchSize = Math.max(1, BIND_VALUES / Math.max(1, fields.size()));
            int rows = 0;
            ArrayNode batch = JSON.createArrayNode();
            while (parser.nextToken() == JsonToken.START_ARRAY) {
                batch.add((JsonNode) parser.readValueAsTree());
                if (batch.size() == batchSize) {
                    rows += insert(table, fields, batch, tenantId);
                    batch = JSON.createArrayNode();
                }
            }
            return rows + (batch.isEmpty() ? 0 : insert(table, fields, batch, tenantId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One INSERT of many rows, tenant_id rewritten to the tenant restored into. */
    private int insert(Table<?> table, JsonNode fields, ArrayNode batch, UUID tenantId) {
        var json = JSON.createObjectNode();
        json.set("fields", fields);
        json.set("records", batch);
        Result<Record> rows = db.fetchFromJSON(JSON.writeValueAsString(json));
        var columns = new ArrayList<Field<?>>();
        columns.add(table.field("tenant_id"));
        Stream.of(rows.fields()).map(Field::getName).filter(name -> !name.equals("tenant_id"))
                .forEach(name -> columns.add(table.field(name)));
        InsertValuesStepN<?> insert = db.insertInto(table).columns(columns);
        for (Record row : rows) {
            Object[] values = new Object[columns.size()];
            values[0] = tenantId;
            for (int i = 1; i < values.length; i++) {
                values[i] = row.get(columns.get(i).getName());
            }
            insert = insert.values(values);
        }
        return insert.execute();
    }

    /**
     * Moves the parser of a table's file to its first record and returns the file's field list, read on the way;
     * null when the file is not in the format.
     */
    private static JsonNode toRecords(JsonParser parser) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        JsonNode fields = null;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (name.equals("records")) {
                return parser.currentToken() == JsonToken.START_ARRAY ? fields : null;
            }
            if (name.equals("fields")) {
                fields = parser.readValueAsTree();
            } else {
                parser.skipChildren();
            }
        }
        return null;
    }

    private static String file(String table) {
        return "tables/" + table + ".json";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
