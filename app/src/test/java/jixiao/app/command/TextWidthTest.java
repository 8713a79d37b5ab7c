package jixiao.app.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import jixiao.app.UserError;
import org.junit.jupiter.api.Test;

class TextWidthTest {

    @Test
    void theWidthAskedForWins() {
        assertEquals(72, TextWidth.of(72, Map.of("COLUMNS", "200"), true));
    }

    @Test
    void theShellsColumnsComeNext() {
        assertEquals(132, TextWidth.of(null, Map.of("COLUMNS", " 132 "), false));
    }

    @Test
    void offATerminalAndWithoutColumnsAReportIsAHundredWide() {
        assertEquals(100, TextWidth.of(null, Map.of(), false));
        assertEquals(100, TextWidth.of(null, Map.of("COLUMNS", "wide"), false));
        assertEquals(100, TextWidth.of(null, Map.of("COLUMNS", "0"), false));
    }

    @Test
    void aWidthBelowOneIsAUsageError() {
        assertThrows(UserError.class, () -> TextWidth.of(0, Map.of(), false));
    }
}
