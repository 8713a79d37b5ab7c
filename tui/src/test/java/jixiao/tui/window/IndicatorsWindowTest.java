package jixiao.tui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.List;
import jixiao.domain.language.Language;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;
import jixiao.storage.sqlite.Database;
import jixiao.tui.input.Pasted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndicatorsWindowTest {

    private static final String AUDIT = "财务专项审计和资产评估鉴定费";

    @TempDir
    Path folder;

    private Database database;
    private VirtualScreen screen;

    @BeforeEach
    void openTheAuditProject() {
        database = Register.withExamples(folder);
        screen = VirtualScreen.start(database.projects(), Language.ZH, 100, 30);
        screen.type("/").type("财务专项").press(KeyType.Enter).press(KeyType.Enter);
    }

    @Test
    void anOpenedProjectShowsThePublishedTotalAndGrade() {
        assertTrue(screen.rowWith("总分").contains("总分 99.32  等级 优"), screen.text());
        assertTrue(screen.rowWith("内控风险评估次数").contains("≥1(次)"), screen.text());
    }

    @Test
    void typingAnActualRescoresTheIndicatorTheTotalAndTheGradeBeforeEnter() {
        editRow(3, "0(%)");

        assertTrue(screen.rowWith("总分").contains("总分 89.32  等级 良"), screen.text());
        assertTrue(screen.rowWith("专项审计工作完成率").contains("10.00  0.00"), screen.rowWith("专项审计工作完成率"));
    }

    @Test
    void enterKeepsTheEditAndMarksTheProjectUnsaved() {
        editRow(3, "0(%)");
        screen.press(KeyType.Enter);

        assertTrue(screen.rowWith("总分").contains("总分 89.32  等级 良"), screen.text());
        assertTrue(screen.rowWith("总分").contains("*未保存"), screen.text());
        assertTrue(screen.row(0).contains(AUDIT + " *"), screen.row(0));
    }

    @Test
    void aScoreBelowFullMarksWithoutANoteIsMarkedAsAnError() {
        editRow(3, "0(%)");
        screen.press(KeyType.Enter);

        assertTrue(screen.rowWith("专项审计工作完成率").stripTrailing().endsWith("错"), screen.rowWith("专项审计工作完成率"));
        assertTrue(screen.rowWith("总分").contains("错误 1"), screen.text());
    }

    @Test
    void escapeCancelsTypingAndTheScoresReturn() {
        editRow(3, "0(%)");
        screen.press(KeyType.Escape);

        assertTrue(screen.rowWith("总分").contains("总分 99.32  等级 优"), screen.text());
    }

    @Test
    void saveWritesTheEditToTheRegister() {
        editRow(3, "0(%)");
        screen.press(KeyType.Enter).ctrl('s');

        Indicator saved = database.projects().list(jixiao.domain.register.ProjectFilter.ALL).stream()
                .filter(summary -> summary.key().name().equals(AUDIT)).findFirst()
                .flatMap(summary -> database.projects().find(summary.id())).orElseThrow()
                .project().indicators().get(2);
        assertEquals("0(%)", saved.actual().text());
        assertTrue(screen.text().contains("已保存"), screen.text());
    }

    @Test
    void undoBringsTheEditBack() {
        editRow(3, "0(%)");
        screen.press(KeyType.Enter).ctrl('z');

        assertTrue(screen.rowWith("总分").contains("总分 99.32  等级 优"), screen.text());
    }

    @Test
    void leavingWithUnsavedEditsAsksFirst() {
        editRow(3, "0(%)");
        screen.press(KeyType.Enter).press(KeyType.Escape);

        assertTrue(screen.text().contains("有未保存的修改"), screen.text());
        screen.press(KeyType.Escape);
        assertTrue(screen.row(0).contains(AUDIT), "Esc stays on the project: " + screen.row(0));
    }

    @Test
    void aCharacterTypedOnACellStartsAFreshValueThatReplacesTheOldOne() {
        ExampleProject.goTo(screen, 3).type("0(%)");

        assertEquals("实际完成值: 0(%)", editLine().strip(), "not 100.00(%)0(%)");
        screen.press(KeyType.Enter);
        assertTrue(screen.rowWith("专项审计工作完成率").contains(" 0(%) "), screen.rowWith("专项审计工作完成率"));
        assertFalse(screen.rowWith("专项审计工作完成率").contains("100.00(%)"), screen.rowWith("专项审计工作完成率"));
    }

    @Test
    void enterOrF2EditsTheOldTextWithTheCaretAtItsEnd() {
        ExampleProject.goTo(screen, 3).press(KeyType.Enter).type("0");
        assertEquals("实际完成值: 100.00(%)0", editLine().strip());
        screen.press(KeyType.Escape).press(KeyType.F2).press(KeyType.Backspace).type("5%)");
        assertEquals("实际完成值: 100.00(%5%)", editLine().strip());
    }

    @Test
    void enterKeepsTheValueAndLeavesTheCursorOnTheCell() {
        ExampleProject.goTo(screen, 3).type("0(%)").press(KeyType.Enter);

        assertEquals("实际完成值: 0(%)", editLine().strip(), "still on row 3's actual, no longer typing");
        screen.type("1(%)");
        assertEquals("实际完成值: 1(%)", editLine().strip(), "typing again replaces again");
    }

    @Test
    void tabKeepsAndMovesRightShiftTabLeftAndEscapeRestores() {
        ExampleProject.goTo(screen, 3).type("0(%)").press(KeyType.Tab);
        assertEquals("分值: 10.00", editLine().strip());
        assertTrue(screen.rowWith("总分").startsWith("总分 89.32"), "the actual was kept: " + screen.rowWith("总分"));

        screen.type("99").press(KeyType.Escape);
        assertEquals("分值: 10.00", editLine().strip(), "Esc restored the weight");
        screen.press(KeyType.ReverseTab);
        assertEquals("实际完成值: 0(%)", editLine().strip());
    }

    @Test
    void theArrowsWhileTypingKeepAndMoveAsInASpreadsheet() {
        ExampleProject.goTo(screen, 2).type("1(次)").press(KeyType.ArrowDown).type("100(%)").press(KeyType.ArrowUp);

        assertEquals("实际完成值: 1(次)", editLine().strip());
        assertTrue(screen.rowWith("专项审计工作完成率").contains(" 100(%) "), screen.text());
    }

    @Test
    void homeAndEndGoToTheFirstAndLastColumnAndTheArrowsOneCell() {
        screen.press(KeyType.Home);
        assertEquals("一级指标: 成本指标", editLine().strip());
        screen.press(KeyType.ArrowLeft);
        assertEquals("一级指标: 成本指标", editLine().strip(), "no further than the first column");
        screen.press(KeyType.ArrowRight);
        assertEquals("二级指标: 经济成本指标", editLine().strip());
        screen.press(KeyType.End);
        assertTrue(editLine().startsWith("偏差原因分析及改进措施:"), editLine());
    }

    @Test
    void aPastedNoteKeepsItsLineBreaksAndItsLettersAreText() {
        ExampleProject.goTo(screen, 3).press(KeyType.End).press(KeyType.Enter);

        screen.stroke(new Pasted("审计推迟。\r\nx 删除 q\r\n改进：提前招标。"));

        assertTrue(screen.text().contains("x 删除 q"), "the paste is in the note, its letters typed nothing:\n" + screen.text());
        assertFalse(screen.text().contains("删除第"), screen.text());
        screen.press(KeyType.Enter);
        assertEquals("审计推迟。\nx 删除 q\n改进：提前招标。", draft().indicators().get(2).deviation());
        assertTrue(editLine().contains("审计推迟。 ⏎ x 删除 q ⏎ 改进"), editLine());
    }

    @Test
    void aPasteIntoAOneLineCellFoldsItsLineBreaksToSpaces() {
        ExampleProject.goTo(screen, 1).press(KeyType.Home).press(KeyType.ArrowRight).press(KeyType.ArrowRight)
                .press(KeyType.Enter).press(KeyType.End);

        screen.stroke(new Pasted("（第一\n第二）\r\n")).press(KeyType.Enter);

        assertEquals("成本节约率（第一 第二）", draft().indicators().get(0).name());
    }

    @Test
    void aPasteOnACellReplacesItsValueAndIsNeverKeys() {
        ExampleProject.goTo(screen, 2);

        screen.stroke(new Pasted("x\nq"));

        assertEquals("实际完成值: x q", editLine().strip());
        assertFalse(screen.text().contains("删除第"), "x deleted nothing: " + screen.text());
        screen.press(KeyType.Escape);
        assertEquals("1.00(次)", draft().indicators().get(1).actual().text());
    }

    @Test
    void aNewRowShowsTheGroupItWasGiven() {
        screen.ctrl('n');

        assertTrue(screen.row(4).startsWith("  2 成本指标 经济成本… "), "the levels copied from the row above are shown:\n" + screen.text());
        assertEquals("三级指标:", editLine().strip(), "the cursor is on the new row's name");
        screen.type("新指标").press(KeyType.Enter);
        assertEquals("新指标", draft().indicators().get(1).name());
        assertEquals("成本指标", draft().indicators().get(1).level1());
    }

    @Test
    void lettersOnTheTableAreTypingNotCommands() {
        screen.type("q");

        assertEquals("实际完成值: q", editLine().strip());
        assertTrue(screen.row(0).contains(AUDIT), "q did not leave: " + screen.row(0));
    }

    @Test
    void aDeclarationHasItsFormsFourColumnsAndNoScores() {
        screen.press(KeyType.Escape).press(KeyType.ArrowDown).press(KeyType.Enter);

        assertTrue(screen.row(0).contains("2025 " + AUDIT), screen.row(0));
        String header = screen.rowWith("三级指标");
        assertTrue(header.contains("年度(/项目)指标值"), header);
        assertFalse(header.contains("实际完成值") || header.contains("得分") || header.contains("分值"), header);
        assertTrue(screen.rowWith("申报表不计分").startsWith("申报表不计分"), screen.text());
        assertEquals("年度(/项目)指标值: 成本不超过预算", editLine().strip(), "the cursor starts on the target");
    }

    private Project draft() {
        return ((DraftWindow) screen.gui().getActiveWindow()).draft.project();
    }

    private String editLine() {
        List<String> rows = screen.rows();
        return rows.get(rows.size() - 3);
    }

    /** Moves the cursor from the first row to {@code row} (1-based) and retypes its actual. */
    private void editRow(int row, String actual) {
        for (int i = 1; i < row; i++) {
            screen.press(KeyType.ArrowDown);
        }
        screen.press(KeyType.Enter);
        for (int i = 0; i < 20; i++) {
            screen.press(KeyType.Backspace);
        }
        screen.type(actual);
    }
}
