package jixiao.storage.exchange;

import static jixiao.storage.exchange.CsvExchangeTest.clean;
import static jixiao.storage.exchange.CsvExchangeTest.demo;
import static jixiao.storage.exchange.CsvExchangeTest.fixture;
import static jixiao.storage.exchange.CsvExchangeTest.formatted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XlsxExchangeTest {

    private final XlsxExchange xlsx = new XlsxExchange();

    @ParameterizedTest
    @ValueSource(strings = {DemoForms.SELF_EVALUATIONS, DemoForms.DECLARATIONS})
    void everyDemoFormWrittenToXlsxReadsBackUnchanged(String name) throws IOException {
        List<Project> projects = demo(name);
        byte[] workbook = write(projects, Language.EN);
        assertEquals(projects, clean(xlsx.read(new ByteArrayInputStream(workbook), name)));
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoForms.SELF_EVALUATIONS, DemoForms.DECLARATIONS})
    void everyDemoFormWrittenWithChineseHeadersReadsBackUnchanged(String name) throws IOException {
        List<Project> projects = demo(name);
        byte[] workbook = write(projects, Language.ZH);
        assertEquals("年度", rows(workbook).get(0).getCellText(0));
        assertEquals(projects, clean(xlsx.read(new ByteArrayInputStream(workbook), name)));
    }

    @Test
    void everyStageOfEveryYearWrittenToXlsxReadsBackExactly() throws IOException {
        for (List<ProjectYear> years : CsvExchangeTest.stagedFiles()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            xlsx.write(years, out, Language.ZH);
            Reading reading = xlsx.read(new ByteArrayInputStream(out.toByteArray()), "years.xlsx");
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
                .filter(cell -> cell.getText().startsWith("=")).findFirst().orElseThrow();
        assertEquals(CellType.STRING, formulaLike.getType());
        assertEquals("=100(%)", formulaLike.getText());
    }

    @Test
    void aWorkbookTypedInExcelReadsNumbersAndDatesAsExcelShowsThem() throws IOException {
        Reading reading;
        try (InputStream in = Files.newInputStream(fixture("typed-in-excel.xlsx"))) {
            reading = xlsx.read(in, "typed-in-excel.xlsx");
        }
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
        Reading reading = xlsx.read(new ByteArrayInputStream(out.toByteArray()), "bad.xlsx");
        assertEquals(List.of(), reading.projects());
        assertEquals(List.of("bad.xlsx:4: weight: 'abc' is not a number"), formatted(reading));
    }

    @Test
    void aFileThatIsNotAWorkbookIsReportedNotThrown() {
        Reading reading = xlsx.read(new ByteArrayInputStream("year,unit\n".getBytes()), "projects.xlsx");
        assertTrue(formatted(reading).get(0).startsWith("projects.xlsx: cannot read the workbook: "),
                formatted(reading).toString());
    }

    @Test
    void anOldXlsWorkbookIsAskedToBeSavedAsXlsx() {
        byte[] oldExcel = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};
        Reading reading = xlsx.read(new ByteArrayInputStream(oldExcel), "old.xls");
        assertEquals(List.of("old.xls: this is an old .xls workbook: save it as .xlsx in Excel"), formatted(reading));
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
