package jixiao.storage.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Range;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Grids as a workbook, one sheet each, that prints as the paper: merged cells, thin borders, 宋体
 * (with its GB2312 charset, by which a machine without it picks another Chinese face), body text at
 * 10 pt on A4 with widths that fit the page, row heights that show wrapped text (spreadsheets do
 * not grow rows for merged cells), the table header repeated on every page, the project and
 * 第 n 页 in the page header and footer, and （续表） on the pages after the first.
 * Figures are numbers with the paper's number formats, so that a column can be summed; text stays
 * text, so a name that looks like a formula is never one.
 */
final class XlsxReport {

    static final String FONT = "宋体";
    private static final String SHADE = "F2F2F2";
    private static final float SIDE_MARGIN_INCHES = 0.4f;
    private static final float TOP_MARGIN_INCHES = 0.6f;
    private static final float HEADER_MARGIN_INCHES = 0.25f;

    /** The application a workbook names as its maker, by which jixiao knows its own reports. */
    static final String APPLICATION = "jixiao";

    private XlsxReport() {
    }

    static void write(List<Grid> grids, OutputStream out) throws IOException {
        List<String> names = SheetNames.of(grids.stream().map(Grid::name).toList(),
                grids.stream().map(Grid::qualifiers).toList());
        Path written = Files.createTempFile("jixiao-report", ".xlsx");
        try {
            try (OutputStream file = Files.newOutputStream(written)) {
                Workbook workbook = new Workbook(file, APPLICATION, "1.0");
                for (int i = 0; i < grids.size(); i++) {
                    sheet(workbook.newWorksheet(names.get(i)), grids.get(i));
                }
                workbook.finish();
            }
            XlsxPrintParts.write(written, grids, names, out);
        } finally {
            Files.deleteIfExists(written);
        }
    }

    private static void sheet(Worksheet sheet, Grid grid) {
        for (int column = 0; column < grid.columns(); column++) {
            sheet.width(column, grid.widths().get(column));
        }
        for (Grid.Cell cell : grid.cells()) {
            value(sheet, cell);
            Range range = sheet.range(cell.row(), cell.column(), cell.lastRow(), cell.lastColumn());
            if (cell.isMerged()) {
                range.merge();
            }
            style(range.style(), cell);
        }
        double[] heights = RowHeights.of(grid);
        for (int row = 0; row < heights.length; row++) {
            sheet.rowHeight(row, heights[row]);
        }
        printSetup(sheet, grid);
    }

    private static void value(Worksheet sheet, Grid.Cell cell) {
        Optional<BigDecimal> number = cell.value().number();
        if (number.isPresent()) {
            sheet.value(cell.row(), cell.column(), plain(number.get()));
        } else if (!cell.text().isEmpty()) {
            sheet.value(cell.row(), cell.column(), cell.text());
        }
    }

    /** A number fastexcel writes without an exponent ({@code 1E+3} where the scale is negative). */
    private static BigDecimal plain(BigDecimal number) {
        return number.scale() < 0 ? number.setScale(0) : number;
    }

    /** The cell's number format, with its footnote mark printed after the figure: {@code 0.00%"¹"}. */
    static String numberFormat(Grid.Cell cell) {
        String format = cell.value().numberFormat();
        return cell.mark().isEmpty() ? format : format + "\"" + cell.mark() + "\"";
    }

    /** The look of each kind of cell; the setter's own type is not public, hence one chain per case. */
    private static void style(StyleSetter setter, Grid.Cell cell) {
        StyleSetter font = setter.fontName(FONT).fontSize(new BigDecimal(RowHeights.points(cell.style())))
                .wrapText(true).verticalAlignment("center");
        if (cell.value().number().isPresent()) {
            font = font.format(numberFormat(cell));
        }
        switch (cell.style()) {
            case TITLE -> font.horizontalAlignment("center").bold().set();
            case CAPTION -> font.horizontalAlignment("center").set();
            case NOTE -> font.horizontalAlignment("left").set();
            case LABEL -> font.horizontalAlignment("center").bold().fillColor(SHADE).borderStyle(BorderStyle.THIN).set();
            case NUMBER -> font.horizontalAlignment("right").borderStyle(BorderStyle.THIN).set();
            case CENTER -> font.horizontalAlignment("center").borderStyle(BorderStyle.THIN).set();
            case TEXT -> font.horizontalAlignment("left").borderStyle(BorderStyle.THIN).set();
        }
    }

    /**
     * A4 in the form's orientation at 100 %: the widths are chosen to fit the page, so the text
     * prints at its own size. Not "fit to page": LibreOffice then shrinks a form that runs a few
     * lines onto a second page until it fits one, and its notes fall below 9 pt. Each sheet numbers
     * its pages from 1. The repeated header and the page header and footer are written by
     * {@link XlsxPrintParts}.
     */
    private static void printSetup(Worksheet sheet, Grid grid) {
        sheet.hideGridLines();
        sheet.paperSize(PaperSize.A4_PAPER);
        sheet.pageOrientation(grid.orientation() == Grid.Orientation.LANDSCAPE ? "landscape" : "portrait");
        sheet.leftMargin(SIDE_MARGIN_INCHES);
        sheet.rightMargin(SIDE_MARGIN_INCHES);
        sheet.topMargin(TOP_MARGIN_INCHES);
        sheet.bottomMargin(TOP_MARGIN_INCHES);
        sheet.headerMargin(HEADER_MARGIN_INCHES);
        sheet.footerMargin(HEADER_MARGIN_INCHES);
        sheet.pageScale(100);
        sheet.firstPageNumber(1);
    }
}
