package jixiao.storage.exchange;

import static jixiao.storage.exchange.CsvExchangeTest.clean;
import static jixiao.storage.exchange.CsvExchangeTest.demo;
import static jixiao.storage.exchange.CsvExchangeTest.fixture;
import static jixiao.storage.exchange.CsvExchangeTest.formatted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import jixiao.domain.language.Language;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.project.ProjectKey;
import jixiao.storage.demo.DemoForms;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class XlsxExchangeTest {

    private final XlsxExchange xlsx = new XlsxExchange();

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {DemoForms.SELF_EVALUATIONS, DemoForms.DECLARATIONS})
    void everyDemoFormWrittenToXlsxReadsBackUnchanged(String name) throws IOException {
        List<Project> projects = demo(name);
        byte[] workbook = write(projects, Language.EN);
        assertEquals(projects, clean(read(workbook, name)));
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoForms.SELF_EVALUATIONS, DemoForms.DECLARATIONS})
    void everyDemoFormWrittenWithChineseHeadersReadsBackUnchanged(String name) throws IOException {
        List<Project> projects = demo(name);
        byte[] workbook = write(projects, Language.ZH);
        assertEquals("年度", rows(workbook).get(0).getCellText(0));
        assertEquals(projects, clean(read(workbook, name)));
    }

    @Test
    void everyStageOfEveryYearWrittenToXlsxReadsBackExactly() throws IOException {
        for (List<ProjectYear> years : CsvExchangeTest.stagedFiles()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            xlsx.write(years, out, Language.ZH);
            Reading reading = read(out.toByteArray(), "years.xlsx");
            assertEquals(List.of(), formatted(reading));
            assertEquals(years, reading.years());
        }
    }

    @Test
    void exportWritesEveryCellAsTextOnASheetNamedProjects() throws IOException {
        byte[] workbook = write(demo(DemoForms.SELF_EVALUATIONS), Language.EN);
        List<Row> rows = rows(workbook);
        List<String> header = rows.get(0).stream().map(Cell::getText).toList();
        Row first = rows.get(1);
        Cell weight = first.getCell(header.indexOf("weight"));
        assertEquals(CellType.STRING, weight.getType());
        assertEquals("20.00", weight.getText());
        assertEquals(CellType.STRING, first.getCell(header.indexOf("year")).getType());
        Cell formulaLike = rows.stream().map(row -> row.getCell(header.indexOf("target")))
                .filter(cell -> cell.getText().startsWith("'=")).findFirst().orElseThrow();
        assertEquals(CellType.STRING, formulaLike.getType());
        assertEquals("'=100(%)", formulaLike.getText());
    }

    @Test
    void aWorkbookTypedInExcelReadsNumbersAndDatesAsExcelShowsThem() throws IOException {
        Reading reading = xlsx.read(fixture("typed-in-excel.xlsx"), "typed-in-excel.xlsx");
        Project project = clean(reading).get(0);
        assertEquals(new ProjectKey(2024, "某单位", "项目1", "12345"), project.key());
        assertEquals("2024-01-01", project.profile().start());
        assertEquals("2024-12-31", project.profile().end());
        assertEquals(Optional.of(new BigDecimal("485.55")), project.funding().total().initial());
        assertEquals(Optional.of(new BigDecimal("485.55")), project.funding().line(FundingSource.FISCAL).initial());
        assertEquals(List.of(Optional.of(new BigDecimal("20.00")), Optional.of(new BigDecimal("5.5"))),
                project.indicators().stream().map(Indicator::weight).toList());
        assertEquals("及时", project.indicators().get(1).target().text());
        assertEquals(Optional.of(new BigDecimal("98.94")), project.published().executionRate());
    }

    @Test
    void aBadCellIsReportedByTheRowNumberExcelShows() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("projects");
        List<List<String>> rows = List.of(List.of("year", "unit", "name", "indicator", "weight"),
                List.of("2024", "某单位", "项目1", "指标1", "10"),
                List.of(),
                List.of("2024", "某单位", "项目1", "指标2", "abc"));
        for (int row = 0; row < rows.size(); row++) {
            for (int column = 0; column < rows.get(row).size(); column++) {
                sheet.value(row, column, rows.get(row).get(column));
            }
        }
        workbook.finish();
        Reading reading = read(out.toByteArray(), "bad.xlsx");
        assertEquals(List.of(), reading.projects());
        assertEquals(List.of("bad.xlsx:4: weight: 'abc' is not a number"), formatted(reading));
    }

    @Test
    void aFileThatIsNotAWorkbookIsReportedNotThrown() throws IOException {
        Reading reading = read("year,unit\n".getBytes(StandardCharsets.UTF_8), "projects.xlsx");
        assertEquals(List.of("projects.xlsx: not an XLSX workbook (not a valid zip file, or damaged or cut off)"),
                formatted(reading));
    }

    @Test
    void anOldXlsWorkbookIsAskedToBeSavedAsXlsx() throws IOException {
        byte[] oldExcel = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};
        Reading reading = read(oldExcel, "old.xls");
        assertEquals(List.of("old.xls: this is an old .xls workbook: save it as .xlsx in Excel"), formatted(reading));
    }

    @Test
    void aWorkbookPutTogetherByHandReads() throws IOException {
        Reading reading = read(TestWorkbook.withRows(row(2, "<c r=\"E2\"><v>10</v></c>")).bytes(), "hand.xlsx");
        assertEquals(List.of(), formatted(reading));
        assertEquals(Optional.of(new BigDecimal("10")), reading.projects().get(0).indicators().get(0).weight());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<c r=\"E2\" t=\"s\"><v>-1</v></c>|hostile.xlsx:2: E: the shared string index '-1' is not one of the workbook's 1 strings",
        "<c r=\"E2\" t=\"s\"><v>abc</v></c>|hostile.xlsx:2: E: the shared string index 'abc' is not one of the workbook's 1 strings",
        "<c r=\"E2\" t=\"x\"><v>1</v></c>|hostile.xlsx:2: E: unknown cell type 'x'",
        "<c r=\"ZZZZ2\"><v>1</v></c>|hostile.xlsx:2: E: the cell reference 'ZZZZ2' is not valid: it should be a cell of this row (2) further right, such as E2",
        "<c r=\"E3\"><v>1</v></c>|hostile.xlsx:2: E: the cell reference 'E3' is not valid: it should be a cell of this row (2) further right, such as E2",
        "<c r=\"E2\" t=\"b\"><v>7</v></c>|hostile.xlsx:2: E: the boolean cell's value '7' is not 0 or 1",
        "<c r=\"E2\"><v>abc</v></c>|hostile.xlsx:2: E: the number cell's value 'abc' is not a number",
        "<c r=\"E2\"><v>-5</v></c>|hostile.xlsx:2: weight: may not be negative (-5)",
        "<c r=\"E2\"><v>1E+100000000</v></c>|hostile.xlsx:2: weight: '1E+100000000' is not a number",
        "<c r=\"E2\"><v>1E-999999999</v></c>|hostile.xlsx:2: weight: '1E-999999999' is not a number",
        "<c r=\"E2\"><v>1E+99999999999</v></c>|hostile.xlsx:2: E: the number cell's value '1E+99999999999' is not a number"})
    void aCellNoProgramWritesIsAProblemAtItsRowAndColumnNeverAnError(String cell, String problem) throws IOException {
        TestWorkbook workbook = TestWorkbook.withRows(row(2, cell)).strings(List.of("只有一个"));
        Reading reading = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> read(workbook.bytes(), "hostile.xlsx"));
        assertEquals(List.of(problem), formatted(reading));
    }

    @Test
    void aRowNumberThatIsNotOneOrDoesNotRiseIsAProblem() throws IOException {
        String rows = "<row r=\"abc\"><c r=\"A2\"><v>1</v></c></row>";
        assertEquals(List.of("rows.xlsx:2: the row number 'abc' is not a number from 1 to 1048576 above the row before (1)"),
                formatted(read(TestWorkbook.withRows(rows).bytes(), "rows.xlsx")));
        String falling = row(3, "") + row(2, "");
        assertTrue(formatted(read(TestWorkbook.withRows(falling).bytes(), "rows.xlsx")).get(0)
                .startsWith("rows.xlsx:4: the row number '2' is not a number"));
    }

    @Test
    void aDateFormattedNumberOutsideExcelsCalendarReadsAsWritten() throws IOException {
        String rows = "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>2024</t></is></c>"
                + "<c r=\"B2\" t=\"inlineStr\"><is><t>某单位</t></is></c><c r=\"C2\" s=\"1\"><v>1E+300</v></c>"
                + "<c r=\"D2\" s=\"1\"><v>45292</v></c></row>";
        Reading reading = read(TestWorkbook.withRows(rows).bytes(), "dates.xlsx");
        assertEquals(List.of(), formatted(reading));
        assertEquals("1E+300", reading.projects().get(0).key().name());
        assertEquals("2024-01-01", reading.projects().get(0).indicators().get(0).name());
    }

    @Test
    void aSharedStringLongerThanACellIsRefusedBeforeItIsHeld() throws IOException {
        TestWorkbook workbook = TestWorkbook.withRows(row(2, "")).strings(List.of("长".repeat(Limits.DEFAULT.cellChars() + 1)));
        assertEquals(List.of("big.xlsx: a shared string is longer than 32767 characters, the limit"),
                formatted(read(workbook.bytes(), "big.xlsx")));
    }

    @Test
    void aZipBombIsStoppedAtItsFirstMegabyte() throws IOException {
        byte[] sheet = ("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + " ".repeat(64 * 1024 * 1024) + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8);
        TestWorkbook workbook = TestWorkbook.withRows("").part(TestWorkbook.SHEET, sheet);
        Reading reading = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read(workbook.bytes(), "bomb.xlsx"));
        assertEquals(List.of("bomb.xlsx: the workbook part xl/worksheets/sheet1.xml inflates beyond the limits (a zip bomb?)"),
                formatted(reading));
    }

    @Test
    void aDtdIsRefusedSoNoExternalEntityIsEverRead(@TempDir Path secrets) throws IOException {
        Path secret = Files.writeString(secrets.resolve("secret.txt"), "密码");
        String sheet = "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + TestWorkbook.HEADER + row(2, "<c r=\"E2\" t=\"inlineStr\"><is><t>&x;</t></is></c>") + "</sheetData></worksheet>";
        Reading reading = read(TestWorkbook.withRows("").part(TestWorkbook.SHEET, sheet).bytes(), "xxe.xlsx");
        assertEquals(List.of("xxe.xlsx: the workbook part xl/worksheets/sheet1.xml has a DTD (<!DOCTYPE): spreadsheets"
                + " never write one, and it is refused to keep out external entities"), formatted(reading));
    }

    @Test
    void markupLongerThanTheLimitIsRefusedBeforeTheParserHoldsIt() throws IOException {
        // Letters at random, so that the zip does not shrink them and its own limit does not stop them first.
        String cdata = row(2, "<c r=\"E2\" t=\"inlineStr\"><is><t><![CDATA[" + letters(2 * 1024 * 1024) + "]]></t></is></c>");
        assertEquals(List.of("long.xlsx: the workbook part xl/worksheets/sheet1.xml has markup longer than the limit"),
                formatted(read(TestWorkbook.withRows(cdata).bytes(), "long.xlsx")));
        String attribute = row(2, "<c r=\"E2\" s=\"" + letters(2 * 1024 * 1024) + "\"><v>1</v></c>");
        assertEquals(List.of("long.xlsx: the workbook part xl/worksheets/sheet1.xml has markup longer than the limit"),
                formatted(read(TestWorkbook.withRows(attribute).bytes(), "long.xlsx")));
    }

    @Test
    void malformedSheetXmlNamesThePartAndTheLine() throws IOException {
        Reading reading = read(TestWorkbook.withRows(row(2, "<c r=\"E2\"><v>1</c>")).bytes(), "bad.xlsx");
        assertEquals(List.of("bad.xlsx: the workbook part xl/worksheets/sheet1.xml is not valid XML (line 1)"),
                formatted(reading));
    }

    @Test
    void aWorkbookWithoutItsSheetOrCutShortIsAProblem() throws IOException {
        byte[] whole = TestWorkbook.withRows(row(2, "")).bytes();
        Reading cut = read(java.util.Arrays.copyOf(whole, whole.length / 2), "cut.xlsx");
        assertEquals(List.of("cut.xlsx: not an XLSX workbook (not a valid zip file, or damaged or cut off)"), formatted(cut));
        TestWorkbook noSheet = TestWorkbook.withRows("");
        noSheet.part("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
                + " Target=\"worksheets/missing.xml\"/></Relationships>");
        assertEquals(List.of("nosheet.xlsx: the workbook lacks its part xl/worksheets/missing.xml"),
                formatted(read(noSheet.bytes(), "nosheet.xlsx")));
    }

    @Test
    void aControlCharacterInACellIsAProblemAtItsCell() throws IOException {
        Reading reading = read(TestWorkbook.withRows(row(2, "<c r=\"E2\" t=\"inlineStr\"><is><t>_x001B_[2J</t></is></c>"))
                .bytes(), "esc.xlsx");
        assertEquals(List.of("esc.xlsx:2: weight: character 1 is a control character, U+001B (␛): remove it"),
                formatted(reading));
    }

    private static String letters(int count) {
        java.util.Random random = new java.util.Random(13);
        StringBuilder letters = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    /** A data row: 2024, 某单位, 项目1, 指标1 in A-D, then {@code more}. */
    private static String row(int number, String more) {
        return "<row r=\"" + number + "\"><c r=\"A" + number + "\" t=\"inlineStr\"><is><t>2024</t></is></c>"
                + "<c r=\"B" + number + "\" t=\"inlineStr\"><is><t>某单位</t></is></c>"
                + "<c r=\"C" + number + "\" t=\"inlineStr\"><is><t>项目1</t></is></c>"
                + "<c r=\"D" + number + "\" t=\"inlineStr\"><is><t>指标1</t></is></c>" + more + "</row>";
    }

    /** Reads a workbook's bytes as import reads a file: from a file of its own. */
    private Reading read(byte[] workbook, String name) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, workbook);
        return xlsx.read(file, name);
    }

    private byte[] write(List<Project> projects, Language headers) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xlsx.write(years(projects), out, headers);
        return out.toByteArray();
    }

    private static List<Row> rows(byte[] workbook) throws IOException {
        try (ReadableWorkbook readable = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
            return readable.findSheet(XlsxExchange.SHEET).orElseThrow().read();
        }
    }

    /** Forms from elsewhere as the years they make: the stage each one's data shows. */
    private static List<ProjectYear> years(List<Project> projects) {
        return projects.stream().map(ProjectYear::ofForm).toList();
    }
}
