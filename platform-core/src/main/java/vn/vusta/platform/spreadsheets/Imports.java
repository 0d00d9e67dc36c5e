package vn.vusta.platform.spreadsheets;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.db.jooq.tables.records.RegistryImportRecord;
import vn.vusta.platform.identity.Actor;
import vn.vusta.platform.spreadsheets.SheetImport.Written;
import vn.vusta.platform.spreadsheets.SheetReader.SheetRow;
import vn.vusta.platform.spreadsheets.SheetReader.UnreadableSheetException;
import vn.vusta.platform.tenancy.AccessScope;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static vn.vusta.platform.db.jooq.Tables.REGISTRY_IMPORT;

/**
 * Importing units and members from a spreadsheet, in two steps. The upload is kept and previewed: every problem
 * (row, column, what is wrong) and every duplicate of a record already there, nothing written. The confirmation
 * reads it again against the registry as it is then, refuses if any problem remains, and writes it all in one
 * transaction, or nothing: new records, and the duplicates the user chose to update. One audit event per
 * import. The same file imported twice changes nothing the second time: every row is an identical duplicate.
 */
@Service
public class Imports {

    /** An upload nobody confirmed is deleted after this: it holds personal data. */
    private static final Duration PENDING_KEPT = Duration.ofDays(1);
    private static final int MAX_FILE_NAME = 255;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The first key of the transaction locks of imports (the second is the tenant's): "IMPO". */
    private static final int LOCK_CLASS = 0x494d504f;
    private static final Executor READERS = Executors.newVirtualThreadPerTaskExecutor();

    private final DSLContext db;
    private final AuditLog audit;
    private final MeterRegistry meters;
    private final SheetLimits limits;
    private final Map<ImportKind, SheetImport<?>> sheets = new EnumMap<>(ImportKind.class);

    Imports(DSLContext db, AuditLog audit, List<SheetImport<?>> sheets, MeterRegistry meters, SheetLimits limits) {
        this.db = db;
        this.limits = limits;
        this.audit = audit;
        this.meters = meters;
        sheets.forEach(sheet -> this.sheets.put(sheet.kind(), sheet));
    }

    /** The headings a sheet of this kind is read by, as exports write them. */
    public static List<String> headings(ImportKind kind) {
        return switch (kind) {
            case MEMBERS -> MemberColumn.written().stream().map(MemberColumn::heading).toList();
            case UNITS -> Arrays.stream(UnitColumn.values()).map(UnitColumn::heading).toList();
        };
    }

    /** Keeps an uploaded file and previews its import; refuses a file that is no readable .xlsx or .csv. */
    @Transactional
    public ImportPreview upload(ImportKind kind, String fileName, byte[] content) {
        String name = fileName(fileName);
        if (content.length == 0) {
            throw RefusedException.badRequest("file", "import.refused.empty", name);
        }
        if (SheetFormat.openDocument(name, content)) {
            throw RefusedException.badRequest("file", "import.refused.openDocument", name);
        }
        SheetFormat format = SheetFormat.of(name, content)
                .orElseThrow(() -> RefusedException.badRequest("file", "import.refused.format", name));
        Supplier<List<SheetRow>> rows = reading(format, content, name);
        deleteExpired();
        var record = db.newRecord(REGISTRY_IMPORT);
        record.setTenantId(AccessScope.currentTenant().id());
        record.setKind(kind.name());
        record.setFileName(name);
        record.setFileSha256(sha256(content));
        record.setContent(content);
        record.setUploadedBy(Actor.current().username());
        var stored = db.insertInto(REGISTRY_IMPORT).set(record)
                .returning(REGISTRY_IMPORT.ID, REGISTRY_IMPORT.UPLOADED_AT)
                .fetchSingle();
        record.setId(stored.getId());
        record.setUploadedAt(stored.getUploadedAt());
        return preview(record, sheets.get(kind).analyze(rows, false));
    }

    /**
     * Deletes the current tenant's uploads nobody confirmed within {@link #PENDING_KEPT}, each audited without its
     * content; returns how many. Runs in its caller's transaction: an upload's, or the tenant's of ExpiredUploads.
     */
    int deleteExpired() {
        var expired = db.deleteFrom(REGISTRY_IMPORT)
                .where(REGISTRY_IMPORT.CONFIRMED_AT.isNull(),
                        REGISTRY_IMPORT.UPLOADED_AT.lt(OffsetDateTime.now().minus(PENDING_KEPT)))
                .returning(REGISTRY_IMPORT.ID, REGISTRY_IMPORT.KIND, REGISTRY_IMPORT.FILE_NAME,
                        REGISTRY_IMPORT.FILE_SHA256, REGISTRY_IMPORT.UPLOADED_BY, REGISTRY_IMPORT.UPLOADED_AT)
                .fetch();
        for (var upload : expired) {
            var event = new LinkedHashMap<String, Object>();
            event.put("kind", upload.getKind());
            event.put("fileName", upload.getFileName());
            event.put("sha256", upload.getFileSha256());
            event.put("uploadedBy", upload.getUploadedBy());
            event.put("uploadedAt", upload.getUploadedAt().toString());
            audit.record("import.expired", REGISTRY_IMPORT.getName(), upload.getId(), JSON.writeValueAsString(event), null);
        }
        return expired.size();
    }

    /** An import as it stands: a pending one previewed against the registry as it is now, a confirmed one's result. */
    @Transactional(readOnly = true)
    public Optional<ImportPreview> find(UUID id) {
        return db.selectFrom(REGISTRY_IMPORT).where(REGISTRY_IMPORT.ID.eq(id)).fetchOptional()
                .map(record -> record.getConfirmedAt() != null ? confirmed(record)
                        : preview(record, sheets.get(record.into(RegistryImportColumns.KIND).value1()).analyze(reading(record), false)));
    }

    /**
     * Writes a pending import: all of it or, if any row has a problem now, nothing. Duplicates follow
     * {@code choice}, except the rows {@code rowChoices} names. Empty when there is no such import.
     */
    @Transactional
    public Optional<ImportResult> confirm(UUID id, DuplicateChoice choice, Map<Integer, DuplicateChoice> rowChoices) {
        Optional<RegistryImportRecord> found = db.selectFrom(REGISTRY_IMPORT).where(REGISTRY_IMPORT.ID.eq(id))
                .forUpdate().fetchOptional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RegistryImportRecord record = found.get();
        countOutcome(record.getKind());
        if (record.getConfirmedAt() != null) {
            throw RefusedException.conflict("id", "import.refused.confirmed", record.getFileName());
        }
        // One confirmation at a time per tenant: two files naming the same new person would otherwise both create
        // them. The second waits, then finds the first one's records as duplicates.
        UUID tenant = AccessScope.currentTenant().id();
        db.select(DSL.function(DSL.name("pg_advisory_xact_lock"), Object.class, DSL.val(LOCK_CLASS), DSL.val(tenant.hashCode())))
                .fetch();
        return Optional.of(confirm(sheets.get(record.into(RegistryImportColumns.KIND).value1()), record, choice, rowChoices));
    }

    /**
     * {@code vusta.imports} by kind and outcome, once the confirmation's transaction has ended: confirmed when it
     * committed, failed when it rolled back (a problem found now, a refusal, an outage: nothing was written).
     */
    private void countOutcome(String kind) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                Counter.builder("vusta.imports").description("Confirmed imports of spreadsheets, by kind and outcome")
                        .tag("kind", kind).tag("outcome", status == STATUS_COMMITTED ? "confirmed" : "failed")
                        .register(meters).increment();
            }
        });
    }

    private <T> ImportResult confirm(SheetImport<T> sheet, RegistryImportRecord record, DuplicateChoice choice,
                                     Map<Integer, DuplicateChoice> rowChoices) {
        Analysis<T> analysis = sheet.analyze(reading(record), true);
        if (!analysis.problems().isEmpty()) {
            throw RefusedException.invalid("file", "import.refused.problems",
                    analysis.problems().stream().map(RowProblem::detail).toList(), analysis.problems().size());
        }
        Set<Integer> duplicateRows = analysis.duplicates().stream().map(Duplicate::row).collect(Collectors.toSet());
        for (Integer row : rowChoices.keySet()) {
            if (!duplicateRows.contains(row)) {
                throw RefusedException.badRequest("rows", "import.refused.notDuplicate", row);
            }
        }
        Map<Integer, DuplicateChoice> choices = duplicateRows.stream()
                .collect(Collectors.toMap(row -> row, row -> rowChoices.getOrDefault(row, choice)));
        Written written = sheet.write(analysis, choices);

        var result = new ImportResult(written.created().size(), written.updated().size(), written.unchanged(),
                written.skipped(), Actor.current().username(), OffsetDateTime.now());
        db.update(REGISTRY_IMPORT)
                .set(REGISTRY_IMPORT.CONTENT, (byte[]) null)
                .set(REGISTRY_IMPORT.CONFIRMED_BY, result.confirmedBy())
                .set(REGISTRY_IMPORT.CONFIRMED_AT, result.confirmedAt())
                .set(REGISTRY_IMPORT.CREATED_COUNT, result.created())
                .set(REGISTRY_IMPORT.UPDATED_COUNT, result.updated())
                .set(REGISTRY_IMPORT.UNCHANGED_COUNT, result.unchanged())
                .set(REGISTRY_IMPORT.SKIPPED_COUNT, result.skipped())
                .where(REGISTRY_IMPORT.ID.eq(record.getId()))
                .execute();
        var event = new LinkedHashMap<String, Object>();
        event.put("kind", record.getKind());
        event.put("fileName", record.getFileName());
        event.put("sha256", record.getFileSha256());
        event.put("created", result.created());
        event.put("updated", result.updated());
        event.put("unchanged", result.unchanged());
        event.put("skipped", result.skipped());
        event.put("createdIds", written.created());
        event.put("updatedIds", written.updated());
        audit.record("import.confirmed", REGISTRY_IMPORT.getName(), record.getId(), null, JSON.writeValueAsString(event));
        return result;
    }

    /**
     * The sheet's rows, read on a thread of their own while the caller reads the registry: a large import costs
     * the longer of the two, not their sum.
     */
    private Supplier<List<SheetRow>> reading(SheetFormat format, byte[] content, String fileName) {
        CompletableFuture<List<SheetRow>> rows = CompletableFuture.supplyAsync(() -> rows(format, content, fileName), READERS);
        return () -> {
            try {
                return rows.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        };
    }

    private Supplier<List<SheetRow>> reading(RegistryImportRecord record) {
        byte[] content = record.getContent();
        return reading(SheetFormat.of(record.getFileName(), content).orElseThrow(), content, record.getFileName());
    }

    private List<SheetRow> rows(SheetFormat format, byte[] content, String fileName) {
        List<SheetRow> rows;
        try {
            rows = SheetReader.read(format, content, limits.maxRows() + 1, limits);
        } catch (UnreadableSheetException e) {
            throw RefusedException.badRequest("file", "import.refused.unreadable", fileName);
        } catch (SheetLimits.LimitExceededException e) {
            var arguments = new Object[e.arguments().length + 1];
            arguments[0] = fileName;
            System.arraycopy(e.arguments(), 0, arguments, 1, e.arguments().length);
            throw RefusedException.badRequest("file", e.reason(), arguments);
        } catch (CsvEncoding.DamagedTextException e) {
            throw RefusedException.badRequest("file", "import.refused.encoding", fileName, e.encoding(), e.sample());
        }
        if (rows.size() > limits.maxRows()) {
            throw RefusedException.badRequest("file", "import.refused.tooManyRows", fileName, limits.maxRows());
        }
        return rows;
    }

    private ImportPreview preview(RegistryImportRecord record, Analysis<?> analysis) {
        List<Duplicate> duplicates = analysis.duplicates();
        int identical = (int) duplicates.stream().filter(Duplicate::identical).count();
        OffsetDateTime previously = db.select(DSL.max(REGISTRY_IMPORT.CONFIRMED_AT)).from(REGISTRY_IMPORT)
                .where(REGISTRY_IMPORT.FILE_SHA256.eq(record.getFileSha256()), REGISTRY_IMPORT.KIND.eq(record.getKind()))
                .fetchOne(0, OffsetDateTime.class);
        return new ImportPreview(record.getId(), record.into(RegistryImportColumns.KIND).value1(), record.getFileName(),
                record.getFileSha256(), record.getUploadedBy(), record.getUploadedAt(), analysis.rowCount(),
                analysis.candidates().size() - duplicates.size(), duplicates.size(), identical, analysis.columns(),
                analysis.ignoredColumns(), analysis.sample(), analysis.problems(), analysis.warnings(), duplicates, previously, null,
                analysis.notes());
    }

    private static ImportPreview confirmed(RegistryImportRecord r) {
        var result = new ImportResult(r.getCreatedCount(), r.getUpdatedCount(), r.getUnchangedCount(),
                r.getSkippedCount(), r.getConfirmedBy(), r.getConfirmedAt());
        int duplicates = result.updated() + result.unchanged() + result.skipped();
        return new ImportPreview(r.getId(), r.into(RegistryImportColumns.KIND).value1(), r.getFileName(), r.getFileSha256(),
                r.getUploadedBy(), r.getUploadedAt(), result.created() + duplicates, result.created(), duplicates,
                result.unchanged(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, result, List.of());
    }

    /** The name without any folder a browser may send, never empty. */
    private static String fileName(String fileName) {
        String name = fileName == null ? "" : fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty()) {
            return "tep-nhap";
        }
        return name.length() > MAX_FILE_NAME ? name.substring(name.length() - MAX_FILE_NAME) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
