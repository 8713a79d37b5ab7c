package jixiao.app.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jixiao.app.Run;
import org.junit.jupiter.api.Test;

class CompletionCommandTest {

    @Test
    void printsABashScriptThatKnowsEverySubcommandAndOption() {
        Run run = Run.of("completion");
        assertEquals(0, run.status());
        assertTrue(run.out().startsWith("#!/usr/bin/env bash"), run.out().lines().findFirst().orElse(""));
        assertTrue(run.out().contains("complete -F _complete_jixiao"), "no complete registration");
        for (String command : new String[] {"score", "check", "import", "list", "completion"}) {
            assertTrue(run.out().contains(command), "missing " + command);
        }
        assertTrue(run.out().contains("--format"), "missing the options");
    }

    @Test
    void helpIsInChineseByDefault() {
        Run run = Run.of("completion", "--help");
        assertEquals(0, run.status());
        assertTrue(run.out().contains("命令补全脚本"), run.out());
        assertTrue(run.out().contains("source <(jixiao completion)"), run.out());
    }
}
