package jixiao.storage.report;

import jixiao.domain.language.Columns;

/**
 * How tall each row of a grid prints, in points, with its cells' text wrapped in their widths:
 * for the workbook's row heights (spreadsheets do not grow a row for wrapped text in merged cells)
 * and for the page breaks of the HTML. Reckoned on the safe side, since a row too short cuts its
 * text off: a Chinese character is one em wide and any other as wide as in DejaVu Sans, the widest
 * face LibreOffice falls back to for Latin text (digits 0.64 em); a column of {@code w} Excel units is
 * {@code 7w + 5} pixels, as Excel and LibreOffice draw it; a line is 1.45 em, the height of Noto CJK.
 */
final class RowHeights {

    /** Every text but the title: at least 9 pt, as a finance office reads it, with half a point to spare. */
    static final double BODY_POINTS = 9.5;
    static final double TITLE_POINTS = 16;
    private static final double LINE_EM = 1.45;
    private static final double NARROW_EM = 0.64;
    private static final String THIN = ".,:;'!|il ";
    private static final double THIN_EM = 0.33;
    private static final String BRACKETS = "()[]{}";
    private static final double BRACKET_EM = 0.4;
    private static final String WIDE = "%@MW≥≤≧≦";
    private static final double PIXELS_PER_UNIT = 7;
    private static final double PIXELS_PER_COLUMN = 5;
    private static final double PADDING_PIXELS = 8;
    private static final double CELL_PADDING_POINTS = 2;
    private static final double POINTS_PER_PIXEL = 0.75;

    private RowHeights() {
    }

    /** Each row's height in points. */
    static double[] of(Grid grid) {
        double[] heights = new double[grid.rows()];
        for (Grid.Cell cell : grid.cells()) {
            if (cell.rows() == 1) {
                heights[cell.row()] = Math.max(heights[cell.row()], height(grid, cell));
            }
        }
        for (Grid.Cell cell : grid.cells()) {
            if (cell.rows() > 1) {
                double spanned = 0;
                for (int row = cell.row(); row <= cell.lastRow(); row++) {
                    spanned += heights[row];
                }
                heights[cell.lastRow()] += Math.max(0, height(grid, cell) - spanned);
            }
        }
        return heights;
    }

    static double points(Grid.Style style) {
        return style == Grid.Style.TITLE ? TITLE_POINTS : BODY_POINTS;
    }

    private static double height(Grid grid, Grid.Cell cell) {
        double size = points(cell.style());
        double width = width(grid.width(cell.column(), cell.lastColumn()), cell.columns());
        return lines(cell.text(), width / size) * LINE_EM * size + CELL_PADDING_POINTS;
    }

    /** The lines body text takes in one column of {@code units}. */
    static int lines(String text, int units) {
        return lines(text, width(units, 1) / BODY_POINTS);
    }

    /** Whether {@code text} in {@code style} shows on one line across the whole of {@code grid}. */
    static boolean fitsOneLine(Grid grid, String text, Grid.Style style) {
        return lines(text, width(grid.width(0, grid.columns() - 1), grid.columns()) / points(style)) == 1;
    }

    /** The room for text in columns of {@code units} in all, in points. */
    private static double width(int units, int columns) {
        return (PIXELS_PER_UNIT * units + PIXELS_PER_COLUMN * columns - PADDING_PIXELS) * POINTS_PER_PIXEL;
    }

    /** The Excel units a column needs to show {@code text} at body size on one line. */
    static int units(String text) {
        double pixels = ems(text) * BODY_POINTS / POINTS_PER_PIXEL + PADDING_PIXELS;
        return (int) Math.ceil((pixels - PIXELS_PER_COLUMN) / PIXELS_PER_UNIT);
    }

    private static double ems(String text) {
        double ems = 0;
        for (int i = 0; i < text.length(); i++) {
            ems += em(text.charAt(i));
        }
        return ems;
    }

    /** A character's width in em: DejaVu Sans's for the narrow ones, rounded up. */
    private static double em(char c) {
        if (Columns.width(c) == 2) {
            return 1;
        }
        if (THIN.indexOf(c) >= 0) {
            return THIN_EM;
        }
        if (BRACKETS.indexOf(c) >= 0) {
            return BRACKET_EM;
        }
        return WIDE.indexOf(c) >= 0 ? 1 : NARROW_EM;
    }

    /** The lines {@code text} takes in a width of {@code ems} (an empty cell still takes one). */
    static int lines(String text, double ems) {
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines++;
            double used = 0;
            for (int i = 0; i < paragraph.length(); i++) {
                double glyph = em(paragraph.charAt(i));
                if (used + glyph > ems && used > 0) {
                    lines++;
                    used = 0;
                }
                used += glyph;
            }
        }
        return lines;
    }
}
