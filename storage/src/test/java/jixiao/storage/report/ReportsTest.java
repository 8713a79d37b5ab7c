package jixiao.storage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import jixiao.domain.check.Review;
import jixiao.domain.check.Reviewer;
import jixiao.domain.language.Columns;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.rules.RuleSets;
import jixiao.domain.scoring.Arithmetic;
import jixiao.domain.scoring.Scorecard;
import jixiao.storage.demo.DemoForms;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The reports of every published form: the workbook read back, the page parsed, the text against a golden file. */
class ReportsTest {

    private static final Pattern MERGE = Pattern.compile("<mergeCell ref=\"([A-Z]+[0-9]+:[A-Z]+[0-9]+)\"/>");
    private static final Reviewer REVIEWER = new Reviewer(RuleSets.national2020());

    private final Reports reports = new Reports(RuleSets.national2020());

    static Stream<Project> everyPublishedForm() {
        return DemoForms.names().stream().flatMap(name -> DemoForms.read(name).projects().stream());
    }

    // --- XLSX ---------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("everyPublishedForm")
    void eachFormsWorkbookHoldsEveryCellOfTheOfficialLayout(Project project) throws IOException {
        byte[] workbook = write(List.of(project), ReportFormat.XLSX);
        List<List<String>> cells = sheets(workbook).values().iterator().next();
        Scorecard card = REVIEWER.review(project).scorecard();
        boolean selfEvaluation = card.execution().isPresent();
        assertEquals(selfEvaluation ? "财政项目支出绩效自评表" : "财政项目支出绩效目标申报表", cell(cells, 0, 0));
        assertEquals("（" + project.key().year() + "年度）", cell(cells, 1, 0));
        assertEquals(project.key().name(), cell(cells, 2, selfEvaluation ? 2 : 1));
        int header = selfEvaluation ? 11 : 12;
        assertEquals("三级指标", cell(cells, header, 3));
        for (int i = 0; i < project.indicators().size(); i++) {
            Indicator indicator = project.indicators().get(i);
            assertEquals(indicator.name(), cell(cells, header + 1 + i, 3));
            assertEquals(indicator.target().text(), cell(cells, header + 1 + i, 4));
            if (selfEvaluation) {
                assertEquals(indicator.actual().text(), cell(cells, header + 1 + i, 5));
                assertEquals(Arithmetic.two(card.indicator(i).score().orElseThrow()), cell(cells, header + 1 + i, 7));
            }
        }
        if (selfEvaluation) {
            int total = header + project.indicators().size() + 1;
            assertEquals("总分", cell(cells, total, 0));
            assertEquals("100.00", cell(cells, total, 6));
            assertEquals(Arithmetic.two(card.total().orElseThrow()), cell(cells, total, 7));
            assertEquals("评分等级", cell(cells, total + 1, 0));
            assertEquals(card.grade().orElseThrow().symbol(), cell(cells, total + 1, 6));
        }
    }

    @ParameterizedTest
    @MethodSource("everyPublishedForm")
    void eachFormsWorkbookMergesTheCellsThePaperFormMerges(Project project) throws IOException {
        Set<String> merged = merges(write(List.of(project), ReportFormat.XLSX)).get(0);
        boolean selfEvaluation = REVIEWER.review(project).scorecard().execution().isPresent();
        int header = (selfEvaluation ? 11 : 12) + 1;
        String last = selfEvaluation ? "J" : "F";
        assertTrue(merged.containsAll(List.of("A1:" + last + "1", "A2:" + last + "2")), merged.toString());
        assertTrue(merged.contains("A" + header + ":A" + (header + project.indicators().size())), merged.toString());
        assertTrue(merged.contains(selfEvaluation ? "A5:B9" : "A7:A10"), "the funding block's label: " + merged);
        List<String> runs = runs(project.indicators());
        int row = header + 1;
        for (String run : runs) {
            int length = Integer.parseInt(run.substring(run.indexOf('×') + 1));
            if (length > 1) {
                assertTrue(merged.contains("B" + row + ":B" + (row + length - 1)), run + " in " + merged);
            }
            row += length;
        }
    }

    @Test
    void theSelfEvaluationShowsTheRulesFiguresInTheFundingBlock() throws IOException {
        Project project = published("信息化运维项目", 2024);
        List<List<String>> cells = sheets(write(List.of(project), ReportFormat.XLSX)).get("信息化运维项目");
        assertEquals(List.of("年度资金总额", "", "485.55", "485.55", "480.42", "10.00", "98.94%", "9.89"),
                cells.get(5).subList(2, 10));
        assertEquals(List.of("其中：当年财政拨款", "", "485.55", "485.55", "480.42", "—", "—", "—"),
                cells.get(6).subList(2, 10));
        assertEquals("项目资金（万元）", cell(cells, 4, 0));
        assertEquals(List.of("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"), cells.get(4).subList(4, 10));
        assertEquals(List.of("预期目标", "", "", "", "", "实际完成情况"), cells.get(9).subList(1, 7));
        assertEquals("99.89", cell(cells, 11 + project.indicators().size() + 1, 7));
    }

    @Test
    void aPrintedRateThatWasCutOffIsReportedAsTheRulesRoundIt() throws IOException {
        List<List<String>> cells = sheets(write(List.of(published("工作服置装费", 2024)), ReportFormat.XLSX))
                .get("工作服置装费");
        assertEquals(List.of("85.82%", "8.58"), cells.get(5).subList(8, 10), "85.81 was printed; the rules give 85.82");
    }

    @Test
    void theDeclarationShowsNatureCategoryDatesAndTheRequestedFunds() throws IOException {
        List<List<String>> cells = sheets(write(List.of(published("工作服置装费", 2025)), ReportFormat.XLSX))
                .get("工作服置装费");
        assertEquals(List.of("项目性质", "经常性专项业务费", "", "项目类别", "特定目标类"), cells.get(4).subList(0, 5));
        assertEquals(List.of("计划开始日期", "2025-01-01", "", "计划完成日期", "2025-01-01".replace("01-01", "12-31")),
                cells.get(5).subList(0, 5));
        assertEquals(List.of("项目资金（元）", "年度资金申请总额", "", "10000.00"), cells.get(6).subList(0, 4));
        assertEquals("≥4(套)", cell(cells, 14, 4));
    }

    @Test
    void severalFormsGetASummarySheetFirstThenOneSheetEach() throws IOException {
        List<Project> projects = DemoForms.read(DemoForms.SELF_EVALUATIONS).projects();
        Map<String, List<List<String>>> sheets = sheets(write(projects, ReportFormat.XLSX));
        List<String> names = new ArrayList<>(sheets.keySet());
        assertEquals(8, names.size());
        assertEquals("汇总", names.get(0));
        assertEquals(projects.get(0).key().name(), names.get(1));
        List<List<String>> summary = sheets.get("汇总");
        assertEquals(List.of("序号", "年度", "实施单位", "项目名称", "表", "总分", "等级", "错误"), summary.get(1));
        assertEquals(List.of("3", "2024", projects.get(2).key().unit(), "工作服置装费", "绩效自评表", "98.58", "优", "0"),
                summary.get(4));
    }

    @Test
    void theWorkbookPrintsOnA4FittedToWidthRepeatingTheIndicatorHeader() throws IOException {
        byte[] workbook = write(List.of(published("课题经费", 2024)), ReportFormat.XLSX);
        String sheet = entry(workbook, "xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("paperSize=\"9\""), "A4 is paper size 9");
        assertTrue(sheet.contains("fitToWidth=\"1\"") && sheet.contains("fitToPage=\"true\""), "fitted to one page wide");
        assertTrue(entry(workbook, "xl/workbook.xml").contains("$12:$12"), "row 12 (the indicator header) repeats");
    }

    @Test
    void sheetNamesAreCutToThirtyOneCharactersAndMadeUnique() {
        Set<String> taken = new java.util.HashSet<>();
        String longName = "上海市医药采购服务与监管信息系统（2025年运维项目）业务监测分析数据有效利用";
        String first = XlsxReport.sheetName(longName, taken);
        String second = XlsxReport.sheetName(longName, taken);
        assertEquals(31, first.length());
        assertTrue(second.endsWith("(2)") && second.length() == 31, second);
        assertEquals("a_b_", XlsxReport.sheetName("a/b?", taken));
    }

    // --- HTML ---------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {DemoForms.SELF_EVALUATIONS, DemoForms.DECLARATIONS})
    void thePageHasTheSummaryAndOneTablePerFormWithTheirMergedCells(String name) throws IOException {
        List<Project> projects = DemoForms.read(name).projects();
        Document page = Jsoup.parse(new String(write(projects, ReportFormat.HTML), StandardCharsets.UTF_8));
        Elements tables = page.select("section > table");
        assertEquals(projects.size() + 1, tables.size());
        assertEquals("项目支出绩效汇总表", tables.get(0).selectFirst("td.title").text());
        for (int i = 0; i < projects.size(); i++) {
            Project project = projects.get(i);
            Review review = REVIEWER.review(project);
            Element table = tables.get(i + 1);
            assertTrue(table.selectFirst("td.title").text().startsWith("财政项目支出绩效"), table.selectFirst("td.title").text());
            assertEquals(project.key().name(), table.select("td.text").first().text());
            Element indicators = table.select("td.label").stream().filter(td -> td.text().equals("绩效指标"))
                    .findFirst().orElseThrow();
            assertEquals(String.valueOf(project.indicators().size() + 1), indicators.attr("rowspan"));
            Set<String> categories = new java.util.HashSet<>(project.indicators().stream().map(ind -> ind.level1().strip()).toList());
            List<String> level1 = table.select("tr").stream()
                    .map(tr -> tr.select("td.center").stream().filter(td -> categories.contains(td.text()))
                            .findFirst().map(td -> td.text() + "×" + (td.hasAttr("rowspan") ? td.attr("rowspan") : "1")))
                    .flatMap(java.util.Optional::stream).toList();
            assertEquals(runs(project.indicators()), level1, "level-1 cells span their rows");
            review.scorecard().total().ifPresent(total -> assertTrue(table.text().contains("总分 100.00 " + Arithmetic.two(total)),
                    table.text()));
        }
    }

    @Test
    void thePageIsSelfContained() throws IOException {
        Document page = Jsoup.parse(new String(write(everyPublishedForm().toList(), ReportFormat.HTML), StandardCharsets.UTF_8));
        assertEquals(0, page.select("script, link, img, iframe, object, [src], [href]").size());
        assertFalse(page.select("style").html().contains("url("), "no fonts or images from elsewhere");
        assertTrue(page.select("style").html().contains("size: A4"));
    }

    @Test
    void textThatLooksLikeMarkupIsShownAsTyped() throws IOException {
        Project project = published("课题经费", 2024);
        project = project.withKey(new ProjectKey(2024, "某单位", "<b>课题</b> & \"经费\"", ""))
                .withIndicator(0, project.indicators().get(0).withTarget("<5(%)"));
        String html = new String(write(List.of(project), ReportFormat.HTML), StandardCharsets.UTF_8);
        assertFalse(html.contains("<b>"));
        Document page = Jsoup.parse(html);
        assertEquals("<b>课题</b> & \"经费\"", page.select("td.text").first().text());
        assertTrue(page.select("td.center").eachText().contains("<5(%)"));
    }

    // --- text ---------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {DemoForms.SELF_EVALUATIONS, DemoForms.DECLARATIONS})
    void theTextReportMatchesItsGoldenFile(String name) throws IOException {
        String text = new String(write(DemoForms.read(name).projects(), ReportFormat.TEXT), StandardCharsets.UTF_8);
        String golden = name.replace(".json", ".txt");
        Path actual = Path.of("target", "report-" + golden);
        Files.writeString(actual, text, StandardCharsets.UTF_8);
        try (InputStream expected = ReportsTest.class.getResourceAsStream(golden)) {
            assertTrue(expected != null, "no golden file " + golden + "; the report was written to " + actual.toAbsolutePath());
            assertEquals(new String(expected.readAllBytes(), StandardCharsets.UTF_8), text,
                    "differs from the golden file; the report was written to " + actual.toAbsolutePath());
        }
    }

    @Test
    void theTextReportLinesUpChineseTextInColumns() {
        List<String> lines = reports.lines(List.of(published("医药集中招标采购工作经费", 2024)));
        int rule = Columns.width(lines.stream().filter(line -> line.startsWith("─")).findFirst().orElseThrow());
        assertTrue(lines.stream().allMatch(line -> Columns.width(line) <= rule), "no line is wider than the form");
        String header = lines.stream().filter(line -> line.contains("三级指标")).findFirst().orElseThrow();
        String row = lines.stream().filter(line -> line.contains("中药饮片价格信息更新")).findFirst().orElseThrow();
        assertEquals(column(header, "年度指标值") + (Columns.width("年度指标值") - Columns.width("=4.00(次)")) / 2,
                column(row, "=4.00(次)"), header + "\n" + row);
    }

    @Test
    void wrappingBreaksChineseTextAnywhereButNeverSplitsACharacter() {
        assertEquals(List.of("年度总", "体目标"), TextReport.wrap("年度总体目标", 6));
        assertEquals(List.of("年度", "总体", "目标"), TextReport.wrap("年度总体目标", 5));
        assertEquals(List.of("ab", "c"), TextReport.wrap("ab\nc", 10));
        assertEquals(List.of(), TextReport.wrap("", 10));
    }

    // --- helpers ------------------------------------------------------------------------------

    private byte[] write(List<Project> projects, ReportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.write(projects, format, out);
        return out.toByteArray();
    }

    private static Project published(String name, int year) {
        return everyPublishedForm().filter(p -> p.key().name().equals(name) && p.key().year() == year)
                .findFirst().orElseThrow();
    }

    /** Consecutive level-1 categories with their lengths: {@code 产出指标×6}. */
    private static List<String> runs(List<Indicator> indicators) {
        List<String> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= indicators.size(); i++) {
            if (i == indicators.size() || !indicators.get(i).level1().strip().equals(indicators.get(start).level1().strip())) {
                runs.add(indicators.get(start).level1().strip() + "×" + (i - start));
                start = i;
            }
        }
        return runs;
    }

    /** The display column at which {@code text} starts in {@code line}. */
    private static int column(String line, String text) {
        return Columns.width(line.substring(0, line.indexOf(text)));
    }

    private static String cell(List<List<String>> cells, int row, int column) {
        List<String> line = cells.get(row);
        return column < line.size() ? line.get(column) : "";
    }

    /** Every sheet, in order, as rows of cell texts (blank cells as ""). */
    private static Map<String, List<List<String>>> sheets(byte[] workbook) throws IOException {
        Map<String, List<List<String>>> sheets = new java.util.LinkedHashMap<>();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
            for (Sheet sheet : book.getSheets().toList()) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet.read()) {
                    while (rows.size() < row.getRowNum() - 1) {
                        rows.add(List.of());
                    }
                    List<String> texts = new ArrayList<>();
                    for (int column = 0; column < row.getCellCount(); column++) {
                        texts.add(row.getOptionalCell(column).map(c -> c.getText() == null ? "" : c.getText()).orElse(""));
                    }
                    rows.add(texts);
                }
                sheets.put(sheet.getName(), rows);
            }
        }
        return sheets;
    }

    /** Each sheet's merged regions ({@code A1:J1}), read from the sheet's XML since the reader does not give them. */
    private static List<Set<String>> merges(byte[] workbook) throws IOException {
        List<Set<String>> merges = new ArrayList<>();
        for (int i = 1; entries(workbook).contains("xl/worksheets/sheet" + i + ".xml"); i++) {
            Set<String> merged = new LinkedHashSet<>();
            Matcher merge = MERGE.matcher(entry(workbook, "xl/worksheets/sheet" + i + ".xml"));
            while (merge.find()) {
                merged.add(merge.group(1));
            }
            merges.add(merged);
        }
        return merges;
    }

    /**
     * One part of the workbook as text. Read through {@link ZipFile}: fastexcel streams its parts with
     * data descriptors, which {@code ZipInputStream} rejects for stored entries.
     */
    private static String entry(byte[] workbook, String name) throws IOException {
        try (ZipFile zip = zip(workbook)) {
            ZipEntry entry = zip.getEntry(name);
            if (entry == null) {
                throw new AssertionError("no " + name + " in the workbook");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    private static Set<String> entries(byte[] workbook) throws IOException {
        try (ZipFile zip = zip(workbook)) {
            return zip.stream().map(ZipEntry::getName).collect(java.util.stream.Collectors.toSet());
        }
    }

    private static ZipFile zip(byte[] workbook) throws IOException {
        Path file = Files.createTempFile("report", ".xlsx");
        Files.write(file, workbook);
        file.toFile().deleteOnExit();
        return new ZipFile(file.toFile());
    }
}
