package jixiao.tui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.time.Month;
import java.util.EnumSet;
import java.util.Set;
import jixiao.domain.language.Columns;
import jixiao.domain.language.Language;
import jixiao.domain.register.ProjectFilter;
import jixiao.domain.register.StoredProject;
import jixiao.domain.stage.Cause;
import jixiao.domain.stage.Likelihood;
import jixiao.domain.stage.MonitoringReturn;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.StageKind;
import jixiao.storage.sqlite.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monitoring return on the virtual terminal, started from the 2025 declaration of 工作服置装费
 * (its second row: 工作服数量 ≥4(套)) as a clerk starts it: F5, F7, 2, the month.
 */
class MonitoringWindowTest {

    private static final String ROW = "工作服数量";

    @TempDir
    Path folder;

    private Database database;
    private VirtualScreen screen;

    @BeforeEach
    void startMonitoringFromTheDeclaration() {
        database = Register.withExamples(folder);
        screen = VirtualScreen.start(database.projects(), Language.ZH, 100, 30)
                .type("/").type("工作服置装费").press(KeyType.Enter).press(KeyType.ArrowDown).press(KeyType.Enter)
                .press(KeyType.F5).press(KeyType.F7).type("2").press(KeyType.Enter);
    }

    @Test
    void startingMonitoringFromADeclarationOpensTheReturnOnTheDeclaredTargets() {
        assertTrue(screen.row(0).contains("运行监控 1–7月 — 2025 工作服置装费"), screen.row(0));
        assertTrue(screen.rowWith(ROW).contains("≥4(套)"), screen.text());
        assertTrue(screen.text().contains("已开始运行监控"), screen.text());
        ProjectYear year = stored();
        assertEquals(Month.JULY, year.monitoring().orElseThrow().month());
        assertEquals(StageKind.MONITORING, year.latest().kind());
    }

    @Test
    void typingProgressRelightsTheRowOnEveryKeyInWordsAndColour() {
        screen.press(KeyType.ArrowDown);
        screen.type("1(套)");
        assertTrue(screen.rowWith(ROW).stripTrailing().endsWith("红"), "1 of 4 by July is red: " + screen.rowWith(ROW));
        assertEquals(TextColor.ANSI.RED, lightCell().getBackgroundColor(), "and red in colour");

        screen.press(KeyType.Backspace).press(KeyType.Backspace).press(KeyType.Backspace).press(KeyType.Backspace)
                .type("2(套)");
        assertTrue(screen.rowWith(ROW).stripTrailing().endsWith("绿"), "2 ÷ (4 × 7/12) = 85.71% is green: " + screen.rowWith(ROW));
        assertEquals(TextColor.ANSI.GREEN, lightCell().getBackgroundColor());
        assertTrue(screen.row(1).contains("项目灯"), screen.row(1));
    }

    @Test
    void keptProgressIsSavedIntoTheReturnAndTheDeclarationStaysAsDeclared() {
        screen.press(KeyType.ArrowDown).type("2(套)").press(KeyType.Tab).type("4(套)").press(KeyType.Tab).type("1")
                .press(KeyType.Enter).ctrl('s');

        assertTrue(screen.text().contains("已保存"), screen.text());
        ProjectYear year = stored();
        MonitoringReturn monitored = year.monitoring().orElseThrow();
        assertEquals("2(套)", monitored.progress(1).progress().text());
        assertEquals("4(套)", monitored.progress(1).forecast().text());
        assertEquals(Likelihood.CERTAIN, monitored.progress(1).likelihood().orElseThrow());
        assertTrue(year.isLocked(StageKind.DECLARATION), "the declaration is read-only now");
    }

    @Test
    void impossibleAsTheLikelihoodTurnsAnyRowRed() {
        screen.press(KeyType.ArrowDown).type("3(套)").press(KeyType.Tab).press(KeyType.Tab).type("3");

        assertTrue(screen.rowWith(ROW).contains("红"), screen.rowWith(ROW));
        screen.press(KeyType.Enter);
        assertTrue(screen.rowWith(ROW).contains("完全不可"), "the likelihood in words: " + screen.rowWith(ROW));
    }

    @Test
    void theCausesArePickedFromTheFormsListByNumber() {
        screen.press(KeyType.ArrowDown).press(KeyType.Tab).press(KeyType.Tab).press(KeyType.Tab);
        assertTrue(screen.rowWith("偏差原因:").contains("（1–5 选中/取消，Enter 列表）"),
                "the causes cell says how to pick: " + screen.text());

        screen.type("1").type("5");
        assertEquals(Set.of(Cause.FUNDING, Cause.OTHER), causes(), "each digit ticks a cause as one edit");

        screen.press(KeyType.Enter);
        assertTrue(screen.text().contains("1[x]经费保障 2[ ]制度保障"), "Enter opens the pick list: " + screen.text());
        screen.type("5").type("3").press(KeyType.Escape);
        assertEquals(Set.of(Cause.FUNDING, Cause.STAFF), causes());
        assertTrue(screen.rowWith(ROW).contains("经费保障…"), "cut in the table: " + screen.rowWith(ROW));
        assertTrue(screen.rowWith("偏差原因:").contains("偏差原因: 经费保障、人员保障"), "whole on the edit line");
    }

    @Test
    void aCauseThatIsNotOnTheFormsListIsRefused() {
        screen.press(KeyType.ArrowDown).press(KeyType.Tab).press(KeyType.Tab).press(KeyType.Tab)
                .type("天气").press(KeyType.Enter);

        assertTrue(screen.text().contains("“天气” 不是偏差原因"), screen.text());
    }

    @Test
    void f3ExplainsTheLightOfTheRowUnderTheCursor() {
        screen.press(KeyType.ArrowDown).type("1(套)").press(KeyType.Enter).press(KeyType.F3);

        assertTrue(screen.row(0).contains("预警灯说明"), screen.row(0));
        assertTrue(screen.text().contains("2. 产出指标 / 数量指标 / 工作服数量"), screen.text());
        assertTrue(screen.text().contains("42.86%"), "1 ÷ (4 × 7/12): " + screen.text());
        assertTrue(screen.text().contains("红灯") || screen.text().contains("须"), "what the checks ask: " + screen.text());
        screen.press(KeyType.Escape);
        assertTrue(screen.row(0).contains("运行监控"), screen.row(0));
    }

    @Test
    void theMoneySpentToTheMonthLightsTheBudget() {
        screen.stroke(new KeyStroke(KeyType.Home, true, false)).type("3000").press(KeyType.Enter);

        assertTrue(screen.rowWith("年度资金总额").contains("3,000.00"), screen.text());
        assertTrue(screen.rowWith("年度资金总额").contains("30.00%"), screen.rowWith("年度资金总额"));
        assertTrue(screen.row(1).contains("预算灯 红"), "30% ÷ 7/12 = 51.43%: " + screen.row(1));
    }

    @Test
    void leavingWithUnsavedProgressAsksFirst() {
        screen.press(KeyType.ArrowDown).type("2(套)").press(KeyType.Enter).press(KeyType.Escape);

        assertTrue(screen.text().contains("有未保存的修改"), screen.text());
        screen.type("d");
        assertFalse(screen.row(0).contains("运行监控 1–7月"), "back on the indicators: " + screen.row(0));
        assertTrue(screen.row(0).contains("工作服置装费 · 运行监控"), "whose stage the title names: " + screen.row(0));
        assertTrue(screen.text().contains("F8"), "F8 opens the return again: " + screen.text());
    }

    @Test
    void aSaveInBetweenIsAConflictNamingTheWholeReturnAndMergingKeepsMine() {
        StoredProject theirs = database.projects().find(id()).orElseThrow();
        MonitoringReturn changed = theirs.year().monitoring().orElseThrow().withBudgetCause("他人填写");
        database.projects().update(theirs.id(), theirs.revision(), changed);

        screen.press(KeyType.ArrowDown).type("2(套)").press(KeyType.Enter).ctrl('s');
        assertTrue(screen.text().contains("保存冲突") && screen.text().contains("整张运行监控表"), screen.text());
        screen.type("o");

        assertTrue(screen.text().contains("已保存"), screen.text());
        assertEquals("2(套)", stored().monitoring().orElseThrow().progress(1).progress().text());
    }

    @Test
    void aReturnWithALaterStageIsReadOnly() {
        screen.press(KeyType.Escape).press(KeyType.F5).press(KeyType.F7).type("1");
        assertTrue(screen.text().contains("已开始自评"), screen.text());
        screen.press(KeyType.F5).press(KeyType.F8);

        screen.type("5");
        assertTrue(screen.text().contains("运行监控已有后续阶段"), screen.text());
    }

    private TextCharacter lightCell() {
        int row = screen.rowNumberOf(ROW);
        String text = screen.row(row);
        int column = Columns.width(text.substring(0, text.stripTrailing().length() - 1));
        return screen.characterAt(column, row);
    }

    /** The causes of the cell under the cursor, as the edit line shows its whole text. */
    private Set<Cause> causes() {
        String cell = screen.rowWith("偏差原因:");
        Set<Cause> causes = EnumSet.noneOf(Cause.class);
        for (Cause cause : Cause.values()) {
            if (cell.contains(cause.words().zh())) {
                causes.add(cause);
            }
        }
        return causes;
    }

    private long id() {
        return database.projects().list(ProjectFilter.ALL).stream()
                .filter(summary -> summary.key().name().equals("工作服置装费") && summary.key().year() == 2025)
                .findFirst().orElseThrow().id();
    }

    private ProjectYear stored() {
        return database.projects().find(id()).orElseThrow().year();
    }
}
