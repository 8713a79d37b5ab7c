package jixiao.tui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import jixiao.domain.language.Columns;
import jixiao.domain.language.Language;
import jixiao.tui.Examples;
import jixiao.tui.editing.PaperForm;
import jixiao.tui.presentation.IndicatorTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every screen shares: title, body, edit line, message line and key bar, in either language, at any size. */
class ScreenWindowTest {

    @TempDir
    Path folder;

    @Test
    void inEnglishTheIndicatorsScreenSaysTotalAndGradeInWords() {
        VirtualScreen screen = ExampleProject.open(
                VirtualScreen.start(Register.withExamples(folder).projects(), Language.EN, 100, 30), Examples.AUDIT);

        assertTrue(screen.rowWith("Total").startsWith("Total 99.32  Grade excellent  Execution 93.19% 9.32"), screen.text());
        assertTrue(screen.rowWith("Indicator").contains("Target"), screen.text());
        assertTrue(screen.row(29).startsWith("F1 help  Enter edit"), screen.row(29));
    }

    @Test
    void afterAResizeTheTableIsLaidOutAgainForTheNewWidth() {
        VirtualScreen screen = ExampleProject.open(
                VirtualScreen.start(Register.withExamples(folder).projects(), Language.ZH, 120, 30), Examples.AUDIT);
        assertEquals(new IndicatorTable(PaperForm.SELF_EVALUATION, Language.ZH, 120).header().text().stripTrailing(),
                screen.rowWith("三级指标").stripTrailing());

        screen.resize(80, 24);

        assertEquals(new IndicatorTable(PaperForm.SELF_EVALUATION, Language.ZH, 80).header().text().stripTrailing(),
                screen.rowWith("三级指标").stripTrailing());
        assertEquals(24, screen.rows().size());
        for (String row : screen.rows()) {
            assertEquals(80, Columns.width(row), row);
        }
        assertTrue(screen.rowWith("成本节约率").contains(" 20.00 20.00* "), screen.rowWith("成本节约率"));
        assertTrue(screen.rowWith("成本节约率").stripTrailing().endsWith("疑"), screen.rowWith("成本节约率"));
        assertTrue(screen.row(23).startsWith("F1 帮助  Enter 修改"), screen.row(23));
    }

    @Test
    void at80By24TheKeyBarKeepsSaveAndBackWhileThereIsSomethingToSave() {
        VirtualScreen screen = ExampleProject.open(
                VirtualScreen.start(Register.withExamples(folder).projects(), Language.ZH, 80, 24), Examples.AUDIT);
        assertFalse(screen.row(23).contains("保存"), "nothing to save: " + screen.row(23));

        ExampleProject.retypeActual(screen, 3, "0(%)");

        assertTrue(screen.row(23).contains("Ctrl-S 保存"), screen.row(23));
        assertTrue(screen.row(23).contains("Esc 返回"), screen.row(23));
        assertTrue(Columns.width(screen.row(23).stripTrailing()) <= 80, screen.row(23));
    }

    @Test
    void aLongMessageWrapsInsteadOfEndingInAnEllipsis() {
        VirtualScreen screen = ExampleProject.open(
                VirtualScreen.start(Register.withExamples(folder).projects(), Language.ZH, 80, 24), Examples.AUDIT);

        ExampleProject.goTo(screen, 1).press(KeyType.End).press(KeyType.ArrowLeft).press(KeyType.ArrowLeft)
                .type("这不是一个数字，而是一段很长很长的文字，用来看看提示会不会被截断成省略号");
        screen.press(KeyType.Enter);

        String said = String.join("", screen.rows().subList(19, 23)).replace(" ", "");
        assertTrue(said.contains("这不是一个数字，而是一段很长很长的文字，用来看看提示会不会被截断成省略号”不是数字"), screen.text());
        assertFalse(screen.rows().subList(19, 23).stream().anyMatch(row -> row.stripTrailing().endsWith("…")), screen.text());
    }
}
