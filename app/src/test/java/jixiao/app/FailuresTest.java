package jixiao.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void aFileNameTheSystemCannotHoldIsTheUsersProblemNotABug() {
        Run run = Run.of("check", "bad\u0000name.json");
        assertEquals(2, run.status(), run.err());
        assertTrue(run.err().contains("无法使用文件名"), run.err());
        assertTrue(run.err().contains("LANG=C.UTF-8"), run.err());
    }
}
