package jixiao.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingTest {

    @Test
    void everyTrainingCommandRunsToTheEnd(@TempDir Path folder) {
        for (List<String> command : Training.commands(folder)) {
            Run run = Run.of(command.toArray(new String[0]));
            boolean mismatchesFound = command.get(0).equals("check") && run.status() == ExitCode.DATA_ERRORS;
            assertTrue(run.status() == ExitCode.OK || mismatchesFound, command + " exited " + run.status() + ": " + run.err());
            String err = run.err().replaceFirst("^jixiao: 新建数据库 .*\\R", "");
            assertTrue(err.isEmpty(), command + ": " + run.err());
        }
    }

    @Test
    void theEverydayCommandsAreAllTrained(@TempDir Path folder) {
        Set<String> trained = Training.commands(folder).stream().map(command -> command.get(0)).collect(Collectors.toSet());
        assertEquals(Set.of("score", "demo", "list", "show", "check", "export", "import", "--help"), trained);
    }
}
