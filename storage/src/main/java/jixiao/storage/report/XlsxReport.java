package jixiao.storage.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Range;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A grid as a worksheet: merged cells, thin borders, widths for Chinese text, row heights that show
 * wrapped text (Excel does not grow rows for merged cells), printed on A4 fitted to the page width
 * with the indicator header repeated on every page. Every value is text, so {@code 20.00} keeps its
 * decimals exactly as the scorecard gives them.
 */
final class XlsxReport {

    static final int MAX_SHEET_NAME = 31;
    private static final double LINE_HEIGHT = 15;
    private static final double TITLE_HEIGHT = 30;
    private static final String SHADE = "F2F2F2";

    private XlsxReport() {
    }

    static void write(List<Grid> grids, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "jixiao", "1.0");
        Set<String> names = new HashSet<>();
        for (Grid grid : grids) {
            sheet(workbook.newWorksheet(sheetName(grid.title(), names)), grid);
        }
        workbook.finish();
    }

    private static void sheet(Worksheet sheet, Grid grid) {
        for (int column = 0; column < grid.columns(); column++) {
            sheet.width(column, grid.widths().get(column) + 2);
        }
        double[] heights = new double[grid.rows()];
        for (Grid.Cell cell : grid.cells()) {
            if (!cell.text().isEmpty()) {
                sheet.value(cell.row(), cell.column(), cell.text());
            }
            Range range = sheet.range(cell.row(), cell.column(), cell.lastRow(), cell.lastColumn());
            if (cell.isMerged()) {
                range.merge();
            }
            style(range, cell.style());
            if (cell.rows() == 1) {
                int lines = TextReport.wrap(cell.text(), grid.width(cell.column(), cell.lastColumn())).size();
                double height = cell.style() == Grid.Style.TITLE ? TITLE_HEIGHT : Math.max(1, lines) * LINE_HEIGHT;
                heights[cell.row()] = Math.max(heights[cell.row()], height);
            }
        }
        for (int row = 0; row < heights.length; row++) {
            sheet.rowHeight(row, Math.max(LINE_HEIGHT, heights[row]) + 3);
        }
        sheet.hideGridLines();
        sheet.paperSize(PaperSize.A4_PAPER);
        sheet.pageOrientation("portrait");
        sheet.setFitToPage(true);
        sheet.fitToWidth((short) 1);
        sheet.fitToHeight((short) 0);
        if (grid.repeatedRow() >= 0) {
            sheet.repeatRows(grid.repeatedRow());
        }
    }

    /** The look of each kind of cell; the setter's own type is not public, hence one chain per case. */
    private static void style(Range range, Grid.Style style) {
        switch (style) {
            case TITLE -> range.style().wrapText(true).verticalAlignment("center").horizontalAlignment("center")
                    .bold().fontSize(16).set();
            case CAPTION -> range.style().wrapText(true).verticalAlignment("center").horizontalAlignment("center")
                    .set();
            case LABEL -> range.style().wrapText(true).verticalAlignment("center").horizontalAlignment("center")
                    .bold().fillColor(SHADE).borderStyle(BorderStyle.THIN).set();
            case NUMBER -> range.style().wrapText(true).verticalAlignment("center").horizontalAlignment("right")
                    .borderStyle(BorderStyle.THIN).set();
            case CENTER -> range.style().wrapText(true).verticalAlignment("center").horizontalAlignment("center")
                    .borderStyle(BorderStyle.THIN).set();
            default -> range.style().wrapText(true).verticalAlignment("center").horizontalAlignment("left")
                    .borderStyle(BorderStyle.THIN).set();
        }
    }

    /**
     * A name Excel accepts: at most 31 characters, none of {@code : \ / ? * [ ]}, and unique in the
     * workbook (case-insensitively), numbered {@code (2)}, {@code (3)} where two projects share a name.
     */
    static String sheetName(String title, Set<String> taken) {
        String clean = title.replaceAll("[:\\\\/?*\\[\\]]", "_").strip();
        clean = clean.isEmpty() ? "项目" : clean;
        String name = cut(clean, MAX_SHEET_NAME);
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = "(" + n + ")";
            name = cut(clean, MAX_SHEET_NAME - suffix.length()) + suffix;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
