package jixiao.storage.report;

import java.util.ArrayList;
import java.util.List;
import jixiao.domain.language.Columns;

/**
 * A grid as terminal text, CJK-aligned ({@link Columns}: a Chinese character takes two columns).
 * Columns are two spaces apart; a merged cell spans its columns and the gaps between them, and
 * shows its text once, in its first row, as the paper form does. A rule runs across above each
 * block of the form (every row that starts a new label in the first column) and below the last.
 */
final class TextReport {

    private static final String GAP = "  ";
    private static final char RULE = '─';

    private TextReport() {
    }

    static List<String> lines(Grid grid) {
        Grid.Cell[][] covering = covering(grid);
        int total = grid.width(0, grid.columns() - 1) + GAP.length() * (grid.columns() - 1);
        List<String> lines = new ArrayList<>();
        for (int row = 0; row < grid.rows(); row++) {
            Grid.Cell first = covering[row][0];
            if (first != null && first.row() == row && first.style() != Grid.Style.TITLE
                    && first.style() != Grid.Style.CAPTION) {
                lines.add(String.valueOf(RULE).repeat(total));
            }
            lines.addAll(row(grid, covering[row], row));
        }
        lines.add(String.valueOf(RULE).repeat(total));
        return lines;
    }

    private static List<String> row(Grid grid, Grid.Cell[] covering, int row) {
        List<List<String>> segments = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        List<Grid.Cell> cells = new ArrayList<>();
        int column = 0;
        while (column < grid.columns()) {
            Grid.Cell cell = covering[column];
            int last = cell == null ? column : cell.lastColumn();
            int width = grid.width(column, last) + GAP.length() * (last - column);
            boolean shown = cell != null && cell.row() == row;
            segments.add(shown ? wrap(cell.text(), width) : List.of());
            widths.add(width);
            cells.add(shown ? cell : null);
            column = last + 1;
        }
        int height = Math.max(1, segments.stream().mapToInt(List::size).max().orElse(1));
        List<String> lines = new ArrayList<>();
        for (int line = 0; line < height; line++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < segments.size(); i++) {
                String part = line < segments.get(i).size() ? segments.get(i).get(line) : "";
                text.append(i == 0 ? "" : GAP).append(align(part, widths.get(i), cells.get(i)));
            }
            lines.add(text.toString().stripTrailing());
        }
        return lines;
    }

    private static String align(String text, int width, Grid.Cell cell) {
        if (cell == null || cell.style() == Grid.Style.TEXT) {
            return Columns.fit(text, width);
        }
        if (cell.style() == Grid.Style.NUMBER) {
            return Columns.fitRight(text, width);
        }
        int left = Math.max(0, (width - Columns.width(text)) / 2);
        return Columns.fit(" ".repeat(left) + text, width);
    }

    /** Which cell covers each position of the grid (null where none). */
    private static Grid.Cell[][] covering(Grid grid) {
        Grid.Cell[][] covering = new Grid.Cell[grid.rows()][grid.columns()];
        for (Grid.Cell cell : grid.cells()) {
            for (int row = cell.row(); row <= cell.lastRow(); row++) {
                for (int column = cell.column(); column <= cell.lastColumn(); column++) {
                    covering[row][column] = cell;
                }
            }
        }
        return covering;
    }

    /**
     * Text broken into lines of at most {@code width} terminal columns, at line breaks of its own
     * and wherever it runs out of room (Chinese has no spaces to break at, so any character will do).
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            int used = 0;
            for (int i = 0; i < paragraph.length(); i++) {
                char c = paragraph.charAt(i);
                int next = Columns.width(c);
                if (used + next > width && used > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    used = 0;
                }
                line.append(c);
                used += next;
            }
            lines.add(line.toString());
        }
        return lines.size() == 1 && lines.get(0).isEmpty() ? List.of() : lines;
    }
}
