package jixiao.tui.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ViewportTest {

    @Test
    void aRowInViewLeavesTheViewportWhereItIs() {
        assertEquals(new Viewport(5, 10), new Viewport(5, 10).showing(14));
        assertEquals(new Viewport(5, 10), new Viewport(5, 10).showing(5));
    }

    @Test
    void aRowBelowScrollsDownJustEnoughToShowItOnTheLastLine() {
        assertEquals(new Viewport(6, 10), new Viewport(5, 10).showing(15));
        assertEquals(new Viewport(21, 10), new Viewport(0, 10).showing(30));
    }

    @Test
    void aRowAboveScrollsUpToPutItOnTheFirstLine() {
        assertEquals(new Viewport(2, 10), new Viewport(5, 10).showing(2));
    }

    @Test
    void aViewportWithNoHeightDoesNotMove() {
        assertEquals(new Viewport(3, 0), new Viewport(3, 0).showing(40));
    }

    @Test
    void endIsTheTopPlusTheHeightButNoFurtherThanTheRows() {
        assertEquals(15, new Viewport(5, 10).end(100));
        assertEquals(12, new Viewport(5, 10).end(12));
        assertEquals(0, new Viewport(0, 10).end(0));
    }

    @Test
    void resizingKeepsTheTopAndNeverGoesNegative() {
        assertEquals(new Viewport(4, 20), new Viewport(4, 10).resized(20));
        assertEquals(new Viewport(4, 0), new Viewport(4, 10).resized(-3));
    }

    @Test
    void aNegativeTopOrHeightIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Viewport(-1, 5));
        assertThrows(IllegalArgumentException.class, () -> new Viewport(0, -5));
    }
}
