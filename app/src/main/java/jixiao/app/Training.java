package jixiao.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The launcher's training run for its per-user class-data-sharing archive ({@code bin/jixiao}): the
 * everyday commands run once in one JVM on a throw-away database, so that the archive it dumps at
 * exit holds the classes of all of them, whichever command the user happens to run first. Nothing
 * is printed and nothing outside a temporary folder is touched.
 */
public final class Training {

    private Training() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createTempDirectory("jixiao-training");
        try {
            for (List<String> command : commands(folder)) {
                PrintWriter silent = new PrintWriter(Writer.nullWriter());
                Cli.run(silent, silent, command.toArray(new String[0]));
            }
        } finally {
            delete(folder);
        }
    }

    /** What staff and admins run most: scoring, the register, checks, an admin's CSV round trip, and help in both languages. */
    static List<List<String>> commands(Path folder) {
        String db = folder.resolve("training.db").toString();
        String file = folder.resolve("forms.json").toString();
        String csv = folder.resolve("forms.csv").toString();
        String imported = folder.resolve("imported.db").toString();
        return List.of(
                List.of("score", "--target", "≥20(个)", "--actual", "85(个)", "--weight", "6"),
                List.of("score", "--target", "≤5(%)", "--actual", "6(%)", "--weight", "10", "--format", "json"),
                List.of("demo", "--db", db),
                List.of("list", "--db", db),
                List.of("list", "--db", db, "--format", "json"),
                List.of("show", "1", "--db", db),
                List.of("check", "1", "--db", db, "--format", "json"),
                List.of("export", "--db", db, "--format", "json", "-o", file),
                List.of("check", file),
                List.of("export", "--db", db, "--format", "csv", "-o", csv),
                List.of("import", csv, "--db", imported, "--quiet"),
                List.of("--help"),
                List.of("score", "--help", "--lang", "en"));
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
