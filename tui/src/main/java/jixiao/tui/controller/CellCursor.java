package jixiao.tui.controller;

import java.util.function.IntUnaryOperator;

/**
 * The cell of a table the cursor is on, moved as in a spreadsheet: the arrows one cell and no
 * further than the edge, Tab to the right and on to the next row's first cell, Shift-Tab back,
 * Home and End to a row's first and last cell. Rows may have different numbers of cells (a
 * header field is one cell, a funding line three): the column is remembered, and a shorter row
 * shows the cursor on its last cell.
 */
public final class CellCursor {

    private final RowCursor rows = new RowCursor();
    private final IntUnaryOperator cellsInRow;
    private int column;

    /** {@code cellsInRow}: how many cells the row with that index has. */
    public CellCursor(IntUnaryOperator cellsInRow, int column) {
        this.cellsInRow = cellsInRow;
        this.column = column;
    }

    public RowCursor rows() {
        return rows;
    }

    public int row() {
        return rows.selected();
    }

    /** The cell the cursor is on in the current row. */
    public int column() {
        return Math.max(0, Math.min(column, cellsInRow.applyAsInt(row()) - 1));
    }

    public void moveTo(int row, int cell, int rowCount) {
        rows.moveTo(row, rowCount);
        column = cell;
    }

    public void left() {
        column = Math.max(0, column() - 1);
    }

    public void right() {
        column = Math.min(cellsInRow.applyAsInt(row()) - 1, column() + 1);
    }

    public void first() {
        column = 0;
    }

    public void last() {
        column = cellsInRow.applyAsInt(row()) - 1;
    }

    /** Tab: the next cell, after a row's last cell the next row's first. */
    public void next(int rowCount) {
        if (column() < cellsInRow.applyAsInt(row()) - 1) {
            column = column() + 1;
        } else if (row() < rowCount - 1) {
            rows.moveBy(1, rowCount);
            column = 0;
        }
    }

    /** Shift-Tab: the cell before, before a row's first cell the previous row's last. */
    public void previous(int rowCount) {
        if (column() > 0) {
            column = column() - 1;
        } else if (row() > 0) {
            rows.moveBy(-1, rowCount);
            column = cellsInRow.applyAsInt(row()) - 1;
        }
    }
}
