package jixiao.storage.report;

import static jixiao.storage.report.Fixtures.published;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jixiao.domain.check.Reviewer;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;
import jixiao.domain.rules.RuleSets;
import jixiao.domain.scoring.Scorecard;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The workbook read back: cells, types, number formats, merged regions, print set-up, sheet names. */
class XlsxReportTest {

    private static final Reviewer REVIEWER = new Reviewer(RuleSets.national2020());
    private static final Pattern PRINT_TITLES =
            Pattern.compile("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"(\\d+)\">'((?:[^']|'')+)'!\\$(\\d+):\\$(\\d+)</definedName>");

    static List<Project> everyPublishedForm() {
        return Fixtures.everyPublishedForm().toList();
    }

    @ParameterizedTest
    @MethodSource("everyPublishedForm")
    void eachPublishedFormHoldsEveryCellOfItsPaperLayout(Project project) throws IOException {
        PrintedWorkbook book = PrintedWorkbook.of(List.of(project));
        String sheet = book.sheetNames().get(0);
        Scorecard card = REVIEWER.review(project).scorecard();
        boolean selfEvaluation = card.execution().isPresent();
        assertEquals(selfEvaluation ? "财政项目支出绩效自评表" : "财政项目支出绩效目标申报表", book.text(sheet, 0, 0));
        assertEquals("（" + project.key().year() + "年度）", book.text(sheet, 1, 0));
        assertEquals(project.key().name(), book.text(sheet, 2, selfEvaluation ? 2 : 1));
        int header = book.row(sheet, 3, "三级指标");
        assertEquals(11, header);
        for (int i = 0; i < project.indicators().size(); i++) {
            Indicator indicator = project.indicators().get(i);
            int row = header + 1 + i;
            assertEquals(indicator.name(), book.text(sheet, row, 3));
            if (selfEvaluation) {
                assertEquals(indicator.target().text(), book.text(sheet, row, 4));
                assertEquals(indicator.actual().text(), book.text(sheet, row, 5));
                assertEquals(0, card.indicator(i).score().orElseThrow().compareTo(number(book, sheet, row, 7)));
            } else {
                assertEquals(indicator.target().text(), book.text(sheet, row, 7));
            }
        }
        if (selfEvaluation) {
            int total = header + project.indicators().size() + 1;
            assertEquals("总分", book.text(sheet, total, 0));
            assertEquals(0, new BigDecimal("100").compareTo(number(book, sheet, total, 6)));
            assertEquals(0, card.total().orElseThrow().compareTo(number(book, sheet, total, 7)));
            assertEquals("评分等级", book.text(sheet, total + 1, 0));
            assertEquals(card.grade().orElseThrow().symbol(), book.text(sheet, total + 1, 6));
        }
    }

    @Test
    void theSelfEvaluationsLabelsStandWhereThePapersDo() throws IOException {
        PrintedWorkbook book = PrintedWorkbook.of(List.of(published("信息化运维项目", 2024)));
        String sheet = "信息化运维项目";
        assertEquals(List.of("项目名称", "", "信息化运维项目"), book.texts(sheet).get(2).subList(0, 3));
        assertEquals(List.of("主管部门", "", "上海市医疗保障局", "", "", "实施单位"), book.texts(sheet).get(3).subList(0, 6));
        assertEquals(List.of("项目资金（万元）", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
                book.texts(sheet).get(4));
        assertEquals(List.of("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"),
                List.of(book.text(sheet, 5, 1), book.text(sheet, 6, 1), book.text(sheet, 7, 1), book.text(sheet, 8, 1)));
        assertEquals(List.of("年度总体目标", "预期目标", "实际完成情况"),
                List.of(book.text(sheet, 9, 0), book.text(sheet, 9, 1), book.text(sheet, 9, 5)));
        assertEquals(List.of("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                "偏差原因分析及改进措施"), book.texts(sheet).get(11));
    }

    @Test
    void theDeclarationsLabelsStandWhereThePapersDo() throws IOException {
        PrintedWorkbook book = PrintedWorkbook.of(List.of(published("工作服置装费", 2025)));
        String sheet = "工作服置装费";
        assertEquals(List.of("项目名称", "工作服置装费", "", "", "项目性质", "经常性专项业务费", "项目类别", "特定目标类"),
                book.texts(sheet).get(2));
        assertEquals(List.of("计划开始日期", "2025-01-01", "", "", "计划完成日期", "2025-12-31"), book.texts(sheet).get(4).subList(0, 6));
        assertEquals(List.of("项目资金（元）", "项目资金总额", "", "", "年度资金申请总额"), book.texts(sheet).get(5).subList(0, 5));
        assertEquals(List.of("其中：财政资金", "其中：当年财政拨款"), List.of(book.text(sheet, 6, 1), book.text(sheet, 6, 4)));
        assertEquals(List.of("其他资金", "上年结转资金"), List.of(book.text(sheet, 7, 1), book.text(sheet, 7, 4)));
        assertEquals("其他资金", book.text(sheet, 8, 4));
        assertEquals(List.of("项目绩效目标", "项目总目标", "年度总体目标"),
                List.of(book.text(sheet, 9, 0), book.text(sheet, 9, 1), book.text(sheet, 9, 5)));
        assertEquals(List.of("绩效指标", "一级指标", "二级指标", "三级指标", "", "", "", "年度(/项目)指标值"), book.texts(sheet).get(11));
        assertEquals("≥4(套)", book.text(sheet, 13, 7));
    }

    @Test
    void theWholeProjectsMoneyIsLabelledAndLeftBlankAsThePaperAllows() throws IOException {
        PrintedWorkbook book = PrintedWorkbook.of(List.of(published("信息化运维项目", 2025)));
        for (int row = 5; row <= 7; row++) {
            assertTrue(book.cell("信息化运维项目", row, 3).map(cell -> cell.getType() == CellType.EMPTY).orElse(true),
                    "row " + row + " has no whole-project figure yet");
        }
        Cell requested = book.cell("信息化运维项目", 5, 6).orElseThrow();
        assertEquals(CellType.NUMBER, requested.getType());
        assertEquals(0, new BigDecimal("4099271.00").compareTo(requested.asNumber()));
        assertEquals("#,##0.00", requested.getDataFormatString(), "printed 4,099,271.00 as the paper does");
    }

    @Test
    void figuresAreNumbersWithThePapersNumberFormats() throws IOException {
        PrintedWorkbook book = PrintedWorkbook.of(List.of(published("信息化运维项目", 2024)));
        String sheet = "信息化运维项目";
        assertNumber(book.cell(sheet, 5, 3).orElseThrow(), "485.55", "#,##0.00");
        assertNumber(book.cell(sheet, 5, 5).orElseThrow(), "480.42", "#,##0.00");
        assertNumber(book.cell(sheet, 5, 6).orElseThrow(), "10", "0.00");
        assertNumber(book.cell(sheet, 5, 7).orElseThrow(), "0.9894", "0.00%");
        assertNumber(book.cell(sheet, 5, 8).orElseThrow(), "9.89", "0.00");
        assertNumber(book.cell(sheet, 6, 7).orElseThrow(), "0.9894", "0.00%");
        assertEquals("—", book.text(sheet, 7, 7), "no rate where nothing was budgeted");
        assertNumber(book.cell(sheet, 12, 6).orElseThrow(), "20", "0.00");
        assertNumber(book.cell(sheet, 12, 7).orElseThrow(), "20", "0.00");
        assertEquals(CellType.STRING, book.cell(sheet, 12, 4).orElseThrow().getType(), "a target is text: ≥0.00(%)");
        assertEquals(CellType.STRING, book.cell(sheet, 2, 2).orElseThrow().getType());
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws IOException {
        PrintedWorkbook book = PrintedWorkbook.of(List.of(Fixtures.cases().get(1)));
        String sheet = book.sheetNames().get(0);
        Cell name = book.cell(sheet, 12, 3).orElseThrow();
        assertEquals(CellType.STRING, name.getType());
        assertEquals("=HYPERLINK(\"http://example.com\",\"点我\")", name.getText());
        assertEquals(CellType.STRING, book.cell(sheet, 12, 4).orElseThrow().getType());
        assertEquals("=1+1", book.text(sheet, 12, 4));
        assertFalse(book.part("xl/worksheets/sheet1.xml").contains("<f>"), "no formula anywhere");
    }

    @Test
    void theMergedCellsAreThePapersOwn() throws IOException {
        Project project = published("医药集中招标采购工作经费", 2024);
        Set<String> merged = PrintedWorkbook.of(List.of(project)).merges(0);
        int last = 12 + project.indicators().size();
        assertTrue(merged.containsAll(List.of("A1:I1", "A2:I2", "A3:B3", "C3:I3", "A4:B4", "C4:E4", "G4:I4", "A5:A9", "B5:C5",
                "B6:C6", "B9:C9", "A10:A11", "B10:E10", "F10:I10", "B11:E11", "F11:I11", "A12:A" + last,
                "A" + (last + 1) + ":F" + (last + 1), "A" + (last + 2) + ":F" + (last + 2), "G" + (last + 2) + ":I" + (last + 2))),
                merged.toString());
        int row = 13;
        for (String run : runs(project.indicators())) {
            int length = Integer.parseInt(run.substring(run.indexOf('×') + 1));
            if (length > 1) {
                assertTrue(merged.contains("B" + row + ":B" + (row + length - 1)), run + " in " + merged);
            }
            row += length;
        }
    }

    @Test
    void theDeclarationMergesItsMoneyBlockAsThePaper() throws IOException {
        Project project = published("工作服置装费", 2025);
        Set<String> merged = PrintedWorkbook.of(List.of(project)).merges(0);
        assertTrue(merged.containsAll(List.of("A1:H1", "B3:D3", "B4:D4", "F4:H4", "A6:A9", "B6:C6", "B8:C9", "D8:D9",
                "E6:F6", "G6:H6", "E9:F9", "A10:A11", "B10:E10", "F10:H10", "A12:A" + (12 + project.indicators().size()),
                "D12:G12")), merged.toString());
    }

    @Test
    void printsOnA4PortraitWithTheProjectAndPageInItsHeaderAndFooter() throws IOException {
        Project project = published("课题经费", 2024);
        PrintedWorkbook book = PrintedWorkbook.of(List.of(project));
        String sheet = book.part("xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("paperSize=\"9\"") && sheet.contains("orientation=\"portrait\""), "A4 portrait");
        assertTrue(sheet.contains("scale=\"100\"") && !sheet.contains("fitToPage=\"true\""),
                "at 100 %, never shrunk to fit: the widths fit A4");
        assertTrue(sheet.contains("useFirstPageNumber=\"true\"") && sheet.contains("firstPageNumber=\"1\""),
                "each form numbers its pages from 1");
        Matcher headerFooter = Pattern.compile("<headerFooter differentFirst=\"1\"><oddHeader>(.*)</oddHeader><oddFooter>(.*)</oddFooter>"
                + "<firstHeader>(.*)</firstHeader><firstFooter>(.*)</firstFooter></headerFooter>").matcher(sheet);
        assertTrue(headerFooter.find(), sheet);
        assertTrue(headerFooter.group(3).contains("&amp;L&amp;10&amp;&quot;宋体,Regular&quot;课题经费&amp;R"), headerFooter.group(3));
        assertTrue(headerFooter.group(3).endsWith("2024年度"), headerFooter.group(3));
        assertTrue(headerFooter.group(1).contains("课题经费（续表）"), "pages after the first say 续表: " + headerFooter.group(1));
        assertTrue(headerFooter.group(2).contains("第 &amp;P 页") && headerFooter.group(4).equals(headerFooter.group(2)),
                headerFooter.group(2));
    }

    @Test
    void theTableHeaderRepeatsOnEveryPageUnderItsQuotedSheetName() throws IOException {
        List<Project> cases = Fixtures.cases();
        PrintedWorkbook book = PrintedWorkbook.of(cases);
        List<String> names = book.sheetNames();
        Matcher titles = PRINT_TITLES.matcher(book.part("xl/workbook.xml"));
        int found = 0;
        while (titles.find()) {
            String sheet = names.get(Integer.parseInt(titles.group(1)));
            assertEquals(sheet, titles.group(2).replace("''", "'"), "the reference names its own sheet, ' doubled");
            int row = Integer.parseInt(titles.group(3)) - 1;
            assertTrue(List.of("序号", "绩效指标").contains(book.text(sheet, row, 0)), sheet + " repeats row " + row);
            found++;
        }
        assertEquals(names.size(), found, "every sheet repeats its table header");
    }

    @Test
    void sheetNamesAreLegalUniqueAndToldApartByYearThenUnit() throws IOException {
        List<String> names = PrintedWorkbook.of(Fixtures.cases()).sheetNames();
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            assertTrue(name.length() <= 31, name);
            assertTrue(name.chars().noneMatch(c -> ":\\/?*[]".indexOf(c) >= 0), name);
            assertFalse(name.startsWith("'") || name.endsWith("'") || name.isBlank(), name);
            assertTrue(seen.add(name.toLowerCase(Locale.ROOT)), "unique: " + names);
        }
        assertEquals(List.of("自评汇总 2024 某区卫生健康委员会", "自评汇总 2025", "自评汇总 2024 另一区卫生健康委员会",
                "社区卫生服务能力提升项目", "数据［平台］运维 2024", "上海市医药采购服务与…据有效利用 2024 某区卫生健康委员会",
                "上海市医药采购服务与监管信息系统（…分析数据有效利用 2025", "上海市医药采购服务与…有效利用 2024 另一区卫生健康委员会",
                "数据［平台］运维 2025"), names);
    }

    @Test
    void theFontIsChineseWithItsCharsetAndNoBodyTextIsBelowNinePoints() throws IOException {
        String styles = PrintedWorkbook.of(List.of(published("课题经费", 2024))).part("xl/styles.xml");
        Matcher fonts = Pattern.compile("<font>(.*?)</font>").matcher(styles);
        int chinese = 0;
        while (fonts.find()) {
            String font = fonts.group(1);
            if (font.contains("Calibri")) {
                continue;
            }
            assertTrue(font.contains("<name val=\"&#x5b8b;&#x4f53;\"/><charset val=\"134\"/>"), "宋体, GB2312: " + font);
            Matcher size = Pattern.compile("<sz val=\"([0-9.]+)\"/>").matcher(font);
            assertTrue(size.find() && Double.parseDouble(size.group(1)) >= 9, font);
            chinese++;
        }
        assertTrue(chinese >= 3, "title, labels, body and notes: " + styles);
    }

    @Test
    void controlCharactersNeverReachTheWorkbook() throws IOException {
        PrintedWorkbook book = PrintedWorkbook.of(Fixtures.controlCharacters());
        for (String part : book.parts()) {
            if (part.endsWith(".xml")) {
                String xml = book.part(part);
                assertTrue(xml.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7F),
                        part + " holds a raw control character");
            }
        }
        assertEquals(List.of("课题␛［31m经费␇"), book.sheetNames(), "ESC and BEL shown as ␛ and ␇, [ as ［");
        assertEquals("课题␛[31m经费␇", book.text("课题␛［31m经费␇", 2, 2));
        assertEquals("目标␛[31m红字␛[0m", book.text("课题␛［31m经费␇", 10, 1));
        assertEquals("完成␇。", book.text("课题␛［31m经费␇", 10, 5));
        assertTrue(book.part("xl/worksheets/sheet1.xml").contains("课题␛[31m经费␇（续表）"), "in the page header too");
    }

    @Test
    void aPrintedFigureThatDiffersIsShownAsTheRulesGiveItMarkedAndFootnoted() throws IOException {
        PrintedWorkbook book = PrintedWorkbook.of(List.of(Fixtures.cases().get(0)));
        String sheet = book.sheetNames().get(0);
        Cell rate = book.cell(sheet, 5, 7).orElseThrow();
        assertNumber(rate, "0.9405", "0.00%\"¹\"");
        int total = book.row(sheet, 0, "总分");
        assertNumber(book.cell(sheet, total, 6).orElseThrow(), "40", "0.00");
        assertNumber(book.cell(sheet, total, 7).orElseThrow(), "39.4", "0.00\"²\"");
        assertEquals("差³", book.text(sheet, total + 1, 6));
        List<String> notes = book.texts(sheet).subList(total + 2, book.texts(sheet).size()).stream()
                .map(row -> row.get(0)).toList();
        assertEquals(List.of("¹ 执行率：表上印 94.04 / 按规则 94.05", "² 总分：表上印 99.40 / 按规则 39.40",
                "³ 评分等级：表上印 优 / 按规则 差", "本表检查发现："), notes.subList(0, 4));
        assertTrue(notes.get(4).startsWith("错误：分值合计应为 100，实为 40.00"), notes.toString());
    }

    @Test
    void aJudgementOnAnIndicatorsScoreIsMarkedAtThatScore() throws IOException {
        PrintedWorkbook book = PrintedWorkbook.of(List.of(published("医药集中招标采购工作经费", 2024)));
        String sheet = "医药集中招标采购工作经费";
        assertEquals("中药饮片价格信息更新", book.text(sheet, 13, 3));
        assertNumber(book.cell(sheet, 13, 7).orElseThrow(), "1", "0.00\"¹\"");
        int notes = book.row(sheet, 0, "¹ 第2行 中药饮片价格信息更新 得分：表上印 1.00 / 按规则 2.00（人工评分，已填偏差原因）");
        assertEquals("² 第11行 服务问题错误率 得分：表上印 0.00 / 按规则 2.00（人工评分，已填偏差原因）", book.text(sheet, notes + 1, 0));
    }

    @Test
    void severalFormsGetTheUnitsSummaryFirstWithATotalsRow() throws IOException {
        List<Project> projects = Fixtures.selfEvaluations();
        PrintedWorkbook book = PrintedWorkbook.of(projects);
        assertEquals("自评汇总", book.sheetNames().get(0));
        assertEquals(projects.size() + 1, book.sheetNames().size());
        String unit = projects.get(0).key().unit();
        assertEquals(unit + "2024年度项目绩效自评汇总表", book.text("自评汇总", 0, 0).replace("\n", ""));
        assertEquals("金额单位：万元", book.text("自评汇总", 1, 0));
        assertEquals(List.of("序号", "项目名称", "全年预算数", "全年执行数", "执行率", "总分", "评分等级", "备注"),
                book.texts("自评汇总").get(2));
        assertEquals(List.of("3", "工作服置装费", "22.00", "18.88", "0.8582", "98.58", "优", "与表上印不一致 1"),
                book.texts("自评汇总").get(5));
        int totals = 3 + projects.size();
        BigDecimal adjusted = projects.stream().map(p -> p.funding().total().amount(FundingColumn.ADJUSTED))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal executed = projects.stream().map(p -> p.funding().total().amount(FundingColumn.EXECUTED))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals("合计", book.text("自评汇总", totals, 0));
        assertNumber(book.cell("自评汇总", totals, 2).orElseThrow(), adjusted.toPlainString(), "#,##0.00");
        assertNumber(book.cell("自评汇总", totals, 3).orElseThrow(), executed.toPlainString(), "#,##0.00");
        assertNumber(book.cell("自评汇总", totals, 4).orElseThrow(), "0.9525", "0.00%");
        assertEquals("优 7", book.text("自评汇总", totals, 6));
    }

    @Test
    void theDeclarationsSummaryAddsUpTheMoneyRequested() throws IOException {
        List<Project> projects = Fixtures.declarations();
        PrintedWorkbook book = PrintedWorkbook.of(projects);
        assertEquals("目标汇总", book.sheetNames().get(0));
        assertEquals(List.of("序号", "项目名称", "项目类别", "年度资金申请总额", "其中：当年财政拨款", "上年结转资金", "其他资金", "绩效指标数"),
                book.texts("目标汇总").get(2));
        int totals = 3 + projects.size();
        BigDecimal requested = projects.stream().map(p -> p.funding().total().amount(FundingColumn.INITIAL))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertNumber(book.cell("目标汇总", totals, 3).orElseThrow(), requested.toPlainString(), "#,##0.00");
        assertEquals(String.valueOf(projects.stream().mapToInt(p -> p.indicators().size()).sum()), book.text("目标汇总", totals, 7));
    }

    private static void assertNumber(Cell cell, String value, String format) {
        assertEquals(CellType.NUMBER, cell.getType(), cell.toString());
        assertEquals(0, new BigDecimal(value).compareTo(cell.asNumber()), cell.toString());
        assertEquals(format, cell.getDataFormatString(), cell.toString());
    }

    private static BigDecimal number(PrintedWorkbook book, String sheet, int row, int column) {
        Cell cell = book.cell(sheet, row, column).orElseThrow();
        assertEquals(CellType.NUMBER, cell.getType(), cell.toString());
        return cell.asNumber();
    }

    /** Consecutive level-1 categories with their lengths: {@code 产出指标×6}. */
    static List<String> runs(List<Indicator> indicators) {
        List<String> runs = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 1; i <= indicators.size(); i++) {
            if (i == indicators.size() || !indicators.get(i).level1().strip().equals(indicators.get(start).level1().strip())) {
                runs.add(indicators.get(start).level1().strip() + "×" + (i - start));
                start = i;
            }
        }
        return runs;
    }
}
