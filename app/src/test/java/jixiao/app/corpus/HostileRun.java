package jixiao.app.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Feeds the {@link HostileCorpus} to the real jar, each variant in a JVM of its own as a user runs
 * it, and checks what a user may expect of every one: an exit status of 0 or 1 (never 70, an
 * internal error, nor 2, the machine refusing), no stack trace, no echo of the input beyond a short
 * excerpt, an answer within 10 seconds in a 512 MB heap, and a database that is byte for byte the same
 * after any refusal.
 * {@code .ci/hostile-input} runs it in CI; the seed it prints replays a failure:
 *
 * <pre>java -cp app/target/jixiao.jar:app/target/test-classes jixiao.app.corpus.HostileRun JAR FOLDER [SEED] [COUNT]</pre>
 */
public final class HostileRun {

    private static final long SECONDS = 10;
    private static final String HEAP = "-Xmx512m";
    /** More output than this is an echo of the input, not a message. */
    private static final int MOST_OUTPUT = 256 * 1024;
    private static final int LONGEST_LINE = 4096;

    private final Path jar;
    private final Path folder;
    private final long seed;
    private final List<String> failures = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private long slowestMillis;
    private String slowest = "";

    private HostileRun(Path jar, Path folder, long seed) {
        this.jar = jar;
        this.folder = folder;
        this.seed = seed;
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path folder = Files.createDirectories(Path.of(args[1]).toAbsolutePath());
        long seed = args.length > 2 ? Long.parseLong(args[2]) : System.nanoTime();
        int count = args.length > 3 ? Integer.parseInt(args[3]) : 340;
        System.out.println("hostile input: seed " + seed + " (replay: HostileRun JAR FOLDER " + seed + " " + count + ")");
        HostileRun run = new HostileRun(jar, folder, seed);
        List<HostileCorpus.Variant> variants = HostileCorpus.of(seed, count);
        run.feed(variants);
        System.out.println(run.summary(variants.size()));
        if (!run.failures.isEmpty()) {
            run.failures.forEach(failure -> System.out.println("FAIL " + failure));
            System.out.println("hostile input: " + run.failures.size() + " failures with seed " + seed
                    + "; the files are in " + folder.resolve("variants"));
            System.exit(1);
        }
    }

    private void feed(List<HostileCorpus.Variant> variants) throws Exception {
        Path pristine = folder.resolve("pristine.db");
        Files.deleteIfExists(pristine);
        Outcome demo = run("demo", "--db", pristine.toString());
        if (demo.status != 0) {
            throw new IllegalStateException("demo failed: " + demo.output);
        }
        Path files = Files.createDirectories(folder.resolve("variants"));
        for (HostileCorpus.Variant variant : variants) {
            Path file = Files.write(files.resolve(variant.fileName()), variant.bytes());
            Path database = folder.resolve("work.db");
            Files.copy(pristine, database, StandardCopyOption.REPLACE_EXISTING);
            String before = hash(database);
            Outcome imported = run("import", file.toString(), "--db", database.toString(), "--lang", "en", "-q");
            judge(variant, "import", imported);
            if (imported.status != 0 && !before.equals(hash(database))) {
                failures.add(variant.fileName() + ": import was refused (" + imported.status + ") but the database changed");
            }
            if (variant.number() % 3 == 0) {
                judge(variant, "check", run("check", file.toString(), "--lang", "en"));
            }
            Files.write(file, new byte[0]); // the corpus is replayed from its seed; keep the folder small
        }
    }

    private void judge(HostileCorpus.Variant variant, String command, Outcome outcome) {
        String what = variant.fileName() + " (" + command + ", exit " + outcome.status + ", " + outcome.millis + " ms)";
        statuses.merge(outcome.status, 1, Integer::sum);
        if (outcome.millis > slowestMillis) {
            slowestMillis = outcome.millis;
            slowest = what;
        }
        if (outcome.timedOut) {
            failures.add(what + ": no answer within " + SECONDS + " s");
        } else if (outcome.status != 0 && outcome.status != 1) {
            // 2 says the machine refused (busy, read-only, full): never the answer to a broken file
            failures.add(what + ": " + firstLines(outcome.output));
        }
        if (outcome.output.contains("internal error") || outcome.output.contains("内部错误")
                || outcome.output.contains("Exception") || outcome.output.contains("\tat ")) {
            failures.add(what + ": a stack trace or an internal error: " + firstLines(outcome.output));
        }
        if (outcome.output.length() > MOST_OUTPUT || outcome.output.lines().anyMatch(line -> line.length() > LONGEST_LINE)) {
            failures.add(what + ": " + outcome.output.length() + " characters of output, more than messages need");
        }
    }

    private String summary(int variants) {
        return "hostile input: " + variants + " variants, exit statuses " + statuses + ", slowest " + slowest
                + (failures.isEmpty() ? "; no internal error, no stack trace, every refusal left the database unchanged" : "");
    }

    private record Outcome(int status, String output, long millis, boolean timedOut) {
    }

    private Outcome run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "-jar", jar.toString()));
        command.addAll(List.of(arguments));
        Path output = folder.resolve("output.txt");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean finished = process.waitFor(SECONDS, TimeUnit.SECONDS);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        String text = new String(Files.readAllBytes(output), StandardCharsets.UTF_8);
        return new Outcome(finished ? process.exitValue() : -1, text, millis, !finished);
    }

    private static String firstLines(String output) {
        return output.lines().limit(3).map(line -> line.length() > 300 ? line.substring(0, 300) + "…" : line)
                .reduce((a, b) -> a + " | " + b).orElse("");
    }

    private static String hash(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
