import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The CPU time of each thread of one jixiao command (issue 14): which side of an import, the reading
 * ({@code main}) or the writing ({@code jixiao-import}, and the file's SHA-256 on a {@code Thread-N}),
 * costs what. {@code /usr/bin/time} gives only the sum; on 2 cores the sum is what a loaded machine
 * waits for, and the longer thread what a free one does. A thread's time is sampled every 2 ms while
 * it lives (the import's thread ends before the program), so a figure may miss its last 2 ms; threads
 * under 20 ms are left out. The JIT's and the collector's threads are not Java threads and are not
 * counted ({@code -XX:+CITime} gives the JIT's).
 *
 * <p>usage: javac -cp app/target/jixiao.jar -d T bench/import/ThreadCpu.java;
 * java [JVM FLAGS] -cp T:app/target/jixiao.jar ThreadCpu import in.csv --db j.db --quiet
 * (prints {@code wall N ms; THREAD CPU_MS …} on stderr as the program exits).
 */
public final class ThreadCpu {

    private ThreadCpu() {
    }

    public static void main(String[] args) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> cpu = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        Thread sampler = new Thread(() -> sample(threads, cpu), "sampler");
        sampler.setDaemon(true);
        sampler.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.println(report(cpu, start))));
        jixiao.app.Main.main(args);
    }

    private static void sample(ThreadMXBean threads, Map<String, Long> cpu) {
        while (true) {
            for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
                long nanos = info == null ? -1 : threads.getThreadCpuTime(info.getThreadId());
                if (nanos > 0) {
                    cpu.merge(info.getThreadName(), nanos, Math::max);
                }
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static String report(Map<String, Long> cpu, long start) {
        StringBuilder line = new StringBuilder("wall " + (System.nanoTime() - start) / 1_000_000 + " ms;");
        cpu.entrySet().stream().filter(thread -> thread.getValue() > 20_000_000).sorted(Map.Entry.comparingByKey())
                .forEach(thread -> line.append(' ').append(thread.getKey()).append(' ')
                        .append(thread.getValue() / 1_000_000));
        return line.toString();
    }
}
