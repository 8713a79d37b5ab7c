package jixiao.tui.window;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import jixiao.domain.language.Language;
import jixiao.tui.Examples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainWindowTest {

    private static final String MISSING_NOTE = "错误 缺少偏差说明: 内控风险评估次数：得分 2.00 低于满分 5.00，须填写偏差原因分析及改进措施";

    @TempDir
    Path folder;

    private VirtualScreen screen;

    /** Row 2, 内控风险评估次数 (≥1(次), weight 5), achieved 0.4 次: 5.00 × 0.4 / 1 = 2.00, and no note. */
    @BeforeEach
    void scoreAnIndicatorBelowFullMarks() {
        screen = ExampleProject.open(VirtualScreen.start(Register.withExamples(folder).projects(), Language.ZH, 100, 30),
                Examples.AUDIT);
        ExampleProject.retypeActual(screen, 2, "0.4(次)");
    }

    @Test
    void theExplanationShowsTheArithmeticAndTheMissingNoteError() {
        screen.press(KeyType.F3);

        assertTrue(screen.row(0).contains("评分说明"), screen.row(0));
        assertTrue(screen.text().contains("2. 产出指标 / 数量指标 / 内控风险评估次数"), screen.text());
        assertTrue(screen.text().contains("未完成: 0.4 / 1 × 5.00 = 2.00"), screen.text());
        assertTrue(screen.text().contains("规则得分 2.00    人工评分 无    得分 2.00    (未完成)"), screen.text());
        assertTrue(screen.text().contains("偏差原因分析及改进措施: 无"), screen.text());
        assertTrue(screen.text().contains(MISSING_NOTE), screen.text());
    }

    @Test
    void typingANoteMakesTheErrorGoHereAndOnTheIndicatorRow() {
        assertTrue(screen.rowWith("内控风险评估").stripTrailing().endsWith("错"), screen.rowWith("内控风险评估"));

        screen.press(KeyType.F3).type("n").type("评估推迟到次年").press(KeyType.Enter);

        assertTrue(screen.text().contains("偏差原因分析及改进措施: 评估推迟到次年"), screen.text());
        assertFalse(screen.text().contains(MISSING_NOTE), screen.text());
        assertTrue(screen.rowWith("总分").contains("错误 0"), screen.text());

        screen.press(KeyType.Escape);

        assertFalse(screen.row(0).contains("评分说明"), screen.row(0));
        assertFalse(screen.rowWith("内控风险评估").stripTrailing().endsWith("错"), screen.rowWith("内控风险评估"));
        assertTrue(screen.text().contains("实际完成值: 0.4(次)"), "back on the row explained:\n" + screen.text());
    }

    @Test
    void arrowsMoveToTheNextIndicator() {
        screen.press(KeyType.F3).press(KeyType.ArrowDown);

        assertTrue(screen.text().contains("3. 产出指标 / 数量指标 / 专项审计工作完成率"), screen.text());
    }
}
