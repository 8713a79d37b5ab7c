package jixiao.storage.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jixiao.domain.language.Printable;

/**
 * A form laid out as the paper form is: a grid of columns with cells that may span rows and columns
 * (the merged cells of the official layout), the table header to repeat on every printed page, and
 * notes under the table. One grid, three renderings: XLSX, HTML and text. Widths are in Excel's
 * character units, which are also terminal columns (a Chinese character is two).
 */
final class Grid {

    /** How a cell looks; each rendering maps it to its own means. */
    enum Style {
        /** The form's title: large, bold, centred, no border. */
        TITLE,
        /** The line under the title (the year): centred, no border. */
        CAPTION,
        /** A printed label of the form (项目名称, 一级指标): bold, centred, shaded. */
        LABEL,
        /** What was filled in: text, left-aligned, wrapped. */
        TEXT,
        /** A short value, centred: a category, a target, an actual. */
        CENTER,
        /** A figure, right-aligned. */
        NUMBER,
        /** A note under the form (footnotes, findings): left-aligned, no border. */
        NOTE
    }

    /** How the page is turned for printing. */
    enum Orientation {
        PORTRAIT, LANDSCAPE
    }

    /**
     * What a printed page of the form says about it: the title ({@code 财政项目支出绩效自评表}), whose
     * form it is (the project, or for a summary the unit) and the period ({@code 2024年度}).
     */
    record Heading(String title, String subject, String period) {
        Heading {
            title = Printable.of(title);
            subject = Printable.of(subject);
            period = Printable.of(period);
        }
    }

    /**
     * One cell, at its top-left position (from 0), spanning {@code rows} × {@code columns}; {@code mark}
     * is a footnote mark printed after the value ({@code ¹}), empty for none.
     */
    record Cell(int row, int column, int rows, int columns, Value value, Style style, String mark) {

        Cell {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(style, "style");
            Objects.requireNonNull(mark, "mark");
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

        /** What the cell prints: the value and its mark. */
        String text() {
            return value.printed() + mark;
        }
    }

    private final String name;
    private final List<String> qualifiers;
    private final Heading heading;
    private final List<Integer> widths;
    private final Orientation orientation;
    private final List<Cell> cells = new ArrayList<>();
    private int headerRow = -1;
    private int notesFrom = -1;
    private int rows;

    Grid(String name, List<String> qualifiers, Heading heading, List<Integer> widths, Orientation orientation) {
        this.name = Printable.of(name);
        this.qualifiers = List.copyOf(qualifiers);
        this.heading = heading;
        this.widths = List.copyOf(widths);
        this.orientation = orientation;
    }

    /** A short name for the form: the sheet name's stem and the HTML section's label. */
    String name() {
        return name;
    }

    /** What tells this form apart from another of the same name, most telling first: year, kind, unit. */
    List<String> qualifiers() {
        return qualifiers;
    }

    Heading heading() {
        return heading;
    }

    List<Integer> widths() {
        return widths;
    }

    Orientation orientation() {
        return orientation;
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

    /** The table header to repeat on every printed page, or -1. */
    int headerRow() {
        return headerRow;
    }

    void header(int row) {
        headerRow = row;
    }

    /** The first row of notes under the table; {@link #rows()} when there are none. */
    int notesFrom() {
        return notesFrom < 0 ? rows : notesFrom;
    }

    void notesFrom(int row) {
        notesFrom = row;
    }

    Grid put(int row, int column, int rowSpan, int columnSpan, Value value, Style style) {
        return put(new Cell(row, column, rowSpan, columnSpan, value, style, ""));
    }

    Grid put(int row, int column, Value value, Style style) {
        return put(row, column, 1, 1, value, style);
    }

    Grid put(int row, int column, String text, Style style) {
        return put(row, column, Value.text(text), style);
    }

    /** A cell spanning whole columns from {@code first} to {@code last} in one row. */
    Grid across(int row, int first, int last, Value value, Style style) {
        return put(row, first, 1, last - first + 1, value, style);
    }

    Grid across(int row, int first, int last, String text, Style style) {
        return across(row, first, last, Value.text(text), style);
    }

    /** Puts a footnote mark on the cell that starts at {@code row}, {@code column}; an empty mark changes nothing. */
    void mark(int row, int column, String mark) {
        if (mark.isEmpty()) {
            return;
        }
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            if (cell.row() == row && cell.column() == column) {
                cells.set(i, new Cell(row, column, cell.rows(), cell.columns(), cell.value(), cell.style(),
                        cell.mark() + mark));
                return;
            }
        }
        throw new IllegalArgumentException("no cell starts at row " + row + ", column " + column);
    }

    /** The total width of columns {@code first} to {@code last}. */
    int width(int first, int last) {
        int sum = 0;
        for (int column = first; column <= last; column++) {
            sum += widths.get(column);
        }
        return sum;
    }

    Grid put(Cell cell) {
        if (cell.lastColumn() >= columns()) {
            throw new IllegalArgumentException("cell beyond the last column: " + cell);
        }
        cells.add(cell);
        rows = Math.max(rows, cell.lastRow() + 1);
        return this;
    }
}
