package vn.vusta.platform.benchmark;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.vusta.platform.deploy.test.RealServices;
import vn.vusta.platform.identity.Actor;
import vn.vusta.platform.lifecycle.OnboardingRequest;
import vn.vusta.platform.lifecycle.TenantArchives;
import vn.vusta.platform.lifecycle.TenantDeletion;
import vn.vusta.platform.lifecycle.TenantMerge;
import vn.vusta.platform.lifecycle.TenantOnboarding;
import vn.vusta.platform.tenancy.Tenant;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * The speed of the 2025 merger at the size of a large province: Hải Dương's union and Hải Phòng's, 200.000 members
 * each (with their memberships, fields of expertise, units and census), merged; and the export of such a union,
 * then its restore into an empty one. Against the real services; a benchmark, not a test: it prints its figures
 * and asserts nothing about time. Run it with
 * {@code ./mvnw -pl tenant-admin -am verify -Dgroups=benchmark -Dbenchmarks.excluded= -Dtests.output.to.file=false -Dtest=MergeAndExportBenchmark}.
 * Targets: merge under 60 s, export under 30 s.
 */
@Tag("benchmark")
@RealServices
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class MergeAndExportBenchmark {

    private static final int MEMBERS = 200_000;
    private static final UUID HAI_PHONG = UUID.fromString("0195d2a0-0000-7000-8000-000000000031");

    @Autowired
    TenantOnboarding onboarding;
    @Autowired
    TenantMerge merge;
    @Autowired
    TenantArchives archives;
    @Autowired
    TenantDeletion deletion;

    @Test
    void mergeAndExportTwoUnionsOf200000MembersEach() throws Exception {
        Tenant haiDuong = onboard("hai-duong", "30");
        long start = System.nanoTime();
        GeneratedRegistry.write(haiDuong.id(), GeneratedRegistry.HAI_DUONG, MEMBERS);
        GeneratedRegistry.write(HAI_PHONG, GeneratedRegistry.HAI_PHONG, MEMBERS);
        System.out.printf("%nGenerated two registries of %,d members in %.1f s%n", MEMBERS, seconds(start));
        print("Hải Dương (hai-duong)", GeneratedRegistry.count(haiDuong.id()));
        print("Hải Phòng (hai-phong)", GeneratedRegistry.count(HAI_PHONG));

        Path archive = Files.createTempFile("hai-duong-", ".zip");
        try {
            double export = timed(() -> {
                try (OutputStream out = Files.newOutputStream(archive)) {
                    return archives.export("hai-duong", out);
                }
            });
            System.out.printf("Export of hai-duong: %.1f s, %,d bytes (target < 30 s)%n", export, Files.size(archive));

            // One union per province, and a restore only into its own province: Hải Dương is deleted, onboarded
            // again empty, and restored from its archive before it is merged.
            asBenchmark(() -> deletion.delete("hai-duong", "hai-duong"));
            onboard("hai-duong", "30");
            var restored = new TenantArchives.Restored[1];
            double restore = timed(() -> restored[0] = archives.restore("hai-duong", archive));
            System.out.printf("Restore into an empty union: %.1f s, %s%n", restore, restored[0].rows());
        } finally {
            Files.deleteIfExists(archive);
        }

        var plan = new TenantMerge.Plan[1];
        double dryRun = timed(() -> plan[0] = merge.dryRun("hai-duong", "hai-phong"));
        System.out.printf("Dry run: %.1f s, %d conflicts%n", dryRun, plan[0].conflicts().size());
        plan[0].conflicts().forEach(c -> System.out.printf("  %s: \"%s\" -> \"%s\"%n", c.table(), c.value(), c.resolvedValue()));

        double merged = timed(() -> plan[0] = merge.merge("hai-duong", "hai-phong"));
        System.out.printf("Merge of hai-duong into hai-phong: %.1f s, %d user(s) moved (target < 60 s)%n", merged, plan[0].users().size());
        plan[0].tables().forEach((table, counts) -> System.out.printf("  %-18s %s%n", table, counts));

        Path merger = Files.createTempFile("hai-phong-", ".zip");
        try {
            double export = timed(() -> {
                try (OutputStream out = Files.newOutputStream(merger)) {
                    return archives.export("hai-phong", out);
                }
            });
            System.out.printf("Export of hai-phong after the merger (%,d members): %.1f s, %,d bytes%n%n",
                    GeneratedRegistry.count(HAI_PHONG).get("member"), export, Files.size(merger));
        } finally {
            Files.deleteIfExists(merger);
        }
    }

    private Tenant onboard(String code, String province) {
        return asBenchmark(() -> onboarding.onboard(new OnboardingRequest(code, null, province, "admin@" + code + ".example.vn", "Quản trị", "Người"))).tenant();
    }

    private static double timed(Callable<?> work) throws Exception {
        long start = System.nanoTime();
        asBenchmark(work);
        return seconds(start);
    }

    private static <T> T asBenchmark(Callable<T> work) {
        try {
            return ScopedValue.where(Actor.CURRENT, new Actor("benchmark")).call(work::call);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void print(String union, Map<String, Integer> rows) {
        System.out.printf("  %-22s %s%n", union, rows);
    }
}
