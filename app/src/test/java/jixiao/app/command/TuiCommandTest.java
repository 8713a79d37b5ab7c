package jixiao.app.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import jixiao.app.Run;
import jixiao.tui.TextUi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The UI itself is tested on a virtual terminal in the tui module and in tmux by
 * {@code .ci/tui-e2e}; here: where there is no terminal, the command refuses at once instead of hanging.
 */
class TuiCommandTest {

    @TempDir
    Path folder;

    @Test
    void withoutATerminalOrDisplayTheUiRefusesWithExitTwo() {
        assumeTrue(!TextUi.canStart(), "this machine has a console or a display: the refusal cannot be seen here");
        Run run = Run.of("tui", "--db", folder.resolve("t.db").toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("没有可用的终端"), run.err());
    }

    @Test
    void jixiaoAloneOpensTheUiAndSoRefusesTheSameWayInEnglish() {
        assumeTrue(!TextUi.canStart(), "this machine has a console or a display: the refusal cannot be seen here");
        Run run = Run.of("--lang", "en");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("there is no terminal and no display"), run.err());
    }

    @Test
    void helpDescribesTheKeysInChinese() {
        Run run = Run.of("tui", "--help");
        assertEquals(0, run.status());
        assertTrue(run.out().contains("打开文字界面"), run.out());
    }
}
