package jixiao.tui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.time.LocalDate;
import jixiao.domain.language.Language;
import jixiao.domain.register.ProjectFilter;
import jixiao.domain.stage.Adjustment;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.StageKind;
import jixiao.storage.sqlite.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stages of a year on the project screen (F5) of the 2025 declaration of 工作服置装费: which
 * exist, which is current, and F7 to start the next one from it.
 */
class StagesOnTheProjectScreenTest {

    @TempDir
    Path folder;

    private Database database;
    private VirtualScreen screen;

    @BeforeEach
    void openTheDeclarationsProjectScreen() {
        database = Register.withExamples(folder);
        screen = VirtualScreen.start(database.projects(), Language.ZH, 100, 30)
                .type("/").type("工作服置装费").press(KeyType.Enter).press(KeyType.ArrowDown).press(KeyType.Enter)
                .press(KeyType.F5);
    }

    @Test
    void theProjectScreenShowsTheStagesOfTheYear() {
        assertTrue(screen.row(2).startsWith("阶段  申报（当前） › 目标调整 — › 运行监控 — › 自评 —"), screen.row(2));
        assertTrue(screen.text().contains("F7 开始下一阶段"), screen.text());
    }

    @Test
    void f7OffersTheStagesThatMayStartInTheirOrder() {
        screen.press(KeyType.F7);

        assertTrue(screen.text().contains("开始哪个阶段？（从申报复制在用的指标和目标，不必重输）"), screen.text());
        assertTrue(screen.text().contains("1 目标调整 / 2 运行监控 / 3 自评 / Esc 取消"), screen.text());
    }

    @Test
    void startingTheSelfEvaluationCopiesTheTargetsAndOpensItsPaper() {
        screen.press(KeyType.F7).type("3");

        assertTrue(screen.text().contains("已开始自评"), screen.text());
        assertTrue(screen.text().contains("实际完成值"), "the self-evaluation's paper: " + screen.text());
        assertTrue(screen.rowWith("工作服数量").contains("≥4(套)"), "the target copied, not retyped: " + screen.text());
        ProjectYear year = stored();
        assertEquals(StageKind.SELF_EVALUATION, year.latest().kind());
        assertTrue(year.isLocked(StageKind.DECLARATION));
        screen.press(KeyType.F5);
        assertTrue(screen.row(2).startsWith("阶段  申报（只读） › 目标调整 — › 运行监控 — › 自评（当前）"), screen.row(2));
        screen.press(KeyType.F7);
        assertTrue(screen.text().contains("没有可以开始的阶段：本年度已有自评"), screen.text());
    }

    @Test
    void anAdjustmentIsTypedOnTheDeclarationsPaperWithItsReasonAndDateAndSavedAsTheChangedTargets() {
        screen.press(KeyType.F7).type("1");
        assertTrue(screen.row(0).contains("工作服置装费 · 目标调整"), screen.row(0));
        assertTrue(screen.row(1).contains("错误 1"), "an adjustment needs its reason: " + screen.row(1));

        ExampleProject.goTo(screen, 2).type("≥5(套)").press(KeyType.Enter).press(KeyType.F5);
        assertTrue(screen.row(2).contains("目标调整（当前）"), screen.row(2));
        assertFalse(screen.text().contains("项目资金总额"), "the whole project's funding is the declaration's: " + screen.text());
        while (!screen.text().contains("调整原因: ")) {
            screen.press(KeyType.ArrowDown);
        }
        screen.type("新增窗口人员").press(KeyType.Enter).press(KeyType.ArrowDown).type("2025年6月31日").press(KeyType.Enter);
        assertTrue(screen.text().contains("不是有效日期"), "June has 30 days: " + screen.text());
        screen.press(KeyType.Escape).type("2025年6月30日").press(KeyType.Enter).ctrl('s');

        assertTrue(screen.text().contains("已保存"), screen.text());
        assertTrue(screen.row(1).contains("错误 0"), screen.row(1));
        Adjustment adjusted = stored().adjustment().orElseThrow();
        assertEquals("≥5(套)", adjusted.target(1).orElseThrow().text());
        assertEquals("新增窗口人员", adjusted.reason());
        assertEquals(LocalDate.of(2025, 6, 30), adjusted.approvedOn().orElseThrow());
        assertEquals("≥4(套)", stored().declaration().orElseThrow().form().indicators().get(1).target().text(),
                "the declared target stays on record");
    }

    @Test
    void nothingStartsWhileThereAreUnsavedEdits() {
        screen.type("2026").press(KeyType.Enter).press(KeyType.F7);

        assertTrue(screen.text().contains("请先保存（Ctrl-S）再开始下一阶段"), screen.text());
    }

    @Test
    void aMonthThatIsNoMonthIsRefusedAndAskedAgain() {
        screen.press(KeyType.F7).type("2").type("13").press(KeyType.Enter);

        assertTrue(screen.text().contains("“13” 不是 1 到 12 的月份"), screen.text());
        screen.press(KeyType.Escape);
        assertEquals(StageKind.DECLARATION, stored().latest().kind(), "nothing started");
    }

    private ProjectYear stored() {
        long id = database.projects().list(ProjectFilter.ALL).stream()
                .filter(summary -> summary.key().name().equals("工作服置装费") && summary.key().year() == 2025)
                .findFirst().orElseThrow().id();
        return database.projects().find(id).orElseThrow().year();
    }
}
