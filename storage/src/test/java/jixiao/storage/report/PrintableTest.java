package jixiao.storage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PrintableTest {

    @Test
    void cleanTextIsLeftAlone() {
        String text = "信息化运维项目 ≥20.00(个)\n第二行 😀";
        assertSame(text, Printable.of(text));
    }

    @Test
    void terminalControlsShowAsTheirPictures() {
        assertEquals("␛[31m红␛[0m␇", Printable.of("\u001b[31m红\u001b[0m\u0007"));
        assertEquals("a␀b␡", Printable.of("a\u0000b\u007f"));
    }

    @Test
    void lineBreaksOfEveryKindBecomeOneAndATabASpace() {
        assertEquals("a\nb\nc d", Printable.of("a\r\nb\rc\td"));
    }

    @Test
    void c1ControlsBidiOverridesAndLoneSurrogatesBecomeTheReplacementCharacter() {
        assertEquals("a\uFFFDb", Printable.of("a\u009bb"));
        assertEquals("\uFFFDevil", Printable.of("\u202Eevil"));
        assertEquals("x\uFFFD", Printable.of("x\uD800"));
    }
}
