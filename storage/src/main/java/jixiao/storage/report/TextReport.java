package jixiao.storage.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jixiao.domain.language.Columns;
import jixiao.storage.report.Grid.Cell;
import jixiao.storage.report.Grid.Style;

/**
 * A grid as terminal text, CJK-aligned ({@link Columns}: a Chinese character takes two columns),
 * no wider than the terminal: columns shrink to fit ({@link ColumnFit}) and cell text wraps
 * ({@link TextWrap}), never cut. Columns are two spaces apart; a merged cell spans its columns and
 * the gaps between them, and its text flows down the rows it spans, centred as on the paper
 * (绩效指标 beside the indicators, a category beside its rows). A rule runs across above each block
 * of the form (every row that starts a new label in the first column) and below the table; the
 * notes follow.
 */
final class TextReport {

    static final String GAP = "  ";
    private static final char RULE = '─';

    private final Grid grid;
    private final List<Integer> widths;
    private final Cell[][] covering;
    private final Map<Cell, List<String>> wrapped = new HashMap<>();
    private final int[] heights;

    private TextReport(Grid grid, int width) {
        this.grid = grid;
        this.widths = ColumnFit.widths(grid, width - GAP.length() * (grid.columns() - 1));
        this.covering = covering(grid);
        for (Cell cell : grid.cells()) {
            wrapped.put(cell, TextWrap.lines(cell.text(), span(cell.column(), cell.lastColumn())));
        }
        this.heights = heights();
    }

    static List<String> lines(Grid grid, int width) {
        return new TextReport(grid, width).lines();
    }

    private List<String> lines() {
        String rule = String.valueOf(RULE).repeat(span(0, grid.columns() - 1));
        List<String> lines = new ArrayList<>();
        for (int row = 0; row < grid.rows(); row++) {
            Cell first = covering[row][0];
            if (row == grid.notesFrom() || first != null && first.row() == row && startsBlock(first.style())) {
                lines.add(rule);
            }
            for (int line = 0; line < heights[row]; line++) {
                lines.add(line(row, line));
            }
        }
        if (grid.notesFrom() == grid.rows()) {
            lines.add(rule);
        }
        return lines;
    }

    private static boolean startsBlock(Style style) {
        return style != Style.TITLE && style != Style.CAPTION && style != Style.NOTE;
    }

    /** Each row's height in lines: its own cells' text, and room for the text of merged cells that end in it. */
    private int[] heights() {
        int[] rows = new int[grid.rows()];
        for (Cell cell : grid.cells()) {
            if (cell.rows() == 1) {
                rows[cell.row()] = Math.max(rows[cell.row()], wrapped.get(cell).size());
            }
        }
        for (int row = 0; row < rows.length; row++) {
            rows[row] = Math.max(1, rows[row]);
        }
        for (Cell cell : grid.cells()) {
            int missing = wrapped.get(cell).size() - spanned(rows, cell);
            if (cell.rows() > 1 && missing > 0) {
                rows[cell.lastRow()] += missing;
            }
        }
        return rows;
    }

    /** Line {@code line} of row {@code row}: each cell's share of its text, aligned in its columns. */
    private String line(int row, int line) {
        StringBuilder text = new StringBuilder();
        int column = 0;
        while (column < grid.columns()) {
            Cell cell = covering[row][column];
            int last = cell == null ? column : cell.lastColumn();
            String part = cell == null ? "" : part(cell, row, line);
            text.append(column == 0 ? "" : GAP).append(align(part, span(column, last), cell));
            column = last + 1;
        }
        return text.toString().stripTrailing();
    }

    /** The line of {@code cell}'s text that falls on line {@code line} of row {@code row}, centred down its rows. */
    private String part(Cell cell, int row, int line) {
        List<String> text = wrapped.get(cell);
        int before = 0;
        for (int r = cell.row(); r < row; r++) {
            before += heights[r];
        }
        int top = cell.style() == Style.LABEL || cell.style() == Style.CENTER
                ? Math.max(0, (spanned(heights, cell) - text.size()) / 2) : 0;
        int index = before + line - top;
        return index >= 0 && index < text.size() ? text.get(index) : "";
    }

    private static int spanned(int[] heights, Cell cell) {
        int sum = 0;
        for (int row = cell.row(); row <= cell.lastRow(); row++) {
            sum += heights[row];
        }
        return sum;
    }

    /** Columns {@code first} to {@code last} and the gaps between them. */
    private int span(int first, int last) {
        int sum = GAP.length() * (last - first);
        for (int column = first; column <= last; column++) {
            sum += widths.get(column);
        }
        return sum;
    }

    private static String align(String text, int width, Cell cell) {
        int free = width - Columns.width(text);
        if (cell == null || cell.style() == Style.TEXT || cell.style() == Style.NOTE) {
            return pad(text, width, 0);
        }
        return pad(text, width, cell.style() == Style.NUMBER ? free : free / 2);
    }

    /** {@code text} after {@code left} spaces, padded to {@code width}; wrapped text always fits. */
    private static String pad(String text, int width, int left) {
        int before = Math.max(0, left);
        return " ".repeat(before) + text + " ".repeat(Math.max(0, width - before - Columns.width(text)));
    }

    /** Which cell covers each position of the grid (null where none). */
    private static Cell[][] covering(Grid grid) {
        Cell[][] covering = new Cell[grid.rows()][grid.columns()];
        for (Cell cell : grid.cells()) {
            for (int row = cell.row(); row <= cell.lastRow(); row++) {
                for (int column = cell.column(); column <= cell.lastColumn(); column++) {
                    covering[row][column] = cell;
                }
            }
        }
        return covering;
    }
}
