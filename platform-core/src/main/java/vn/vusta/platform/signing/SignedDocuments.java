package vn.vusta.platform.signing;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.identity.Actor;
import vn.vusta.platform.refusal.RefusedException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.max;
import static vn.vusta.platform.db.jooq.Tables.REPORT;
import static vn.vusta.platform.db.jooq.Tables.SIGNED_DOCUMENT;

/**
 * The archive of the PDFs a union's reports were signed and sent as (README → Signed documents): read by the union and
 * by the national union, kept whole (the database refuses the application any change of a row, and checks each PDF
 * against its SHA-256), verified when stored. A union adds copies signed outside the platform; the platform adds the
 * approved and the sent PDF ({@link ReportSigning}).
 */
@Service
public class SignedDocuments {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final DSLContext db;
    private final SignatureVerifier verifier;
    private final AuditLog audit;
    private final long maxUploadBytes;

    SignedDocuments(DSLContext db, SignatureVerifier verifier, AuditLog audit,
                    // A signed scan of a report runs to a few megabytes.
                    @Value("${vusta.signing.archive.max-upload-megabytes:20}") long maxUploadMegabytes) {
        this.db = db;
        this.verifier = verifier;
        this.audit = audit;
        this.maxUploadBytes = maxUploadMegabytes * 1024 * 1024;
    }

    /** The current tenant's report's archived PDFs, oldest first; refused as not found for a report it does not have. */
    @Transactional(readOnly = true)
    public List<SignedDocument> of(UUID reportId) {
        return list(reportId, REPORT.ID.eq(reportId), SIGNED_DOCUMENT.REPORT_ID.eq(reportId));
    }

    /** A tenant's report's archived PDFs, for the national union's reviewers (national scope). */
    @Transactional(readOnly = true)
    public List<SignedDocument> of(UUID tenantId, UUID reportId) {
        return list(reportId, REPORT.TENANT_ID.eq(tenantId).and(REPORT.ID.eq(reportId)),
                SIGNED_DOCUMENT.TENANT_ID.eq(tenantId).and(SIGNED_DOCUMENT.REPORT_ID.eq(reportId)));
    }

    /** One archived PDF of the current tenant, exactly as stored. */
    @Transactional(readOnly = true)
    public Optional<ArchivedPdf> pdf(UUID documentId) {
        return pdf(SIGNED_DOCUMENT.ID.eq(documentId));
    }

    /** One archived PDF of a tenant's report, for the national union's reviewers (national scope). */
    @Transactional(readOnly = true)
    public Optional<ArchivedPdf> pdf(UUID tenantId, UUID reportId, UUID documentId) {
        return pdf(SIGNED_DOCUMENT.TENANT_ID.eq(tenantId).and(SIGNED_DOCUMENT.REPORT_ID.eq(reportId))
                .and(SIGNED_DOCUMENT.ID.eq(documentId)));
    }

    /**
     * Keeps a copy of the current tenant's report signed outside the platform, verified: refused when it is no PDF
     * ({@code file}) or larger than the limit; kept whatever its signatures are, the verification shown beside it.
     */
    @Transactional
    public SignedDocument upload(UUID reportId, String fileName, byte[] pdf) {
        if (!db.fetchExists(REPORT, REPORT.ID.eq(reportId))) {
            throw RefusedException.notFound("report", reportId);
        }
        if (pdf == null || pdf.length == 0) {
            throw RefusedException.invalid("file", "signing.refusal.file-missing");
        }
        if (pdf.length > maxUploadBytes) {
            throw RefusedException.invalid("file", "signing.refusal.file-too-large", maxUploadBytes / (1024 * 1024));
        }
        if (!startsWithPdfMagic(pdf)) {
            throw RefusedException.invalid("file", "signing.refusal.not-pdf");
        }
        String name = fileName == null || fileName.isBlank() ? "ban-ky-so.pdf" : fileName.strip();
        return store(reportId, DocumentKind.UPLOADED, name, pdf);
    }

    /** Verifies the PDF and adds it to the report's archive as its next version, audited. */
    SignedDocument store(UUID reportId, DocumentKind kind, String fileName, byte[] pdf) {
        Verdict verdict = verifier.verify(pdf);
        // The report's row locked (the step that stores holds the lock already), so two versions never take one number.
        UUID tenantId = db.select(REPORT.TENANT_ID).from(REPORT).where(REPORT.ID.eq(reportId)).forUpdate().fetchSingle().value1();
        int version = db.select(coalesce(max(SIGNED_DOCUMENT.VERSION), (short) 0))
                .from(SIGNED_DOCUMENT).where(SIGNED_DOCUMENT.REPORT_ID.eq(reportId)).fetchSingle().value1() + 1;
        OffsetDateTime now = OffsetDateTime.now();
        String hash = sha256(pdf);
        Record stored = db.insertInto(SIGNED_DOCUMENT)
                .set(SIGNED_DOCUMENT.TENANT_ID, tenantId)
                .set(SIGNED_DOCUMENT.REPORT_ID, reportId)
                .set(SIGNED_DOCUMENT.VERSION, (short) version)
                .set(SIGNED_DOCUMENT.KIND, kind.name())
                .set(SIGNED_DOCUMENT.FILE_NAME, fileName)
                .set(SIGNED_DOCUMENT.PDF, pdf)
                .set(SIGNED_DOCUMENT.SHA256, hash)
                .set(SIGNED_DOCUMENT.SIGNATURES, json(verdict.signatures()))
                .set(SIGNED_DOCUMENT.VERIFIED_AT, now)
                .set(SIGNED_DOCUMENT.STORED_BY, Actor.current().username())
                .set(SIGNED_DOCUMENT.STORED_AT, now)
                .returning(SIGNED_DOCUMENT.ID)
                .fetchSingle();
        SignedDocument document = new SignedDocument(stored.get(SIGNED_DOCUMENT.ID), reportId, version, kind, fileName,
                hash, verdict.signatures(), now, Actor.current().username(), now);
        var facts = new LinkedHashMap<String, Object>();
        facts.put("reportId", reportId.toString());
        facts.put("version", version);
        facts.put("kind", kind.name());
        facts.put("sha256", hash);
        facts.put("signers", verdict.signatures().stream().map(SignatureCheck::signer).toList());
        facts.put("valid", verdict.valid());
        audit.record("signed-document." + kind.name().toLowerCase(Locale.ROOT), "signed_document",
                document.id(), null, JSON.writeValueAsString(facts));
        return document;
    }

    /** The latest archived PDF of the report of that kind stored at or after the moment, with its bytes. */
    Optional<byte[]> latest(UUID reportId, DocumentKind kind, OffsetDateTime since) {
        return db.select(SIGNED_DOCUMENT.PDF).from(SIGNED_DOCUMENT)
                .where(SIGNED_DOCUMENT.REPORT_ID.eq(reportId), SIGNED_DOCUMENT.KIND.eq(kind.name()),
                        SIGNED_DOCUMENT.STORED_AT.ge(since))
                .orderBy(SIGNED_DOCUMENT.VERSION.desc()).limit(1).fetchOptional(SIGNED_DOCUMENT.PDF);
    }

    private List<SignedDocument> list(UUID reportId, Condition report, Condition condition) {
        if (!db.fetchExists(REPORT, report)) {
            throw RefusedException.notFound("report", reportId);
        }
        return db.select(SIGNED_DOCUMENT.ID, SIGNED_DOCUMENT.REPORT_ID, SIGNED_DOCUMENT.VERSION, SIGNED_DOCUMENT.KIND,
                        SIGNED_DOCUMENT.FILE_NAME, SIGNED_DOCUMENT.SHA256, SIGNED_DOCUMENT.SIGNATURES,
                        SIGNED_DOCUMENT.VERIFIED_AT, SIGNED_DOCUMENT.STORED_BY, SIGNED_DOCUMENT.STORED_AT)
                .from(SIGNED_DOCUMENT).where(condition).orderBy(SIGNED_DOCUMENT.VERSION)
                .fetch(r -> new SignedDocument(r.value1(), r.value2(), r.value3(), DocumentKind.valueOf(r.value4()),
                        r.value5(), r.value6(), checks(r.value7()), r.value8(), r.value9(), r.value10()));
    }

    private Optional<ArchivedPdf> pdf(Condition condition) {
        return db.select(SIGNED_DOCUMENT.FILE_NAME, SIGNED_DOCUMENT.PDF, SIGNED_DOCUMENT.SHA256).from(SIGNED_DOCUMENT)
                .where(condition).fetchOptional(r -> {
                    // The database checked the hash when the row was written and lets no one change it; checked again
                    // so that a restore from a damaged backup cannot hand out another document under this one's name.
                    if (!sha256(r.value2()).equals(r.value3())) {
                        throw new IllegalStateException("Archived PDF does not match its SHA-256: " + r.value1());
                    }
                    return new ArchivedPdf(r.value1(), r.value2());
                });
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean startsWithPdfMagic(byte[] bytes) {
        // PDF readers accept the header within the first 1.024 bytes (some scanners put a few bytes before it).
        int end = Math.min(bytes.length, 1024) - PDF_MAGIC.length;
        for (int i = 0; i <= end; i++) {
            if (Arrays.equals(bytes, i, i + PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
                return true;
            }
        }
        return false;
    }

    private static JSONB json(List<SignatureCheck> checks) {
        var list = new ArrayList<Map<String, Object>>();
        for (SignatureCheck c : checks) {
            var m = new LinkedHashMap<String, Object>();
            m.put("signer", c.signer());
            m.put("signedAt", c.signedAt() == null ? null : c.signedAt().toString());
            m.put("indication", c.indication().name());
            m.put("reasonKey", c.reasonKey());
            list.add(m);
        }
        return JSONB.valueOf(JSON.writeValueAsString(list));
    }

    private static List<SignatureCheck> checks(JSONB json) {
        var checks = new ArrayList<SignatureCheck>();
        for (var node : JSON.readTree(json.data())) {
            String at = node.path("signedAt").isNull() || node.path("signedAt").isMissingNode() ? null : node.path("signedAt").asString();
            checks.add(new SignatureCheck(node.path("signer").asString(null), at == null ? null : OffsetDateTime.parse(at),
                    Indication.valueOf(node.path("indication").asString()), node.path("reasonKey").asString(null)));
        }
        return checks;
    }
}
