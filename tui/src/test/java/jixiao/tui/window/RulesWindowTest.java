package jixiao.tui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jixiao.domain.language.Language;
import jixiao.domain.rules.Parameter;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.rules.RuleSets;
import jixiao.tui.Examples;
import jixiao.tui.presentation.RulesSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trainers' screen: two rule sets side by side, each parameter editable in place, the sample
 * indicator and an open project rescored as a value is typed.
 */
class RulesWindowTest {

    @TempDir
    Path folder;

    private VirtualScreen fromTheRegister() {
        return VirtualScreen.start(Register.withExamples(folder).projects(), Language.ZH, 100, 30).type("r");
    }

    /** The audit project (total 99.32, 优) open, then its rules screen. */
    private VirtualScreen fromTheAuditProject(int columns, int rows) {
        return ExampleProject.open(VirtualScreen.start(Register.withExamples(folder).projects(), Language.ZH, columns, rows),
                Examples.AUDIT).press(KeyType.F6);
    }

    /** To the row of a parameter, in the column of set B. */
    private static VirtualScreen toParameter(VirtualScreen screen, Parameter parameter) {
        screen.stroke(new com.googlecode.lanterna.input.KeyStroke(KeyType.Home, true, false));
        for (int i = 0; i < RulesSheet.SAMPLE.size() + RulesSheet.PARAMETERS.indexOf(parameter); i++) {
            screen.press(KeyType.ArrowDown);
        }
        return screen.press(KeyType.End);
    }

    @Test
    void theSampleIsScoredUnderBothSetsWithItsExplanationAndEveryParameterIsListedWithItsMeaning() {
        VirtualScreen screen = fromTheRegister();

        assertTrue(screen.row(0).contains("评分规则演示"), screen.row(0));
        assertTrue(screen.row(1).contains("A national-2020") && screen.row(1).contains("B national-2020"), screen.row(1));
        assertTrue(screen.rowWith("示例指标得分").matches("示例指标得分 +2\\.00 +2\\.00 *"), screen.text());
        assertTrue(screen.text().contains("未完成: 144 / 360 × 5.00 = 2.00"), screen.text());
        assertTrue(screen.rowWith("executionWeight").matches("executionWeight +10 +10 +预算执行率的分值 *"), screen.text());
    }

    @Test
    void typingTheSamplesTargetActualAndWeightRescoresAsYouType() {
        VirtualScreen screen = fromTheRegister();

        screen.type("180(个)");
        assertTrue(screen.text().contains("未完成: 180 / 360 × 5.00 = 2.50"), screen.text());
        screen.press(KeyType.Enter).press(KeyType.ArrowUp).type("≥200(个)").press(KeyType.Tab);
        assertTrue(screen.text().contains("未完成: 180 / 200 × 5.00 = 4.50"), screen.text());
        screen.press(KeyType.ArrowDown).type("10");

        assertTrue(screen.text().contains("未完成: 180 / 200 × 10.00 = 9.00"), screen.text());
        assertTrue(screen.rowWith("示例指标得分").matches("示例指标得分 +9\\.00 +9\\.00 *"), screen.text());
    }

    @Test
    void reverseScoringChangedFromRatioToDeviationRescoresTheSampleInSetBOnly() {
        VirtualScreen screen = fromTheRegister();
        screen.press(KeyType.ArrowUp).type("≤5(%)").press(KeyType.Tab).type("6(%)").press(KeyType.Tab).type("10")
                .press(KeyType.Enter);
        assertTrue(screen.rowWith("示例指标得分").matches("示例指标得分 +8\\.33 +8\\.33 *"), screen.text());

        toParameter(screen, Parameter.REVERSE_SCORING).type("deviation");

        assertTrue(screen.rowWith("示例指标得分").matches("示例指标得分 +8\\.33 +8\\.00 *"), "rescored as typed:\n" + screen.text());
        screen.press(KeyType.Enter);
        assertTrue(screen.rowWith("reverseScoring").matches("reverseScoring +ratio +deviation ≠ .*"), screen.text());
        assertTrue(screen.row(1).contains("B national-2020 *"), "B is changed: " + screen.row(1));
    }

    @Test
    void anOpenProjectIsRescoredLiveWhenTheExecutionWeightGoesFrom10To20() {
        VirtualScreen screen = fromTheAuditProject(100, 30);
        assertTrue(screen.rowWith("本项目 总分 等级").matches("本项目 总分 等级 +99\\.32 优 +99\\.32 优 *"), screen.text());

        toParameter(screen, Parameter.EXECUTION_WEIGHT).type("2");
        assertTrue(screen.rowWith("执行得分").matches("执行得分 +9\\.32 +1\\.86 *"), "10 → 2 while typing:\n" + screen.text());
        screen.type("0");

        // 47.34 / 50.80 × 20 = 18.64, plus the indicators' 90.00
        assertTrue(screen.rowWith("执行得分").matches("执行得分 +9\\.32 +18\\.64 *"), screen.text());
        assertTrue(screen.rowWith("本项目 总分 等级").matches("本项目 总分 等级 +99\\.32 优 +108\\.64 优 *"), screen.text());
    }

    @Test
    void aHigherBandForExcellentChangesTheProjectsGrade() {
        VirtualScreen screen = fromTheAuditProject(100, 30);

        toParameter(screen, Parameter.EXCELLENT_FROM).type("99.5").press(KeyType.Enter);

        assertTrue(screen.rowWith("本项目 总分 等级").matches("本项目 总分 等级 +99\\.32 优 +99\\.32 良 *"), screen.text());
    }

    @Test
    void aValueTheRuleSetCannotHoldIsRefusedAndTheScoresStay() {
        VirtualScreen screen = fromTheAuditProject(100, 30);

        toParameter(screen, Parameter.GOOD_FROM).type("95");

        assertTrue(screen.text().contains("goodFrom"), "the refusal names the parameter:\n" + screen.text());
        assertTrue(screen.rowWith("本项目 总分 等级").matches("本项目 总分 等级 +99\\.32 优 +99\\.32 优 *"), screen.text());
        screen.press(KeyType.Enter);
        assertTrue(screen.rowWith("goodFrom").matches("goodFrom +80 +80 .*"), "Enter refused, nothing kept:\n" + screen.text());
    }

    @Test
    void aRuleSetFileLoadsIntoTheColumnUnderTheCursorAndTheEditedSetSavesToAFile() throws Exception {
        Path twenty = folder.resolve("training-20.properties");
        Files.writeString(twenty, "name = training-20\nexecutionWeight = 20\n", StandardCharsets.UTF_8);
        VirtualScreen screen = fromTheAuditProject(100, 30);

        toParameter(screen, Parameter.NAME).ctrl('o').type(twenty.toString()).press(KeyType.Enter);

        assertTrue(screen.row(1).contains("B training-20"), screen.row(1));
        assertTrue(screen.rowWith("本项目 总分 等级").matches("本项目 总分 等级 +99\\.32 优 +108\\.64 优 *"), screen.text());

        toParameter(screen, Parameter.EXCELLENT_FROM).type("95").press(KeyType.Enter);
        Path saved = folder.resolve("saved.properties");
        screen.ctrl('s').type(saved.toString()).press(KeyType.Enter);

        assertTrue(screen.text().contains("规则集已保存到 " + saved), screen.text());
        RuleSet read = RuleSets.resolve(saved.toString());
        assertEquals("training-20", read.name());
        assertEquals(0, new BigDecimal("20").compareTo(read.executionWeight()));
        assertEquals(0, new BigDecimal("95").compareTo(read.excellentFrom()));
        assertFalse(screen.row(1).contains("training-20 *"), "saved, so no longer changed: " + screen.row(1));
    }

    @Test
    void leavingWithChangesNotSavedAsksFirst() {
        VirtualScreen screen = fromTheRegister();
        toParameter(screen, Parameter.EXECUTION_WEIGHT).type("20").press(KeyType.Enter);

        screen.press(KeyType.Escape);

        assertTrue(screen.text().contains("规则集的修改还没有保存到文件"), screen.text());
        screen.type("d");
        assertTrue(screen.row(0).contains("项目 (14)"), screen.row(0));
    }

    @Test
    void at80By24TheSummaryAndTheCursorRowStayInView() {
        VirtualScreen screen = fromTheAuditProject(80, 24);

        toParameter(screen, Parameter.COST_INDICATORS_FROM);

        assertTrue(screen.text().contains("本项目 总分 等级"), screen.text());
        assertTrue(screen.text().contains("costIndicatorsFrom"), screen.text());
        assertEquals(24, screen.rows().size());
    }
}
