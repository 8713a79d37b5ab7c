package jixiao.app.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** Why the refusal can be seen in every test run, so that it is asserted, never skipped. */
    private static final String NO_TERMINAL_HERE = "tests run with no console (surefire pipes the standard streams)"
            + " and headless (java.awt.headless=true in pom.xml)";

    @TempDir
    Path folder;

    @Test
    void withoutATerminalOrDisplayTheUiRefusesWithExitTwo() {
        assertFalse(TextUi.canStart(), NO_TERMINAL_HERE);
        Run run = Run.of("tui", "--db", folder.resolve("t.db").toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("没有可用的终端"), run.err());
    }

    @Test
    void jixiaoAloneOpensTheUiAndSoRefusesTheSameWayInEnglish() {
        assertFalse(TextUi.canStart(), NO_TERMINAL_HERE);
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
