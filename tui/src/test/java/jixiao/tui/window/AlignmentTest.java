package jixiao.tui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jixiao.domain.language.Columns;
import jixiao.domain.language.Language;
import jixiao.domain.project.Indicator;
import jixiao.tui.Examples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chinese takes two columns on a terminal: the indicator table's cells must start under their
 * headings on the real screen, whatever the names and at every size.
 */
class AlignmentTest {

    private static final String LONG_NAME = "城乡居民基本医疗保险参保人员满意度调查覆盖率";

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource({"80, 24", "100, 30"})
    void everyCellStartsUnderItsHeading(int columns, int rows) {
        VirtualScreen screen = ExampleProject.open(
                VirtualScreen.start(Register.withExamples(folder).projects(), Language.ZH, columns, rows), Examples.AUDIT);

        assertAligned(screen, Examples.selfEvaluation(Examples.AUDIT).indicators(), columns);
    }

    @ParameterizedTest
    @CsvSource({"80, 24", "100, 30"})
    void cellsStayUnderTheirHeadingsAfterALongChineseNameIsTyped(int columns, int rows) {
        VirtualScreen screen = ExampleProject.open(
                VirtualScreen.start(Register.withExamples(folder).projects(), Language.ZH, columns, rows), Examples.AUDIT);

        screen.ctrl('n').type(LONG_NAME).press(KeyType.Enter);

        List<Indicator> indicators = new ArrayList<>(Examples.selfEvaluation(Examples.AUDIT).indicators());
        indicators.add(1, Indicator.of("成本指标", "经济成本指标", LONG_NAME, "", "", null, null, ""));
        assertAligned(screen, indicators, columns);
        assertTrue(screen.rowWith("  2 ").matches("  2 .* 城乡居民基本[^ ]*… .*"), "the name is cut to its column:\n" + screen.text());
        assertTrue(screen.text().contains("三级指标: " + LONG_NAME), "the edit line shows the whole name:\n" + screen.text());
    }

    /**
     * Each indicator row on screen (found by its number) has its name, target and actual starting
     * under their headings, its weight and score ending under theirs, and is exactly the screen wide.
     */
    private static void assertAligned(VirtualScreen screen, List<Indicator> indicators, int columns) {
        String header = screen.rowWith("三级指标");
        int name = columnOf(header, "三级指标");
        int target = columnOf(header, "年度指标值");
        int actual = columnOf(header, "实际完成值");
        int weightEnd = columnOf(header, "分值") + Columns.width("分值");
        int scoreEnd = columnOf(header, "得分") + Columns.width("得分");
        int checked = 0;
        for (int i = 0; i < indicators.size(); i++) {
            String number = String.format("%3d ", i + 1);
            String row = screen.rows().stream().filter(line -> line.startsWith(number)).findFirst().orElse(null);
            if (row == null) {
                continue; // scrolled out of view
            }
            checked++;
            Indicator indicator = indicators.get(i);
            assertEquals(columns, Columns.width(row), row);
            assertStartsAt(row, name, indicator.name().substring(0, 3));
            if (indicator.weight().isEmpty()) {
                continue; // the row just added: a name and nothing else yet
            }
            assertStartsAt(row, target, start(indicator.target().text()));
            assertStartsAt(row, actual, start(indicator.actual().text()));
            String weight = indicator.weight().get().toPlainString();
            assertStartsAt(row, weightEnd - weight.length(), weight);
            assertEquals('*', row.charAt(indexAt(row, scoreEnd)), "the score ends under 得分, its * after: " + row);
        }
        assertTrue(checked >= 5, "enough rows on screen to check:\n" + screen.text());
    }

    /** The first characters of a value: a long one is cut to its column. */
    private static String start(String text) {
        return text.substring(0, Math.min(3, text.length()));
    }

    private static void assertStartsAt(String row, int column, String text) {
        assertTrue(row.startsWith(text, indexAt(row, column)), "'" + text + "' should start at column " + column + ": " + row);
    }

    /** The index in {@code row} of the character drawn at screen {@code column}. */
    private static int indexAt(String row, int column) {
        int used = 0;
        int index = 0;
        while (used < column) {
            used += Columns.width(row.charAt(index++));
        }
        assertEquals(column, used, "column " + column + " is the second half of a wide character: " + row);
        return index;
    }

    private static int columnOf(String row, String text) {
        int at = row.indexOf(text);
        assertTrue(at >= 0, "'" + text + "' not in: " + row);
        return Columns.width(row.substring(0, at));
    }
}
