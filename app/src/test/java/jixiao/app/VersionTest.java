package jixiao.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VersionTest {

    @Test
    void versionNamesTheBuildTheCommitAndTheJavaRuntime() {
        Run run = Run.of("--version");
        assertEquals(0, run.status());
        String[] lines = run.out().split("\\R");
        assertTrue(lines[0].matches("jixiao \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(commit ([0-9a-f]{7,}|unknown)\\)"), lines[0]);
        assertTrue(lines[1].startsWith("Java " + System.getProperty("java.version") + " ("), lines[1]);
        assertFalse(run.out().contains("${"), "an unfiltered placeholder: " + run.out());
    }
}
