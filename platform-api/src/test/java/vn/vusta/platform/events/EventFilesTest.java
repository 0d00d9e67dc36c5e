package vn.vusta.platform.events;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.tenancy.TenantTransactions;
import vn.vusta.platform.tenancy.Tenants;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vusta.platform.TestFiles.PROGRAM;
import static vn.vusta.platform.TestFiles.bytesOf;
import static vn.vusta.platform.TestFiles.demo;
import static vn.vusta.platform.TestFiles.upload;
import static vn.vusta.platform.db.jooq.Tables.STORED_FILE;

/**
 * An event and the files sent with it (the page's form sends both in one submit) are written together or not at
 * all: a file refused leaves neither the event, nor the files accepted before it, nor their bytes.
 */
@PlatformApiTest
class EventFilesTest {


    @Autowired
    Events events;
    @Autowired
    TenantTransactions transactions;
    @Autowired
    Tenants tenants;
    @Autowired
    DSLContext db;
    @Value("${vusta.files.directory}")
    Path directory;

    @Test
    void anEventAndItsFilesAreWrittenTogetherOrNotAtAll() throws IOException {
        Tenant hungYen = tenants.findByCode("hung-yen").orElseThrow();
        String title = "Lớp tập huấn kèm tệp " + UUID.randomUUID().toString().substring(0, 6);
        long rowsBefore = storedFiles(hungYen);
        long bytesBefore = bytesOf(directory, hungYen);

        assertThatThrownBy(() -> transactions.inTenant(hungYen, () ->
                events.create(draft(title), List.of(upload("anh.png", demo("hoi-nghi.png")),
                        upload("bao-cao.pdf", PROGRAM)))))
                .isInstanceOfSatisfying(RefusedException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("file");
                    assertThat(refused.reason()).isEqualTo("files.refusal.type-not-allowed");
                });
        assertThat(found(hungYen, title)).as("no event").isZero();
        assertThat(storedFiles(hungYen)).as("no file row").isEqualTo(rowsBefore);
        assertThat(bytesOf(directory, hungYen)).as("no bytes").isEqualTo(bytesBefore);

        Event saved = transactions.inTenant(hungYen, () -> events.create(draft(title),
                List.of(upload("anh.png", demo("hoi-nghi.png")))));
        assertThat(saved.attachments()).extracting(f -> f.name()).containsExactly("anh.png");
        assertThat(found(hungYen, title)).isEqualTo(1);
        assertThat(bytesOf(directory, hungYen)).isEqualTo(bytesBefore + 1);
        assertThat(transactions.inTenant(hungYen, () -> events.delete(saved.id()))).isTrue();
        assertThat(storedFiles(hungYen)).isEqualTo(rowsBefore);
        assertThat(bytesOf(directory, hungYen)).isEqualTo(bytesBefore);
    }

    private static EventDraft draft(String title) {
        return new EventDraft(EventKind.TRAINING, title, LocalDate.of(2033, 3, 3), null, null, null, null, "33", List.of(),
                null, null, List.of(), 60, List.of(), List.of("Kỹ thuật trồng trọt"), null);
    }

    private int found(Tenant tenant, String title) {
        return transactions.inTenant(tenant, () -> events.search(new EventQuery(null, null, null, null, null, null, title), 0, 10)
                .totals().events());
    }

    private long storedFiles(Tenant tenant) {
        return transactions.inTenant(tenant, () -> (long) db.fetchCount(STORED_FILE));
    }



}
