package vn.vusta.platform.spreadsheets;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.tenancy.TenantTransactions;
import vn.vusta.platform.tenancy.Tenants;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vusta.platform.db.jooq.Tables.AUDIT_EVENT;
import static vn.vusta.platform.db.jooq.Tables.REGISTRY_IMPORT;

/**
 * Uploads nobody confirmed within a day are deleted in every union, since they hold personal data; each deletion
 * is audited without the file's content, and a recent upload stays.
 */
@PlatformApiTest
class ExpiredUploadsTest {

    @Autowired
    DSLContext db;
    @Autowired
    TenantTransactions transactions;
    @Autowired
    Tenants tenants;
    @Autowired
    ExpiredUploads expiredUploads;

    @Test
    void uploadsLeftUnconfirmedForADayAreDeletedInEveryUnion() {
        Tenant hungYen = tenants.findByCode("hung-yen").orElseThrow();
        Tenant haiPhong = tenants.findByCode("hai-phong").orElseThrow();
        UUID oldHungYen = pending(hungYen, "hoi-vien-cu.csv", OffsetDateTime.now().minusDays(2));
        UUID oldHaiPhong = pending(haiPhong, "danh-sach.xlsx", OffsetDateTime.now().minusHours(25));
        UUID recent = pending(hungYen, "hoi-vien-moi.csv", OffsetDateTime.now().minusHours(2));

        assertThat(expiredUploads.deleteEverywhere()).isGreaterThanOrEqualTo(2);

        assertThat(exists(hungYen, oldHungYen)).isFalse();
        assertThat(exists(haiPhong, oldHaiPhong)).isFalse();
        assertThat(exists(hungYen, recent)).isTrue();
        String audited = transactions.inTenant(hungYen, () -> db.select(AUDIT_EVENT.BEFORE).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ACTION.eq("import.expired"), AUDIT_EVENT.OBJECT_ID.eq(oldHungYen.toString()))
                .fetchSingle().value1().data());
        assertThat(audited).contains("hoi-vien-cu.csv").doesNotContain("Nguyễn Văn A");
        transactions.inTenant(hungYen, () -> db.deleteFrom(REGISTRY_IMPORT).where(REGISTRY_IMPORT.ID.eq(recent)).execute());
    }

    private UUID pending(Tenant tenant, String fileName, OffsetDateTime uploadedAt) {
        byte[] content = "Họ và tên\nNguyễn Văn A\n".getBytes(StandardCharsets.UTF_8);
        return transactions.inTenant(tenant, () -> db.insertInto(REGISTRY_IMPORT)
                .set(REGISTRY_IMPORT.TENANT_ID, tenant.id())
                .set(REGISTRY_IMPORT.KIND, ImportKind.MEMBERS.name())
                .set(REGISTRY_IMPORT.FILE_NAME, fileName)
                .set(REGISTRY_IMPORT.FILE_SHA256, "0".repeat(64))
                .set(REGISTRY_IMPORT.CONTENT, content)
                .set(REGISTRY_IMPORT.UPLOADED_BY, "hung-yen-editor")
                .set(REGISTRY_IMPORT.UPLOADED_AT, uploadedAt)
                .returning(REGISTRY_IMPORT.ID).fetchSingle().getId());
    }

    private boolean exists(Tenant tenant, UUID id) {
        return transactions.inTenant(tenant, () -> db.fetchExists(REGISTRY_IMPORT, REGISTRY_IMPORT.ID.eq(id)));
    }
}
