package jixiao.tui.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;

class KeyTest {

    @Test
    void aCharacterKeyMatchesThatCharacterOnly() {
        Key key = Key.character('n');

        assertTrue(key.matches(new KeyStroke('n', false, false)));
        assertFalse(key.matches(new KeyStroke('m', false, false)));
        assertFalse(key.matches(new KeyStroke('N', false, false)), "keys are case-sensitive");
        assertEquals("n", key.name());
    }

    @Test
    void aCtrlKeyMatchesOnlyWithCtrlAndIsNamedSo() {
        Key save = Key.ctrl('s');

        assertTrue(save.matches(new KeyStroke('s', true, false)));
        assertFalse(save.matches(new KeyStroke('s', false, false)));
        assertFalse(Key.character('s').matches(new KeyStroke('s', true, false)), "plain s is not Ctrl-S");
        assertEquals("Ctrl-S", save.name());
    }

    @Test
    void aSpecialKeyMatchesItsTypeAndAnAltKeyOnlyWithAlt() {
        assertTrue(Key.of(KeyType.F2, "F2").matches(new KeyStroke(KeyType.F2)));
        assertFalse(Key.of(KeyType.F2, "F2").matches(new KeyStroke(KeyType.F1)));
        Key up = Key.alt(KeyType.ArrowUp, "Alt-↑");
        assertTrue(up.matches(new KeyStroke(KeyType.ArrowUp, false, true)));
        assertFalse(up.matches(new KeyStroke(KeyType.ArrowUp)));
        assertFalse(Key.of(KeyType.ArrowUp, "↑").matches(new KeyStroke(KeyType.ArrowUp, false, true)));
    }

    @Test
    void theSpaceBarIsNamedSpace() {
        assertEquals("Space", Key.character(' ').name());
        assertTrue(Key.character(' ').matches(new KeyStroke(' ', false, false)));
    }

    @Test
    void aKeyNeedsANameAndAType() {
        assertThrows(NullPointerException.class, () -> new Key(null, KeyType.Enter, null, false, false));
        assertThrows(NullPointerException.class, () -> new Key("Enter", null, null, false, false));
    }
}
