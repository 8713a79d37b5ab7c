package jixiao.app.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import jixiao.app.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus through the command line in this JVM, as a quick guard in every build: each
 * variant checked with {@code import --dry-run} ends in 0 or 1 with a message, never an internal
 * error, nor 2, which says the machine refused (busy, read-only, full) and is never the answer to a
 * broken file. {@code .ci/hostile-input} runs the whole corpus against the jar, each in a JVM of its
 * own, with the time, memory and database checks. A new seed each run ({@code -Dhostile.seed} replays one).
 */
class HostileCorpusTest {

    private static final Set<Integer> ANSWERS = Set.of(0, 1);

    @TempDir
    Path folder;

    @Test
    void everyVariantIsAcceptedOrRefusedWithAMessageNeverAnInternalError() throws Exception {
        long seed = Long.getLong("hostile.seed", System.nanoTime());
        List<HostileCorpus.Variant> variants = HostileCorpus.of(seed, 150);
        assertTrue(variants.size() >= 150);
        for (HostileCorpus.Variant variant : variants) {
            Path file = Files.write(folder.resolve(variant.fileName()), variant.bytes());
            Run run = Run.of("import", file.toString(), "--dry-run", "--lang", "en", "-q");
            String what = "seed " + seed + ", " + variant.fileName() + ": " + run.err();
            assertTrue(ANSWERS.contains(run.status()), what);
            assertFalse(run.err().contains("internal error"), what);
            assertEquals(run.status() != 0, !run.err().isBlank(), "a refusal says why: " + what);
            Files.delete(file);
        }
    }
}
