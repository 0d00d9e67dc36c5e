package vn.vusta.platform.benchmark;

import com.sun.management.OperatingSystemMXBean;
import vn.vusta.platform.deploy.test.TestStack;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * CPU time spent by this JVM (the platform-api under test) and by the test stack's PostgreSQL: figures a busy
 * machine does not inflate, unlike the time on the clock. Linux only (/proc); elsewhere PostgreSQL's is unknown.
 */
record CpuTime(double platformApi, double database) {

    /** Clock ticks per second of /proc/[pid]/stat on Linux. */
    private static final double TICKS = 100.0;

    static CpuTime now() {
        var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new CpuTime(os.getProcessCpuTime() / 1e9, postgresSeconds());
    }

    /** The machine's load average over the last minute, as Linux says it. */
    static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    CpuTime since(CpuTime start) {
        return new CpuTime(platformApi - start.platformApi, database - start.database);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "CPU time: platform-api %.1f s, PostgreSQL %.1f s", platformApi, database);
    }

    /** The postmaster listening on the stack's port, with the processes it started (backends, autovacuum, …). */
    private static double postgresSeconds() {
        String port = String.valueOf(TestStack.current().postgres().port());
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            List<Path> all = processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList();
            String postmaster = all.stream()
                    .filter(p -> {
                        List<String> args = arguments(p);
                        int flag = args.indexOf("-p");
                        return !args.isEmpty() && args.getFirst().endsWith("/bin/postgres") && flag >= 0
                                && flag + 1 < args.size() && args.get(flag + 1).equals(port);
                    })
                    .map(p -> p.getFileName().toString())
                    .findFirst().orElse(null);
            if (postmaster == null) {
                return Double.NaN;
            }
            long ticks = 0;
            for (Path process : all) {
                String[] stat = stat(process);
                if (stat == null) {
                    continue;
                }
                // After the command's closing parenthesis: state, ppid, …, utime (14), stime (15), cutime, cstime.
                boolean self = process.getFileName().toString().equals(postmaster);
                if (self || stat[1].equals(postmaster)) {
                    ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
                    if (self) {
                        ticks += Long.parseLong(stat[13]) + Long.parseLong(stat[14]);
                    }
                }
            }
            return ticks / TICKS;
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    private static List<String> arguments(Path process) {
        try {
            return List.of(Files.readString(process.resolve("cmdline")).split("\0"));
        } catch (IOException | RuntimeException gone) {
            return List.of();
        }
    }

    private static String[] stat(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }
}
