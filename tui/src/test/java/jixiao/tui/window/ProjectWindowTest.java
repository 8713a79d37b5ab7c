package jixiao.tui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.math.BigDecimal;
import java.nio.file.Path;
import jixiao.domain.language.Language;
import jixiao.domain.register.ProjectFilter;
import jixiao.domain.stage.Declaration;
import jixiao.storage.sqlite.Database;
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

    private Database database;
    private VirtualScreen screen;

    @BeforeEach
    void openTheAuditProjectsFunding() {
        database = Register.withExamples(folder);
        screen = ExampleProject.open(VirtualScreen.start(database.projects(), Language.ZH, 100, 30), Examples.AUDIT);
        screen.press(KeyType.F5);
    }

    @Test
    void aDeclarationsWholeProjectFundingIsTypedBesideTheYearsAndSavedWithTheStage() {
        screen.press(KeyType.Escape).press(KeyType.Escape).type("/").type("工作服置装费").press(KeyType.Enter)
                .press(KeyType.ArrowDown).press(KeyType.Enter).press(KeyType.F5);
        while (!screen.text().contains("项目资金总额: ")) {
            screen.press(KeyType.ArrowDown);
        }
        screen.press(KeyType.Home).type("30000").press(KeyType.Enter).press(KeyType.ArrowDown).type("30000")
                .press(KeyType.Enter).ctrl('s');

        assertTrue(screen.rowWith("项目资金总额").matches("项目资金总额 +30,000\\.00   年度资金申请总额 +10,000\\.00 *"),
                screen.rowWith("项目资金总额"));
        assertTrue(screen.text().contains("已保存"), screen.text());
        Declaration stored = database.projects().list(ProjectFilter.ALL).stream()
                .filter(summary -> summary.key().name().equals("工作服置装费") && summary.key().year() == 2025)
                .map(summary -> database.projects().find(summary.id()).orElseThrow().year().declaration().orElseThrow())
                .findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("30000").compareTo(stored.wholeProject().total().orElseThrow()));
        assertEquals(0, new BigDecimal("30000").compareTo(stored.wholeProject().fiscal().orElseThrow()));
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

    @Test
    void theSelfEvaluationUsesItsPapersLabels() {
        assertTrue(screen.text().contains("预期目标"), screen.text());
        assertTrue(screen.text().contains("实际完成情况"), screen.text());

        screen.stroke(new KeyStroke(KeyType.End, true, false));

        assertTrue(screen.text().contains("以下各项不印在绩效自评表上"), screen.text());
        assertTrue(screen.text().contains("项目编码: "), "the cursor is on the last row, off the paper:\n" + screen.text());
    }

    @Test
    void aDeclarationAsksForItsMoneyUnderItsOwnWordsAndChecksItsDates() {
        screen.press(KeyType.Escape).press(KeyType.Escape).press(KeyType.ArrowDown).press(KeyType.Enter).press(KeyType.F5);

        assertTrue(screen.rowWith("年度资金申请总额").contains("508,000.00"), screen.text());
        assertTrue(screen.rowWith("其中：当年财政拨款").contains("508,000.00"), screen.text());
        assertTrue(screen.text().contains("项目总目标") && screen.text().contains("年度总体目标"), screen.text());
        assertFalse(screen.text().contains("全年执行数"), screen.text());

        while (!screen.text().contains("计划开始日期: ")) {
            screen.press(KeyType.ArrowDown);
        }
        screen.type("2023年13月45日").press(KeyType.Enter);

        assertTrue(screen.text().contains("“2023年13月45日” 不是有效日期"), screen.text());
        screen.press(KeyType.Escape).type("2025年3月1日").press(KeyType.Enter);
        assertTrue(screen.rowWith("计划开始日期").contains("2025-03-01"), screen.text());
    }
}
