package vn.vusta.platform.files;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.transaction.IllegalTransactionStateException;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.tenancy.TenantTransactions;
import vn.vusta.platform.tenancy.Tenants;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vusta.platform.TestFiles.PROGRAM;
import static vn.vusta.platform.TestFiles.bytesOf;
import static vn.vusta.platform.TestFiles.demo;
import static vn.vusta.platform.TestFiles.upload;
import static vn.vusta.platform.db.jooq.Tables.STORED_FILE;

/**
 * Attached files as a union's user meets them: what is stored is downloaded byte for byte under its name, a file
 * too large, empty or of a type not accepted is refused naming the field, a failed write leaves neither row nor
 * bytes, and another union's file is not there.
 */
@PlatformApiTest
class StoredFilesTest {


    @Autowired
    StoredFiles files;
    @Autowired
    TenantTransactions transactions;
    @Autowired
    Tenants tenants;
    @Autowired
    DSLContext db;
    @Value("${vusta.files.directory}")
    Path directory;

    @Test
    void aStoredFileIsDownloadedByteForByteUnderItsNameWithTheTypeItsBytesHave() throws IOException {
        Tenant thanhHoa = tenants.findByCode("thanh-hoa").orElseThrow();
        byte[] photo = demo("hoi-nghi.png");
        // Named .jpg by the user; the bytes are a PNG, and that is what the download says.
        StoredFile stored = transactions.inTenant(thanhHoa, () -> files.store(upload("Ảnh hội thảo khoa học.jpg", photo)));
        assertThat(stored.contentType()).isEqualTo("image/png");
        assertThat(stored.size()).isEqualTo(photo.length);

        Api.Download download = Api.download("/api/v1/files/" + stored.id(), KeycloakTokens.accessToken("thanh-hoa-viewer"));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(photo);
        assertThat(download.contentType()).isEqualTo("image/png");
        assertThat(download.disposition()).startsWith("attachment")
                .contains("filename*=UTF-8''" + "%E1%BA%A2nh%20h%E1%BB%99i%20th%E1%BA%A3o%20khoa%20h%E1%BB%8Dc.jpg");
        assertThat(Api.download("/api/v1/files/" + stored.id() + "?inline=true", KeycloakTokens.accessToken("thanh-hoa-viewer"))
                .disposition()).startsWith("inline");
    }

    @Test
    void anotherUnionsFileIsNotThere() {
        Tenant thanhHoa = tenants.findByCode("thanh-hoa").orElseThrow();
        StoredFile stored = transactions.inTenant(thanhHoa, () -> files.store(upload("bao-cao.pdf", demo("bao-cao.pdf"))));
        var fromHaiPhong = Api.download("/api/v1/files/" + stored.id(), KeycloakTokens.accessToken("hai-phong-admin"));
        assertThat(fromHaiPhong.status()).isEqualTo(404);
        assertThat(new String(fromHaiPhong.body(), StandardCharsets.UTF_8)).doesNotContain("PDF");
        Tenant haiPhong = tenants.findByCode("hai-phong").orElseThrow();
        assertThat(transactions.inTenant(haiPhong, () -> files.find(stored.id()))).isEmpty();
    }

    @Test
    void theDemoUnionsFilesAreThereFromTheStart() {
        // The photo of Thanh Hóa's Standing Committee meeting of 22/06/2021 (R__demo_tenants_events.sql).
        var download = Api.download("/api/v1/files/0195d2a0-0038-7000-8012-000000000001",
                KeycloakTokens.accessToken("thanh-hoa-editor"));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(demo("hoi-nghi.png"));
        assertThat(download.contentType()).isEqualTo("image/png");
    }

    @Test
    void aFileTooLargeEmptyOrOfAnotherKindIsRefusedNamingTheFieldAndNothingIsKept() throws IOException {
        Tenant hungYen = tenants.findByCode("hung-yen").orElseThrow();
        long filesBefore = countRows(hungYen);
        long bytesBefore = bytesOf(directory, hungYen);
        byte[] tooLarge = new byte[20 * 1024 * 1024 + 1];
        Arrays.fill(tooLarge, (byte) 'a');

        assertRefused(hungYen, upload("ghi-chep.txt", tooLarge), "files.refusal.too-large");
        // A sender that declares a small size and sends more is measured by what arrives.
        assertRefused(hungYen, new Upload("ghi-chep.txt", 10, new ByteArrayResource(tooLarge)), "files.refusal.too-large");
        assertRefused(hungYen, upload("rong.pdf", new byte[0]), "files.refusal.empty");
        assertRefused(hungYen, upload("bao-cao.pdf", PROGRAM), "files.refusal.type-not-allowed");
        assertRefused(hungYen, upload("   ", demo("bao-cao.pdf")), "files.refusal.name-missing");

        assertThat(countRows(hungYen)).isEqualTo(filesBefore);
        assertThat(bytesOf(directory, hungYen)).isEqualTo(bytesBefore);
    }

    @Test
    void whenTheOwnersWriteFailsTheFileIsNeitherRecordedNorKept() throws IOException {
        Tenant hungYen = tenants.findByCode("hung-yen").orElseThrow();
        long rowsBefore = countRows(hungYen);
        long bytesBefore = bytesOf(directory, hungYen);
        assertThatThrownBy(() -> transactions.inTenant(hungYen, () -> {
            files.store(upload("bien-ban.pdf", demo("bao-cao.pdf")));
            throw new IllegalStateException("the owner's write failed");
        })).hasMessage("the owner's write failed");
        assertThat(countRows(hungYen)).isEqualTo(rowsBefore);
        assertThat(bytesOf(directory, hungYen)).isEqualTo(bytesBefore);
    }

    @Test
    void aDeletedFileIsGoneWithItsBytes() throws IOException {
        Tenant hungYen = tenants.findByCode("hung-yen").orElseThrow();
        StoredFile stored = transactions.inTenant(hungYen, () -> files.store(upload("tam.pdf", demo("bao-cao.pdf"))));
        long bytesWithIt = bytesOf(directory, hungYen);
        assertThat(transactions.inTenant(hungYen, () -> files.delete(stored.id()))).isTrue();
        assertThat(bytesOf(directory, hungYen)).isEqualTo(bytesWithIt - 1);
        assertThat(Api.download("/api/v1/files/" + stored.id(), KeycloakTokens.accessToken("hung-yen-admin")).status())
                .isEqualTo(404);
    }

    @Test
    void aFileIsStoredOnlyAsPartOfItsOwnersWrite() {
        assertThatThrownBy(() -> files.store(upload("le.pdf", demo("bao-cao.pdf"))))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    private void assertRefused(Tenant tenant, Upload upload, String reason) {
        assertThatThrownBy(() -> transactions.inTenant(tenant, () -> files.store(upload)))
                .isInstanceOfSatisfying(RefusedException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("file");
                    assertThat(refused.reason()).isEqualTo(reason);
                });
    }

    private long countRows(Tenant tenant) {
        return transactions.inTenant(tenant, () -> (long) db.fetchCount(STORED_FILE));
    }



}
