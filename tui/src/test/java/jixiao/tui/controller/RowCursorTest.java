package jixiao.tui.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jixiao.tui.presentation.Viewport;
import org.junit.jupiter.api.Test;

class RowCursorTest {

    private final RowCursor cursor = new RowCursor();

    @Test
    void theCursorStaysWithinTheRows() {
        cursor.moveBy(5, 3);
        assertEquals(2, cursor.selected());
        cursor.moveBy(-10, 3);
        assertEquals(0, cursor.selected());
        cursor.moveTo(7, 20);
        assertEquals(7, cursor.selected());
    }

    @Test
    void anEmptyTableKeepsTheCursorOnTheFirstRow() {
        cursor.moveTo(-1, 0);
        assertEquals(0, cursor.selected());
    }

    @Test
    void theViewportFollowsTheCursorDownAndUp() {
        cursor.moveTo(15, 40);
        assertEquals(new Viewport(6, 10), cursor.viewport(40, 10));
        cursor.moveBy(-1, 40);
        assertEquals(new Viewport(6, 10), cursor.viewport(40, 10), "no scrolling while the row is in view");
        cursor.moveTo(2, 40);
        assertEquals(new Viewport(2, 10), cursor.viewport(40, 10));
    }

    @Test
    void theCursorIsClampedWhenTheTableShrinks() {
        cursor.moveTo(30, 40);
        cursor.viewport(40, 10);

        Viewport viewport = cursor.viewport(12, 10);

        assertEquals(11, cursor.selected());
        assertEquals(new Viewport(2, 10), viewport);
    }

    @Test
    void aTallerScreenShowsMoreRowsAboveRatherThanBlankLinesBelow() {
        cursor.moveTo(39, 40);
        cursor.viewport(40, 10);

        assertEquals(new Viewport(20, 20), cursor.viewport(40, 20));
    }

    @Test
    void aShortTableStartsAtTheTop() {
        cursor.moveTo(3, 5);

        assertEquals(new Viewport(0, 10), cursor.viewport(5, 10));
    }

    @Test
    void rowsOfSeveralLinesFitWhatTheHeightHoldsWithTheSelectionWhollyInView() {
        java.util.function.IntUnaryOperator lines = row -> row % 2 == 0 ? 3 : 1;

        assertEquals(new Viewport(0, 4), cursor.viewport(10, 8, lines), "3 + 1 + 3 + 1 lines");
        cursor.moveTo(5, 10);
        Viewport moved = cursor.viewport(10, 8, lines);
        assertEquals(5, moved.top() + moved.height() - 1, "the selection is the last row in view: " + moved);
        cursor.moveTo(0, 10);
        assertEquals(0, cursor.viewport(10, 8, lines).top());
    }

    @Test
    void aRowTallerThanTheScreenIsStillShown() {
        assertEquals(new Viewport(0, 1), cursor.viewport(3, 2, row -> 5));
    }
}
