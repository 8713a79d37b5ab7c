package jixiao.storage.report;

import java.util.ArrayList;
import java.util.List;
import jixiao.storage.report.Grid.Cell;
import jixiao.storage.report.Grid.Style;

/**
 * A form cut into printed pages for a browser, which cannot be told to repeat a title: rows go on
 * a page while their reckoned heights ({@link RowHeights}) fit, and every page after the first
 * starts with the title and （续表）, the project and year, and the table header again, as a
 * continued paper form does. A cell that spans the cut (绩效指标, a category) is shown on both sides.
 */
final class Pagination {

    /** The height of an A4 page's content between margins of 16 mm, in points, less a margin of error. */
    static final double PAGE_POINTS = (297 - 2 * 16) / 25.4 * 72 * 0.93;
    /** The same on A4 turned landscape. */
    static final double LANDSCAPE_PAGE_POINTS = (210 - 2 * 16) / 25.4 * 72 * 0.93;

    private Pagination() {
    }

    static List<Grid> pages(Grid grid) {
        return pages(grid, grid.orientation() == Grid.Orientation.LANDSCAPE ? LANDSCAPE_PAGE_POINTS : PAGE_POINTS);
    }

    static List<Grid> pages(Grid grid, double pagePoints) {
        double[] heights = RowHeights.of(grid);
        List<Grid> pages = new ArrayList<>();
        int first = 0;
        while (first < grid.rows()) {
            int last = lastRow(grid, heights, first, pages.size(), pagePoints);
            pages.add(page(grid, first, last, pages.size()));
            first = last + 1;
        }
        return pages;
    }

    /**
     * The last row of the page that starts at {@code first}: as many as the reckoned heights allow,
     * then fewer while the page as cut is still too tall (a category cut at the page's foot may
     * need more room on it than its share of the whole). The first page keeps the form's head whole.
     */
    private static int lastRow(Grid grid, double[] heights, int first, int index, double pagePoints) {
        int least = index == 0 ? Math.max(0, grid.headerRow()) : first;
        double used = index == 0 ? 0 : continuation(grid, heights);
        int last = first;
        for (int row = first; row < grid.rows(); row++) {
            used += heights[row];
            if (used > pagePoints && row > least) {
                break;
            }
            last = row;
        }
        last = Math.max(last, least);
        while (last > least && height(page(grid, first, last, index)) > pagePoints) {
            last--;
        }
        return last;
    }

    /** What a page after the first spends before its rows: the title, the caption and the table header. */
    private static double continuation(Grid grid, double[] heights) {
        return heights[0] + (grid.rows() > 1 ? heights[1] : 0) + (grid.headerRow() >= 0 ? heights[grid.headerRow()] : 0);
    }

    private static double height(Grid page) {
        double sum = 0;
        for (double row : RowHeights.of(page)) {
            sum += row;
        }
        return sum;
    }

    private static Grid page(Grid grid, int first, int last, int index) {
        Grid page = new Grid(grid.name(), grid.qualifiers(), grid.heading(), grid.widths(), grid.orientation());
        List<Integer> rows = new ArrayList<>();
        int at = 0;
        if (index > 0) {
            int columns = grid.columns() - 1;
            page.across(at++, 0, columns, grid.heading().title() + "（续表）", Style.TITLE);
            page.across(at++, 0, columns, grid.heading().subject() + "（" + grid.heading().period() + "）", Style.CAPTION);
            if (first < grid.notesFrom() && grid.headerRow() >= 0) {
                page.header(at);
                rows.add(grid.headerRow());
            }
        } else if (grid.headerRow() >= 0) {
            page.header(grid.headerRow());
        }
        for (int row = first; row <= last; row++) {
            rows.add(row);
        }
        int notes = rows.indexOf(grid.notesFrom());
        if (notes >= 0 || first > grid.notesFrom()) {
            page.notesFrom(at + Math.max(0, notes));
        }
        copy(grid, rows, page, at);
        return page;
    }

    /**
     * The given rows of {@code grid}, in order, into {@code page} from {@code at}: each cell cut to
     * the rows it covers among them. A cell covering the repeated header and the rows after it
     * (绩效指标) stays one cell, as on the first page.
     */
    private static void copy(Grid grid, List<Integer> rows, Grid page, int at) {
        for (Cell cell : grid.cells()) {
            int top = -1;
            int bottom = -1;
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i) >= cell.row() && rows.get(i) <= cell.lastRow()) {
                    top = top < 0 ? i : top;
                    bottom = i;
                }
            }
            if (top >= 0) {
                page.put(new Cell(at + top, cell.column(), bottom - top + 1, cell.columns(), cell.value(), cell.style(),
                        cell.mark()));
            }
        }
    }
}
