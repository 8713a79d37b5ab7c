package jixiao.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jixiao.domain.register.ProjectFilter;
import jixiao.domain.rules.RuleSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several writers on one file, and a writer that dies: nothing fails, nothing is half-written. */
class ConcurrencyTest {

    @TempDir
    Path folder;

    @Test
    void writersInSeveralThreadsAllSucceed() throws Exception {
        Path file = folder.resolve("shared.db");
        Database.open(file);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> writers = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            String tag = "t" + thread;
            writers.add(pool.submit(() -> {
                Database own = Database.open(file);
                for (int i = 0; i < 25; i++) {
                    own.projects().put(Writers.copy(tag, i), RuleSets.national2020());
                }
            }));
        }
        for (Future<?> writer : writers) {
            writer.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertEquals(200, Database.open(file).projects().list(ProjectFilter.ALL).size());
    }

    @Test
    void writersInSeveralProcessesAllSucceed() throws Exception {
        Path file = folder.resolve("shared.db");
        Database.open(file);
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            processes.add(OtherProcess.start(Writers.class, file.toString(), "p" + i, "30"));
        }
        for (Process process : processes) {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(2, TimeUnit.MINUTES));
            assertEquals(0, process.exitValue(), output);
            assertEquals("done 30", output.strip());
        }
        assertEquals(120, Database.open(file).projects().list(ProjectFilter.ALL).size());
    }

    @Test
    void anImportKilledMidwayLeavesASoundDatabaseWithNoneOfIt() throws Exception {
        Path file = folder.resolve("shared.db");
        Database before = Database.open(file);
        before.projects().put(Demo.projects().get(0), RuleSets.national2020());
        Process importing = OtherProcess.start(EndlessImport.class, file.toString());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(importing.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            do {
                line = lines.readLine();
            } while (line != null && !line.equals("put 200"));
            assertEquals("put 200", line, "the import got under way");
        }
        importing.destroyForcibly().waitFor(1, TimeUnit.MINUTES);

        Database after = Database.open(file);
        assertEquals(List.of(), after.integrityProblems());
        assertEquals(1, after.projects().list(ProjectFilter.ALL).size());
        assertEquals(1, after.info().changes());
    }
}
