package jixiao.tui.controller;

import java.util.function.IntUnaryOperator;
import jixiao.tui.presentation.Viewport;

/** The selected row of a table and the rows in view, kept together so the selection is always on screen. */
public final class RowCursor {

    private int selected;
    private Viewport viewport = new Viewport(0, 0);

    public int selected() {
        return selected;
    }

    /** The viewport for a table of {@code rows} in {@code height} lines, moved to show the selection. */
    public Viewport viewport(int rows, int height) {
        clamp(rows);
        viewport = viewport.resized(height).showing(selected);
        if (viewport.top() > 0 && viewport.top() + height > rows) {
            viewport = new Viewport(Math.max(0, rows - height), height);
        }
        return viewport;
    }

    /**
     * The viewport for a table whose rows take {@code linesOf} lines each (wrapped text), in
     * {@code height} lines: the selection wholly in view, and as many rows after it as fit.
     */
    public Viewport viewport(int rows, int height, IntUnaryOperator linesOf) {
        clamp(rows);
        int top = Math.max(0, Math.min(viewport.top(), selected));
        while (top < selected && lines(top, selected, linesOf) > height) {
            top++;
        }
        int end = top;
        int used = 0;
        while (end < rows && used + linesOf.applyAsInt(end) <= height) {
            used += linesOf.applyAsInt(end);
            end++;
        }
        viewport = new Viewport(top, Math.max(end - top, Math.min(1, rows - top)));
        return viewport;
    }

    private static int lines(int from, int to, IntUnaryOperator linesOf) {
        int sum = 0;
        for (int row = from; row <= to; row++) {
            sum += linesOf.applyAsInt(row);
        }
        return sum;
    }

    public void moveBy(int step, int rows) {
        selected += step;
        clamp(rows);
    }

    public void moveTo(int row, int rows) {
        selected = row;
        clamp(rows);
    }

    private void clamp(int rows) {
        selected = Math.max(0, Math.min(selected, rows - 1));
    }
}
