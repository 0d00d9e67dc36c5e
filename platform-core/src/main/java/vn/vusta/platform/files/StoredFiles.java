package vn.vusta.platform.files;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.db.jooq.tables.records.StoredFileRecord;
import vn.vusta.platform.identity.Actor;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.tenancy.AccessScope;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.STORED_FILE;

/**
 * The files of the current tenant's union. A file is stored by its owner's write (an event with its photos, a
 * consultancy task's result document), in that write's transaction: if the write fails, the row is not there and
 * the bytes are removed; a deleted file's bytes go once the deletion is committed. A file of another union is
 * simply not found (row-level security), and its bytes are only ever reached through its row.
 */
@Service
public class StoredFiles {

    private static final System.Logger LOG = System.getLogger(StoredFiles.class.getName());
    /** The field of every refusal: the file input of a page, the multipart part of the API. */
    private static final String FIELD = "file";

    private final DSLContext db;
    private final AuditLog audit;
    private final FileStorage storage;
    private final FileTypes types;
    private final long maxSize;

    StoredFiles(DSLContext db, AuditLog audit, FileStorage storage, FileTypes types, FilesProperties properties) {
        this.db = db;
        this.audit = audit;
        this.storage = storage;
        this.types = types;
        this.maxSize = properties.maxSize().toBytes();
    }

    /**
     * Stores a file in the current tenant. Refused, naming the field {@code file}, when it is empty, larger than the
     * limit or of a type not accepted. Runs only inside its owner's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public StoredFile store(Upload upload) {
        String name = FileNames.clean(upload.fileName());
        if (name.isEmpty()) {
            throw RefusedException.invalid(FIELD, "files.refusal.name-missing");
        }
        if (upload.size() > maxSize) {
            throw tooLarge(name);
        }
        Path received = null;
        try {
            received = Files.createTempFile("vusta-upload-", "");
            var digest = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = upload.content().getInputStream();
                 OutputStream out = new DigestOutputStream(Files.newOutputStream(received), digest)) {
                // The declared size is the sender's word: the bytes are counted as they arrive.
                size = in.transferTo(new LimitedOutputStream(out, maxSize));
            } catch (LimitedOutputStream.LimitExceededException e) {
                throw tooLarge(name);
            }
            if (size == 0) {
                throw RefusedException.invalid(FIELD, "files.refusal.empty", name);
            }
            String type = types.detect(received, name);
            if (!types.allowed(type)) {
                throw RefusedException.invalid(FIELD, "files.refusal.type-not-allowed", name);
            }
            UUID tenant = AccessScope.currentTenant().id();
            String key = tenant + "/" + UUID.randomUUID();
            StoredFileRecord stored = db.insertInto(STORED_FILE)
                    .set(STORED_FILE.TENANT_ID, tenant)
                    .set(STORED_FILE.NAME, name)
                    .set(STORED_FILE.CONTENT_TYPE, type)
                    .set(STORED_FILE.SIZE_BYTES, size)
                    .set(STORED_FILE.SHA256, HexFormat.of().formatHex(digest.digest()))
                    .set(STORED_FILE.STORAGE_KEY, key)
                    .set(STORED_FILE.UPLOADED_BY, Actor.current().username())
                    .returning()
                    .fetchSingle();
            storage.write(key, received);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        deleteBytes(key);
                    }
                }
            });
            audit.record("file.stored", null, stored, stored.getId());
            return toFile(stored);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (received != null) {
                try {
                    Files.deleteIfExists(received);
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.WARNING, "Could not delete " + received, e);
                }
            }
        }
    }

    /** The largest file accepted, in bytes: the pages check it before a file is sent. */
    public long maxSize() {
        return maxSize;
    }

    @Transactional(readOnly = true)
    public Optional<StoredFile> find(UUID id) {
        return db.selectFrom(STORED_FILE).where(STORED_FILE.ID.eq(id)).fetchOptional(StoredFiles::toFile);
    }

    /** The files of the ids found in the current tenant, oldest first. */
    @Transactional(readOnly = true)
    public List<StoredFile> find(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.selectFrom(STORED_FILE).where(STORED_FILE.ID.in(ids))
                .orderBy(STORED_FILE.UPLOADED_AT, STORED_FILE.ID)
                .fetch(StoredFiles::toFile);
    }

    /** A file of the current tenant with the means to read its bytes; empty when there is no such file. */
    @Transactional(readOnly = true)
    public Optional<FileContent> open(UUID id) {
        return db.selectFrom(STORED_FILE).where(STORED_FILE.ID.eq(id)).fetchOptional()
                .map(r -> new FileContent(toFile(r), () -> storage.read(r.getStorageKey())));
    }

    /**
     * Deletes a file its owner no longer holds (the owner deletes its link first, in the same transaction). The
     * bytes go once the deletion is committed. False when there is no such file.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean delete(UUID id) {
        Optional<StoredFileRecord> deleted = db.deleteFrom(STORED_FILE).where(STORED_FILE.ID.eq(id))
                .returning().fetchOptional();
        deleted.ifPresent(r -> {
            audit.record("file.deleted", r, null, r.getId());
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deleteBytes(r.getStorageKey());
                }
            });
        });
        return deleted.isPresent();
    }

    /** The stored files of a tenant being deleted: their bytes' keys and total size. */
    public record TenantFiles(List<String> keys, long bytes) {
    }

    /**
     * The current tenant's stored files, read in the transaction that deletes the tenant; their bytes are removed by
     * {@link #removeBytes} once it is committed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public TenantFiles ofTenant() {
        var files = db.select(STORED_FILE.STORAGE_KEY, STORED_FILE.SIZE_BYTES).from(STORED_FILE).fetch();
        return new TenantFiles(files.getValues(STORED_FILE.STORAGE_KEY),
                files.stream().mapToLong(r -> r.value2()).sum());
    }

    /** Removes the bytes under these keys (their rows are gone); how many could not be removed (the log says which). */
    public int removeBytes(Collection<String> keys) {
        int left = 0;
        for (String key : keys) {
            try {
                storage.delete(key);
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not delete the stored bytes " + key, e);
                left++;
            }
        }
        return left;
    }

    private RefusedException tooLarge(String name) {
        return RefusedException.invalid(FIELD, "files.refusal.too-large", name, maxSize / (1024 * 1024));
    }

    private void deleteBytes(String key) {
        try {
            storage.delete(key);
        } catch (IOException | RuntimeException e) {
            // The row is gone either way; bytes left behind are unreachable, and the log says which.
            LOG.log(System.Logger.Level.WARNING, "Could not delete the stored bytes " + key, e);
        }
    }

    static StoredFile toFile(StoredFileRecord r) {
        return new StoredFile(r.getId(), r.getName(), r.getContentType(), r.getSizeBytes(), r.getUploadedAt(),
                r.getUploadedBy());
    }
}
