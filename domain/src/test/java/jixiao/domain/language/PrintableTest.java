package jixiao.domain.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void theFirstControlIsFoundButTabsAndLineBreaksAreText() {
        assertEquals(-1, Printable.firstControl("目标\t说明\r\n第二行 😀"));
        assertEquals(2, Printable.firstControl("ab\u001b[31m"));
        assertEquals(1, Printable.firstControl("a\u0085"));
        assertEquals(0, Printable.firstControl("\u202Eevil"));
        assertEquals(1, Printable.firstControl("x\uDC00y"));
    }

    @Test
    void everyCharacterTheFirstControlFindsMayBeAControlAndTextOtherwiseMayNot() {
        for (int code = 0; code <= Character.MAX_VALUE; code++) {
            char c = (char) code;
            boolean found = Printable.firstControl(String.valueOf(c)) == 0;
            assertEquals(found, Printable.mayBeControl(c), () -> "U+" + Integer.toHexString(c));
        }
        assertFalse(Printable.mayBeControl('\n'));
        assertFalse(Printable.mayBeControl('个'));
    }
}
