package jixiao.tui.window;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import jixiao.domain.language.Language;
import jixiao.tui.Examples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit project's funding: adjusted 50.80, executed 47.34 → 47.34 / 50.80 = 93.19 %, score
 * 9.32 of 10; with its indicators' 90.00 the total is 99.32.
 */
class ProjectWindowTest {

    @TempDir
    Path folder;

    private VirtualScreen screen;

    @BeforeEach
    void openTheAuditProjectsFunding() {
        screen = ExampleProject.open(VirtualScreen.start(Register.withExamples(folder).projects(), Language.ZH, 100, 30),
                Examples.AUDIT);
        screen.press(KeyType.F5);
    }

    @Test
    void theSheetShowsTheHeaderTheFundingAndTheExecution() {
        assertTrue(screen.row(0).contains("项目信息与资金"), screen.row(0));
        assertTrue(screen.rowWith("项目名称").contains(Examples.AUDIT), screen.text());
        assertTrue(screen.rowWith("年度资金总额").contains("50.80          50.80          47.34"), screen.text());
        assertTrue(screen.text().contains("执行率 93.19%  执行得分 9.32 / 10"), screen.text());
    }

    @Test
    void typingTheExecutedTotalMovesRateScoreAndTotalAsYouType() {
        while (!screen.text().contains("年度资金总额 年初预算数: ")) {
            screen.press(KeyType.ArrowDown);
        }
        screen.press(KeyType.End).type("40.64");
        assertTrue(screen.text().contains("年度资金总额 全年执行数: 40.64"), screen.text());

        // 40.64 / 50.80 = 80.00 %, 0.8 × 10 = 8.00; total 8.00 + 90.00 = 98.00
        assertTrue(screen.rowWith("总分").startsWith("总分 98.00  等级 优  执行率 80.00% 8.00"), screen.text());
        assertTrue(screen.text().contains("执行率 80.00%  执行得分 8.00 / 10"), screen.text());

        screen.ctrl('u').type("25.40");

        // 25.40 / 50.80 = 50.00 %, 5.00; total 95.00
        assertTrue(screen.rowWith("总分").startsWith("总分 95.00  等级 优  执行率 50.00% 5.00"), screen.text());
        screen.press(KeyType.Enter);
        assertTrue(screen.rowWith("年度资金总额").contains("50.80          50.80          25.40"), screen.text());
        assertTrue(screen.rowWith("总分").contains("*未保存"), screen.text());
    }
}
