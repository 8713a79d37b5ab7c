package jixiao.storage.exchange;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import jixiao.domain.language.Columns;
import jixiao.domain.language.Language;
import jixiao.domain.stage.ProjectYear;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The XLSX exchange format: the columns and rows of the CSV format ({@link CsvExchange}) on one
 * sheet named {@code projects}. Export writes every cell as text, so that {@code 20.00} keeps its
 * decimals; import also reads workbooks typed in Excel, whose numbers and dates it reads as Excel
 * shows them. Problems are located {@code FILE:ROW: column}, with the row number Excel shows.
 */
public final class XlsxExchange {

    /** The sheet export writes, and import reads when a workbook has it (else its first sheet). */
    public static final String SHEET = "projects";

    private static final int ROWS_HELD = 1000;
    /** Cell formats are needed to read numbers and dates as Excel shows them. */
    private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, false);
    private static final int SIGNATURE_LENGTH = 8;

    /** Writes project-years with English headers; {@link #read} reads them back unchanged. Does not close {@code out}. */
    public void write(Iterable<ProjectYear> years, OutputStream out) throws IOException {
        write(years, out, Language.EN);
    }

    /** Writes project-years with headers in the given language. Does not close {@code out}. */
    public void write(Iterable<ProjectYear> years, OutputStream out, Language headers) throws IOException {
        Workbook workbook = new Workbook(out, "jixiao", "1.0");
        Worksheet sheet = workbook.newWorksheet(SHEET);
        List<Column> columns = ProjectRows.columns(years);
        List<String> header = ProjectRows.header(columns, headers);
        for (int column = 0; column < header.size(); column++) {
            sheet.value(0, column, header.get(column));
            sheet.width(column, width(columns.get(column), header.get(column)));
        }
        sheet.range(0, 0, 0, header.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
        int rowIndex = 1;
        for (ProjectYear year : years) {
            for (List<String> row : ProjectRows.of(year, columns)) {
                for (int column = 0; column < row.size(); column++) {
                    if (!row.get(column).isEmpty()) {
                        sheet.value(rowIndex, column, row.get(column));
                    }
                }
                rowIndex++;
                if (rowIndex % ROWS_HELD == 0) {
                    sheet.flush();
                }
            }
        }
        workbook.finish();
    }

    /**
     * Reads a workbook, handing each project to {@code each} as soon as its last row is read, if none
     * of its rows had a problem; {@code source} names the file in problems. Returns every problem
     * found. Never throws: a file that is not a workbook is a problem too.
     */
    public List<Problem> read(InputStream in, String source, Consumer<ProjectYear> each) {
        Problems problems = new Problems(source);
        RowAssembler rows = new RowAssembler(problems, each);
        InputStream buffered = new BufferedInputStream(in);
        try {
            if (isOldExcel(buffered)) {
                problems.add("这是旧的 .xls 工作簿：请在 Excel 中另存为 .xlsx",
                        "this is an old .xls workbook: save it as .xlsx in Excel");
            } else {
                readRows(buffered, rows);
            }
        } catch (IOException | UncheckedIOException | ExcelReaderException e) {
            problems.add("无法读取工作簿：" + e.getMessage(), "cannot read the workbook: " + e.getMessage());
        }
        rows.finish();
        return problems.all();
    }

    /** Reads a whole workbook: all its project-years, or none and the problems. */
    public Reading read(InputStream in, String source) {
        List<ProjectYear> projects = new ArrayList<>();
        List<Problem> problems = read(in, source, projects::add);
        return problems.isEmpty() ? new Reading(projects, List.of()) : new Reading(List.of(), problems);
    }

    private static void readRows(InputStream in, RowAssembler rows) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(in, WITH_FORMATS);
                Stream<Row> sheet = sheetOf(workbook).openStream()) {
            Iterator<Row> iterator = sheet.iterator();
            while (rows.wantsRows() && iterator.hasNext()) {
                Row row = iterator.next();
                rows.row(row.getRowNum(), texts(row));
            }
        }
    }

    private static Sheet sheetOf(ReadableWorkbook workbook) {
        return workbook.findSheet(SHEET).orElseGet(workbook::getFirstSheet);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>(row.getCellCount());
        for (int column = 0; column < row.getCellCount(); column++) {
            texts.add(row.getOptionalCell(column).map(XlsxCells::text).orElse(""));
        }
        return texts;
    }

    private static boolean isOldExcel(InputStream in) throws IOException {
        in.mark(SIGNATURE_LENGTH);
        byte[] signature = in.readNBytes(SIGNATURE_LENGTH);
        in.reset();
        return signature.length == SIGNATURE_LENGTH && ReadableWorkbook.isOLE2Header(signature);
    }

    /** Wide enough for the header and for what the column usually holds, in characters. */
    private static double width(Column column, String header) {
        double usual = switch (column) {
            case YEAR, MONEY_UNIT, WEIGHT, SCORE, GRADE -> 8;
            case DEPARTMENT, UNIT, NAME, INDICATOR -> 30;
            case OVERALL_GOAL, GOAL, ACTUAL_SUMMARY, DEVIATION, BUDGET_CAUSE, MONITORING_SUMMARY, CAUSE_NOTE, CORRECTION,
                    ADJUSTMENT_REASON, RECTIFY_NOTE, FORMS -> 50;
            default -> 14;
        };
        return Math.max(usual, Columns.width(header) + 2);
    }
}
