package jixiao.tui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import jixiao.domain.language.Language;
import jixiao.domain.project.Indicator;
import jixiao.storage.sqlite.Database;
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
