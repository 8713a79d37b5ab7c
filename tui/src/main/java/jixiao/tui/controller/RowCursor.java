package jixiao.tui.controller;

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
