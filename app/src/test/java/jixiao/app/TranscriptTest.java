package jixiao.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every command line of the transcripts in {@code resources/jixiao/app/transcripts/} prints, byte for
 * byte, what the transcript recorded, and exits with its status: help in both languages, usage errors
 * and their suggestions, results. The commands whose picocli model is built by code are held so to
 * what they printed when it was read from annotations (bench/startup/record-transcript.py describes
 * the format and records a transcript from a jar).
 */
class TranscriptTest {

    /** One command line of a transcript and what it printed; {@code outPrefix}: only the start of standard output was recorded. */
    private record Entry(String source, List<String> args, String out, boolean outPrefix, String err, int status) {
    }

    @TestFactory
    Stream<DynamicTest> everyCommandLinePrintsWhatItsTranscriptRecorded() throws IOException, URISyntaxException {
        Path folder = Path.of(TranscriptTest.class.getResource("transcripts").toURI());
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                for (Entry entry : read(file)) {
                    tests.add(DynamicTest.dynamicTest(entry.source() + ": jixiao " + String.join(" ", entry.args()),
                            () -> check(entry)));
                }
            }
        }
        assertTrue(tests.size() > 0, "no transcripts in " + folder);
        return tests.stream();
    }

    private static void check(Entry entry) {
        Run run = Run.of(entry.args().toArray(new String[0]));
        if (entry.outPrefix()) {
            assertTrue(run.out().startsWith(entry.out()), "standard output starts with\n" + entry.out() + "\nbut was\n" + run.out());
        } else {
            assertEquals(entry.out(), run.out(), "standard output");
        }
        assertEquals(entry.err(), run.err(), "standard error");
        assertEquals(entry.status(), run.status(), "exit status");
    }

    private static List<Entry> read(Path file) throws IOException {
        List<Entry> entries = new ArrayList<>();
        List<String> args = null;
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        boolean prefix = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("$ ")) {
                args = List.of(line.substring(2).split(" "));
                out.setLength(0);
                err.setLength(0);
                prefix = false;
            } else if (line.equals("> …")) {
                prefix = true;
            } else if (line.equals(">") || line.startsWith("> ")) {
                out.append(line.substring(Math.min(2, line.length()))).append('\n');
            } else if (line.equals("!") || line.startsWith("! ")) {
                err.append(line.substring(Math.min(2, line.length()))).append('\n');
            } else if (line.startsWith("? ")) {
                entries.add(new Entry(file.getFileName().toString(), args, out.toString(), prefix, err.toString(),
                        Integer.parseInt(line.substring(2))));
            }
        }
        return entries;
    }
}
