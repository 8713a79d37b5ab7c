package jixiao.tui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import jixiao.domain.language.Language;
import jixiao.domain.project.Project;
import jixiao.domain.register.ProjectFilter;
import jixiao.storage.sqlite.Database;
import jixiao.tui.Examples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two people on one register, the same project open in both: the second to save is told which
 * fields both changed and asked whether to merge or reload, and loses nothing either way; a merge
 * never reverts a field the second person did not touch.
 */
class DraftWindowTest {

    @TempDir
    Path folder;

    private Database database;
    private VirtualScreen first;
    private VirtualScreen second;

    /** Both open the audit project; the first sets row 3's actual to 0 % and saves. */
    @BeforeEach
    void theFirstSavesWhileTheSecondHasItOpen() {
        database = Register.withExamples(folder);
        first = ExampleProject.open(VirtualScreen.start(database.projects(), Language.ZH, 100, 30), Examples.AUDIT);
        second = ExampleProject.open(VirtualScreen.start(database.projects(), Language.ZH, 100, 30), Examples.AUDIT);
        ExampleProject.retypeActual(first, 3, "0(%)").ctrl('s');
        assertTrue(first.text().contains("已保存"), first.text());
    }

    @Test
    void savingOverAnotherSaveOffersMergeOrReload() {
        ExampleProject.retypeActual(second, 2, "0.4(次)").ctrl('s');

        assertTrue(second.rows().stream().anyMatch(row -> row.startsWith("保存冲突：")), second.text());
        assertTrue(unwrapped(second).contains("没有双方都改的字段，可以合并"), second.text());
        assertTrue(second.rows().get(29).startsWith("o 合并并保存（双方都改的用我的）/ r 放弃我的修改并重新载入"),
                "the keys that answer stand on the key bar:\n" + second.text());
        assertEquals("0(%)", stored().indicators().get(2).actual().text(), "nothing overwritten unasked");
    }

    @Test
    void reloadShowsTheOtherSaveAndUndoBringsMyEditBack() {
        ExampleProject.retypeActual(second, 2, "0.4(次)").ctrl('s').type("r");

        assertTrue(second.text().contains("已重新载入"), second.text());
        assertTrue(second.rowWith("专项审计工作").contains("0(%)"), second.text());
        assertTrue(second.rowWith("内控风险评估次数").contains("1.00(次)"), second.text());
        assertTrue(second.rowWith("总分").startsWith("总分 89.32"), second.text());

        second.ctrl('z');

        assertTrue(second.rowWith("内控风险评估次数").contains("0.4(次)"), second.text());
        assertTrue(second.rowWith("总分").contains("*未保存"), second.text());
        assertEquals("0.4(次)", draftOf(second).indicators().get(1).actual().text());
    }

    @Test
    void mergingStoresMyEditAndKeepsTheOtherSave() {
        ExampleProject.retypeActual(second, 2, "0.4(次)").ctrl('s').type("o");

        assertTrue(second.text().contains("已保存"), second.text());
        Project stored = stored();
        assertEquals("0.4(次)", stored.indicators().get(1).actual().text());
        assertEquals("0(%)", stored.indicators().get(2).actual().text(), "the other save is kept: I never touched it");
    }

    @Test
    void aCellBothChangedIsNamedAndMergingKeepsMineThere() {
        ExampleProject.retypeActual(second, 3, "50(%)").ctrl('s');

        assertTrue(unwrapped(second).contains("双方都改了：第 3 行实际完成值"), second.text());
        second.type("o");

        assertEquals("50(%)", stored().indicators().get(2).actual().text());
    }

    private Project stored() {
        long id = database.projects().list(ProjectFilter.ALL).stream()
                .filter(summary -> summary.key().name().equals(Examples.AUDIT) && summary.key().year() == 2024)
                .findFirst().orElseThrow().id();
        return database.projects().find(id).orElseThrow().project();
    }

    /** The screen's text as one line: a long message wraps across rows. */
    private static String unwrapped(VirtualScreen screen) {
        return String.join("", screen.rows().stream().map(String::strip).toList());
    }

    private static Project draftOf(VirtualScreen screen) {
        return ((DraftWindow) screen.gui().getActiveWindow()).draft.project();
    }
}
