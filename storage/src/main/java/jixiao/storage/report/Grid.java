package jixiao.storage.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A form laid out as the paper form is: a grid of columns with cells that may span rows and columns
 * (the merged cells of the official layout). One grid, three renderings: XLSX, HTML and text.
 * Widths are in terminal columns (a Chinese character is two), which is also roughly Excel's unit.
 */
final class Grid {

    /** How a cell looks; each rendering maps it to its own means. */
    enum Style {
        /** The form's title: large, bold, centred, no border. */
        TITLE,
        /** The line under the title (the year, the money unit): centred, no border. */
        CAPTION,
        /** A printed label of the form (项目名称, 一级指标): bold, centred, shaded. */
        LABEL,
        /** What was filled in: text, left-aligned, wrapped. */
        TEXT,
        /** A short value, centred: a category, a target, an actual. */
        CENTER,
        /** A figure, right-aligned. */
        NUMBER
    }

    /** One cell, at its top-left position (from 0), spanning {@code rows} × {@code columns}. */
    record Cell(int row, int column, int rows, int columns, String text, Style style) {

        Cell {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(style, "style");
            if (rows < 1 || columns < 1) {
                throw new IllegalArgumentException("a cell spans at least one row and one column");
            }
        }

        int lastRow() {
            return row + rows - 1;
        }

        int lastColumn() {
            return column + columns - 1;
        }

        boolean isMerged() {
            return rows > 1 || columns > 1;
        }
    }

    private final String title;
    private final List<Integer> widths;
    private final List<Cell> cells = new ArrayList<>();
    private int repeatedRow = -1;
    private int rows;

    Grid(String title, List<Integer> widths) {
        this.title = title;
        this.widths = List.copyOf(widths);
    }

    /** A short name for the form: the sheet name and the HTML section's heading. */
    String title() {
        return title;
    }

    List<Integer> widths() {
        return widths;
    }

    int columns() {
        return widths.size();
    }

    int rows() {
        return rows;
    }

    List<Cell> cells() {
        return List.copyOf(cells);
    }

    /** The table header to repeat on every printed page, if any. */
    int repeatedRow() {
        return repeatedRow;
    }

    void repeat(int row) {
        repeatedRow = row;
    }

    Grid put(int row, int column, int rowSpan, int columnSpan, String text, Style style) {
        Cell cell = new Cell(row, column, rowSpan, columnSpan, text, style);
        if (cell.lastColumn() >= columns()) {
            throw new IllegalArgumentException("cell beyond the last column: " + cell);
        }
        cells.add(cell);
        rows = Math.max(rows, cell.lastRow() + 1);
        return this;
    }

    Grid put(int row, int column, String text, Style style) {
        return put(row, column, 1, 1, text, style);
    }

    /** A cell spanning whole columns from {@code first} to {@code last} in one row. */
    Grid across(int row, int first, int last, String text, Style style) {
        return put(row, first, 1, last - first + 1, text, style);
    }

    /** The total width of columns {@code first} to {@code last}. */
    int width(int first, int last) {
        int sum = 0;
        for (int column = first; column <= last; column++) {
            sum += widths.get(column);
        }
        return sum;
    }
}
