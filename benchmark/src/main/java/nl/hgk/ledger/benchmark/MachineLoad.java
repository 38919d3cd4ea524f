package nl.hgk.ledger.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The machine a run measures on, and how busy it is: its cores and memory, the load average, and the CPU time of a
 * process (this client's, or the ledger's from /proc), so that a figure can say whether the clients kept up and what a
 * request costs the ledger in CPU.
 */
final class MachineLoad {

    private static final long TICKS_PER_SECOND = 100;

    private MachineLoad() {
    }

    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    static String memory() {
        return procLine(Path.of("/proc/meminfo"), "MemTotal:").map(line -> {
            long kb = Long.parseLong(line.replaceAll("\\D", ""));
            return String.format("%.1f GiB", kb / 1024.0 / 1024.0);
        }).orElse("unknown");
    }

    static String loadAverage() {
        try {
            return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).trim().split(" ")).subList(0, 3));
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** @return this benchmark process's CPU time in nanoseconds (all threads) */
    static long clientCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** @return a process's user plus system CPU time in nanoseconds, from /proc/&lt;pid&gt;/stat */
    static long cpuNanos(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * (1_000_000_000L / TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** @return the resident memory of a process, as /proc/&lt;pid&gt;/status says it */
    static String residentMemory(long pid) {
        return procLine(Path.of("/proc/" + pid + "/status"), "VmRSS:")
                .map(line -> String.format("%.0f MB", Long.parseLong(line.replaceAll("\\D", "")) / 1024.0))
                .orElse("unknown");
    }

    private static java.util.Optional<String> procLine(Path file, String prefix) {
        try {
            return Files.readAllLines(file).stream().filter(line -> line.startsWith(prefix)).findFirst();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
