package jixiao.tui.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CellCursorTest {

    /** Rows 0–1 one cell (header fields), rows 2–3 three cells (funding lines). */
    private final CellCursor cursor = new CellCursor(row -> row < 2 ? 1 : 3, 0);

    @Test
    void aShorterRowShowsTheCursorOnItsLastCellAndTheColumnIsRemembered() {
        cursor.moveTo(2, 2, 4);
        cursor.rows().moveBy(-1, 4);
        assertEquals(0, cursor.column());
        cursor.rows().moveBy(2, 4);
        assertEquals(2, cursor.column());
    }

    @Test
    void tabGoesOnToTheNextRowsFirstCellAndStopsAtTheLastCell() {
        cursor.next(4);
        assertEquals(1, cursor.row());
        cursor.next(4);
        cursor.next(4);
        cursor.next(4);
        assertEquals(2, cursor.row());
        assertEquals(2, cursor.column());
        cursor.moveTo(3, 2, 4);
        cursor.next(4);
        assertEquals(3, cursor.row());
        assertEquals(2, cursor.column(), "the last cell of the table stays");
    }

    @Test
    void shiftTabGoesBackToThePreviousRowsLastCell() {
        cursor.moveTo(3, 0, 4);
        cursor.previous(4);
        assertEquals(2, cursor.row());
        assertEquals(2, cursor.column());
        cursor.moveTo(0, 0, 4);
        cursor.previous(4);
        assertEquals(0, cursor.row());
    }

    @Test
    void arrowsStopAtTheEdgesAndHomeEndGoToThem() {
        cursor.moveTo(2, 1, 4);
        cursor.left();
        cursor.left();
        assertEquals(0, cursor.column());
        cursor.last();
        cursor.right();
        assertEquals(2, cursor.column());
        cursor.first();
        assertEquals(0, cursor.column());
    }
}
