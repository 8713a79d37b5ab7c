package jixiao.tui.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import jixiao.domain.language.Language;
import org.junit.jupiter.api.Test;

class NavigationTest {

    private final RowCursor cursor = new RowCursor();
    private final KeyMap keys = new KeyMap(Navigation.rows(cursor, () -> 50, () -> 20));

    @Test
    void arrowsAndJkMoveOneRow() {
        press(KeyType.ArrowDown);
        keys.handle(new KeyStroke('j', false, false));
        assertEquals(2, cursor.selected());
        keys.handle(new KeyStroke('k', false, false));
        assertEquals(1, cursor.selected());
        press(KeyType.ArrowUp);
        press(KeyType.ArrowUp);
        assertEquals(0, cursor.selected(), "no further than the first row");
    }

    @Test
    void pagesMoveByThePageHeightWithinTheTable() {
        press(KeyType.PageDown);
        assertEquals(20, cursor.selected());
        press(KeyType.PageDown);
        press(KeyType.PageDown);
        assertEquals(49, cursor.selected());
        press(KeyType.PageUp);
        assertEquals(29, cursor.selected());
    }

    @Test
    void homeAndEndGoToTheFirstAndLastRow() {
        press(KeyType.End);
        assertEquals(49, cursor.selected());
        press(KeyType.Home);
        assertEquals(0, cursor.selected());
    }

    @Test
    void aScreenWithNoRoomStillPagesOneRow() {
        KeyMap cramped = new KeyMap(Navigation.rows(cursor, () -> 50, () -> 0));

        cramped.handle(new KeyStroke(KeyType.PageDown));

        assertEquals(1, cursor.selected());
    }

    @Test
    void theMovesAreInHelpButNotInTheKeyBar() {
        assertEquals("", keys.keyBar(Language.ZH, 200));
        assertTrue(keys.help(Language.ZH).contains("↓/j   下一行"), "keys padded to the widest, PgUp");
    }

    private void press(KeyType type) {
        keys.handle(new KeyStroke(type));
    }
}
