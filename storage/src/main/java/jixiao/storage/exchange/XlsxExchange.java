package jixiao.storage.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import jixiao.domain.language.Columns;
import jixiao.domain.language.Language;
import jixiao.domain.stage.ProjectYear;
import jixiao.storage.file.FileHead;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The XLSX exchange format: the columns and rows of the CSV format ({@link CsvExchange}) on one
 * sheet named {@code projects}. Export writes every cell as text, so that {@code 20.00} keeps its
 * decimals, and neutralises formula starts as CSV does ({@link FormulaGuard}); import also reads
 * workbooks typed in Excel, whose numbers and dates it reads as Excel shows them. Problems are
 * located {@code FILE:ROW: column}, with the row number Excel shows.
 *
 * <p>Reading is jixiao's own, bounded at every step ({@link XlsxPackage}, {@link XmlGuard},
 * {@link SharedStrings}, {@link XlsxSheet}): a workbook is a zip of XML that a few kilobytes can
 * make gigabytes of, and a general reader trusts it.
 */
public final class XlsxExchange {

    /** The sheet export writes, and import reads when a workbook has it (else its first sheet). */
    public static final String SHEET = "projects";

    private static final String APPLICATION = "jixiao";
    private static final int ROWS_HELD = 1000;
    private static final long MIB = 1024 * 1024;
    /** What an old .xls (an OLE2 compound file) starts with. */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};

    private final Limits limits;

    public XlsxExchange() {
        this(Limits.DEFAULT);
    }

    XlsxExchange(Limits limits) {
        this.limits = limits;
    }

    /** Whether a file is a workbook this format's export wrote (jixiao names itself its maker). */
    public static boolean wrote(Path file) {
        return FileHead.isWorkbookWrittenBy(file, APPLICATION);
    }

    /** Writes project-years with English headers; {@link #read} reads them back unchanged. Does not close {@code out}. */
    public void write(Iterable<ProjectYear> years, OutputStream out) throws IOException {
        write(years, out, Language.EN);
    }

    /** Writes project-years with headers in the given language. Does not close {@code out}. */
    public void write(Iterable<ProjectYear> years, OutputStream out, Language headers) throws IOException {
        Workbook workbook = new Workbook(out, APPLICATION, "1.0");
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
                        sheet.value(rowIndex, column, FormulaGuard.neutralised(row.get(column)));
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
     * found. Never throws: a file that is not a workbook, or one beyond the {@link Limits}, is a
     * problem too.
     */
    public List<Problem> read(Path file, String source, Consumer<ProjectYear> each) {
        Problems problems = new Problems(source, limits);
        RowAssembler rows = new RowAssembler(problems, limits, each);
        try {
            if (isOldExcel(file)) {
                problems.add("这是旧的 .xls 工作簿：请在 Excel 中另存为 .xlsx",
                        "this is an old .xls workbook: save it as .xlsx in Excel");
            } else if (Files.size(file) > limits.workbookBytes()) {
                problems.add("工作簿超过 " + limits.workbookBytes() / MIB + " MB 的上限：请分成几个文件导入",
                        "the workbook is larger than " + limits.workbookBytes() / MIB + " MB, the limit: import it as several files");
            } else {
                readRows(file, rows);
            }
        } catch (XlsxProblem problem) {
            problems.add(problem.row() <= 0 ? "" : ":" + problem.row() + (problem.cell().isEmpty() ? "" : ": "
                    + problem.cell()), problem.explanation());
        } catch (IOException e) {
            problems.add(Problem.unreadable(source, e));
        }
        rows.finish();
        return problems.all();
    }

    /** Reads a whole workbook: all its project-years, or none and the problems. */
    public Reading read(Path file, String source) {
        List<ProjectYear> projects = new ArrayList<>();
        List<Problem> problems = read(file, source, projects::add);
        return problems.isEmpty() ? new Reading(projects, List.of()) : new Reading(List.of(), problems);
    }

    /** The sheet named {@value #SHEET}, else the first, through a bounded reading of the zip and its XML. */
    private void readRows(Path file, RowAssembler rows) throws IOException, XlsxProblem {
        try (XlsxPackage workbook = XlsxPackage.open(file, limits)) {
            String main = workbook.workbook();
            List<XlsxPackage.SheetPart> sheets = workbook.sheets(main);
            XlsxPackage.SheetPart sheet = sheets.stream().filter(part -> SHEET.equals(part.name())).findFirst()
                    .orElse(sheets.get(0));
            SharedStrings strings = SharedStrings.none();
            Optional<String> stringsPart = workbook.sharedStrings(main);
            if (stringsPart.isPresent()) {
                try (XlsxXml xml = workbook.xml(stringsPart.get())) {
                    strings = SharedStrings.read(xml, limits);
                }
            }
            CellStyles styles = CellStyles.none();
            Optional<String> stylesPart = workbook.styles(main);
            if (stylesPart.isPresent()) {
                try (XlsxXml xml = workbook.xml(stylesPart.get())) {
                    styles = CellStyles.read(xml);
                }
            }
            try (XlsxXml xml = workbook.xml(sheet.part())) {
                new XlsxSheet(xml, strings, styles, workbook.dates1904(main), limits).read(rows);
            }
        }
    }

    private static boolean isOldExcel(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] signature = in.readNBytes(OLE2.length);
            return Arrays.equals(signature, OLE2);
        }
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
