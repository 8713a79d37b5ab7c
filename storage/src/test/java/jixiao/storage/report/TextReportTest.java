package jixiao.storage.report;

import static jixiao.storage.report.Fixtures.published;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jixiao.domain.language.Columns;
import jixiao.domain.project.Project;
import jixiao.domain.rules.RuleSets;
import jixiao.storage.demo.DemoForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The text report: the paper's layout in a terminal, as wide as the terminal and not a column more. */
class TextReportTest {

    @ParameterizedTest
    @ValueSource(strings = {DemoForms.SELF_EVALUATIONS, DemoForms.DECLARATIONS})
    void theTextReportMatchesItsGoldenFile(String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Fixtures.reports().write(DemoForms.read(name).projects(), ReportFormat.TEXT, out);
        String text = out.toString(StandardCharsets.UTF_8);
        String golden = name.replace(".json", ".txt");
        Path actual = Path.of("target", "report-" + golden);
        Files.writeString(actual, text, StandardCharsets.UTF_8);
        try (InputStream expected = TextReportTest.class.getResourceAsStream(golden)) {
            assertTrue(expected != null, "no golden file " + golden + "; the report was written to " + actual.toAbsolutePath());
            assertEquals(new String(expected.readAllBytes(), StandardCharsets.UTF_8), text,
                    "differs from the golden file; the report was written to " + actual.toAbsolutePath());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {60, 80, 100, 132})
    void noLineIsWiderThanTheTerminal(int width) {
        List<Project> projects = Fixtures.everyPublishedForm().toList();
        for (String line : new Reports(RuleSets.national2020(), width).lines(projects)) {
            assertTrue(Columns.width(line) <= width, width + " columns: " + Columns.width(line) + " in " + line);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 80, 100})
    void wrappingNeverLosesACharacterOfTheForm(int width) {
        Project project = published("医药集中招标采购工作经费", 2024);
        Map<Integer, Integer> printed = count(String.join("", new Reports(RuleSets.national2020(), width).lines(List.of(project))));
        Grid grid = FormLayout.of(Fixtures.form(project));
        Map<Integer, Integer> written = count(String.join("", grid.cells().stream().map(Grid.Cell::text).toList()));
        written.forEach((character, times) -> assertTrue(printed.getOrDefault(character, 0) >= times,
                "'" + Character.toString(character) + "' " + times + " times in the form, " + printed.get(character) + " printed"));
    }

    @Test
    void belowTheLeastWidthOfItsFiguresTheFormIsWiderThanAskedRatherThanCut() {
        List<String> lines = new Reports(RuleSets.national2020(), 30).lines(List.of(published("工作服置装费", 2024)));
        assertTrue(lines.stream().anyMatch(line -> line.contains("22.00")), "the amount is whole");
    }

    @ParameterizedTest
    @ValueSource(ints = {21, 33, 47, 60})
    void aWrappedLineNeverStartsWithAFullStopOrComma(int width) {
        String sentence = "为提升数据利用率，加强业务分析数据有效利用，完成系统平台功能点维护，新增系统平台功能点，完成数据审核。"
                + "保障了平台运行稳定，提高业务运作效率，进而降低采购及物流成本。";
        Grid grid = new Grid("表", List.of(), new Grid.Heading("表", "", ""), List.of(width), Grid.Orientation.PORTRAIT)
                .put(0, 0, sentence, Grid.Style.NOTE);
        grid.notesFrom(0);
        List<String> lines = TextReport.lines(grid, width).stream().filter(line -> !line.startsWith("─")).toList();
        assertTrue(lines.size() > 1);
        for (String line : lines) {
            assertTrue("。，".indexOf(line.charAt(0)) < 0, "a line starts with punctuation: " + lines);
        }
        assertEquals(sentence, String.join("", lines).replace(" ", ""));
    }

    @Test
    void chineseTextLinesUpInColumns() {
        List<String> lines = Fixtures.reports().lines(List.of(published("医药集中招标采购工作经费", 2024)));
        String header = lines.stream().filter(line -> line.contains("三级指标")).findFirst().orElseThrow();
        String row = lines.stream().filter(line -> line.contains("=4.00(次)")).findFirst().orElseThrow();
        assertEquals(column(header, "年度指标值") + (Columns.width("年度指标值") - Columns.width("=4.00(次)")) / 2,
                column(row, "=4.00(次)"), header + "\n" + row);
    }

    @Test
    void aMergedLabelStandsBesideTheRowsItSpans() {
        List<String> lines = Fixtures.reports().lines(List.of(published("工作服置装费", 2024)));
        int first = index(lines, "成本节约率");
        int last = index(lines, "总分") - 1;
        int label = lines.stream().filter(line -> line.startsWith("绩效")).mapToInt(lines::indexOf).findFirst().orElseThrow();
        assertTrue(label > first && label < last, "绩效指标 at line " + label + ", indicators from " + first + " to " + last);
    }

    @Test
    void controlCharactersAreShownAsTheirPicturesNeverRaw() {
        String text = String.join("\n", Fixtures.reports().lines(Fixtures.controlCharacters()));
        assertTrue(text.chars().noneMatch(c -> c < 0x20 && c != '\n' || c == 0x7F || c >= 0x80 && c < 0xA0), "no raw control");
        assertTrue(text.contains("目标␛[31m红字␛[0m"), text);
    }

    private static int index(List<String> lines, String text) {
        return lines.stream().filter(line -> line.contains(text)).mapToInt(lines::indexOf).findFirst().orElseThrow();
    }

    private static Map<Integer, Integer> count(String text) {
        Map<Integer, Integer> counts = new HashMap<>();
        text.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(c -> counts.merge(c, 1, Integer::sum));
        return counts;
    }

    /** The display column at which {@code text} starts in {@code line}. */
    private static int column(String line, String text) {
        return Columns.width(line.substring(0, line.indexOf(text)));
    }
}
