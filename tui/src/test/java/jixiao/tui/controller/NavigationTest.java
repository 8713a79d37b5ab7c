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
    void arrowsMoveOneRowAndLettersDoNot() {
        press(KeyType.ArrowDown);
        press(KeyType.ArrowDown);
        assertEquals(2, cursor.selected());
        assertEquals(java.util.Optional.empty(), keys.handle(new KeyStroke('j', false, false)), "a letter may be typing");
        press(KeyType.ArrowUp);
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
        assertTrue(keys.help(Language.ZH).contains("↓     下一行"), "keys padded to the widest, PgUp");
    }

    @Test
    void aTableOfCellsMovesAcrossWithArrowsTabAndHomeEndAndDownWithCtrlHomeEnd() {
        CellCursor cells = new CellCursor(row -> 8, 4);
        KeyMap grid = new KeyMap(Navigation.cells(cells, () -> 50, () -> 20));

        grid.handle(new KeyStroke(KeyType.Home));
        assertEquals(0, cells.column());
        grid.handle(new KeyStroke(KeyType.End));
        assertEquals(7, cells.column());
        grid.handle(new KeyStroke(KeyType.ArrowRight));
        assertEquals(7, cells.column(), "no further than the last cell");
        grid.handle(new KeyStroke(KeyType.Tab));
        assertEquals(1, cells.row(), "Tab after the last cell goes on to the next row");
        assertEquals(0, cells.column());
        grid.handle(new KeyStroke(KeyType.ReverseTab));
        assertEquals(0, cells.row());
        assertEquals(7, cells.column());
        grid.handle(new KeyStroke(KeyType.End, true, false));
        assertEquals(49, cells.row());
        grid.handle(new KeyStroke(KeyType.Home, true, false));
        assertEquals(0, cells.row());
    }

    private void press(KeyType type) {
        keys.handle(new KeyStroke(type));
    }
}
