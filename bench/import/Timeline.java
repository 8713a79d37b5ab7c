import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A timeline of CPU per thread of one Java program (issue 14): every 10 ms it reads each thread's time on
 * the CPU from {@code /proc/self/task/N/schedstat} (Linux), the JIT's and the collector's threads too,
 * and prints on exit, per thread, the CPU milliseconds it used in each 50 ms of wall time. It showed the
 * import's writing thread waiting while the cores were not full (docs/benchmarks.md). The sampler's own
 * thread is listed, and costs a few percent of one core.
 *
 * <p>usage: javac -d T bench/import/Timeline.java;
 * java [JVM FLAGS] -cp T:app/target/jixiao.jar Timeline jixiao.app.Main import in.csv --db j.db --quiet
 * (or any main class and its arguments; the table goes to stderr).
 */
public final class Timeline {

    private static final int BUCKET_MS = 50;
    private static final int BUCKETS = 200;
    private static final Map<String, long[]> NANOS = new ConcurrentHashMap<>();
    private static final Map<String, Long> LAST = new ConcurrentHashMap<>();

    private Timeline() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Thread sampler = new Thread(() -> sample(start), "sampler");
        sampler.setDaemon(true);
        sampler.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.print(report(start))));
        Class.forName(args[0]).getMethod("main", String[].class)
                .invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
    }

    private static void sample(long start) {
        while (true) {
            int bucket = (int) Math.min(BUCKETS - 1, (System.nanoTime() - start) / 1_000_000 / BUCKET_MS);
            try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
                for (Path task : tasks) {
                    read(task, bucket);
                }
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                // a thread that ended while read: its time so far is counted
            }
        }
    }

    private static void read(Path task, int bucket) throws Exception {
        String name = Files.readString(task.resolve("comm")).strip() + "#" + task.getFileName();
        long nanos = Long.parseLong(Files.readString(task.resolve("schedstat")).split(" ")[0]);
        Long before = LAST.put(name, nanos);
        NANOS.computeIfAbsent(name, key -> new long[BUCKETS])[bucket] += nanos - (before == null ? 0 : before);
    }

    private static String report(long start) {
        long wall = (System.nanoTime() - start) / 1_000_000;
        int shown = (int) Math.min(BUCKETS, wall / BUCKET_MS + 1);
        StringBuilder out = new StringBuilder("wall " + wall + " ms; CPU ms per " + BUCKET_MS + " ms, per thread\n");
        NANOS.entrySet().stream().filter(thread -> Arrays.stream(thread.getValue()).sum() > 20_000_000)
                .sorted(Map.Entry.comparingByKey()).forEach(thread -> {
                    out.append(String.format("%-26s %5d |", thread.getKey(), Arrays.stream(thread.getValue()).sum() / 1_000_000));
                    for (int i = 0; i < shown; i++) {
                        out.append(String.format("%3d", thread.getValue()[i] / 1_000_000));
                    }
                    out.append('\n');
                });
        return out.toString();
    }
}
