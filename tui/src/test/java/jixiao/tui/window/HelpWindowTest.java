package jixiao.tui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.List;
import jixiao.domain.language.Language;
import jixiao.tui.Examples;
import jixiao.tui.controller.KeyBinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelpWindowTest {

    @TempDir
    Path folder;

    @Test
    void f1ListsEveryKeyOfTheIndicatorsScreenAndEscapeReturns() {
        VirtualScreen screen = ExampleProject.open(
                VirtualScreen.start(Register.withExamples(folder).projects(), Language.ZH, 100, 40), Examples.AUDIT);
        String title = screen.row(0);
        List<KeyBinding> bindings = ((ScreenWindow) screen.gui().getActiveWindow()).keys().bindings();

        screen.press(KeyType.F1);

        assertTrue(screen.row(0).contains("按键说明 — "), screen.row(0));
        List<String> help = scrolledThrough(screen);
        for (KeyBinding binding : bindings) {
            String row = help.stream().filter(line -> line.startsWith(binding.keyNames() + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError(binding.keyNames() + " is not in the help:\n" + help));
            assertTrue(row.contains(binding.description().zh()), row);
        }
        assertTrue(help.stream().anyMatch(line -> line.startsWith("Ctrl-S ") && line.contains("保存（现在不可用：没有未保存的修改）")),
                String.join("\n", help));
        assertTrue(screen.text().contains("标记：错 = 错误"), screen.text());

        screen.press(KeyType.Escape);

        assertEquals(title, screen.row(0));
    }

    @Test
    void at80By24TheHelpScrollsAndKeepsItsLegend() {
        VirtualScreen screen = ExampleProject.open(
                VirtualScreen.start(Register.withExamples(folder).projects(), Language.ZH, 80, 24), Examples.AUDIT);

        screen.press(KeyType.F1);

        assertTrue(screen.text().contains("标记：错 = 错误，疑 = 提醒"), screen.text());
        assertTrue(screen.rowWith("还有").contains("（↓ PgDn 还有"), screen.text());
        assertTrue(screen.rows().get(23).contains("PgDn 下一页"), "the key bar says how to scroll: " + screen.rows().get(23));
        String first = screen.row(1);

        screen.press(KeyType.PageDown);

        assertFalse(screen.row(1).equals(first), "PgDn scrolls:\n" + screen.text());
        assertTrue(screen.text().contains("标记：错 = 错误，疑 = 提醒"), "the legend stays:\n" + screen.text());
        screen.press(KeyType.End);
        assertTrue(screen.text().contains("粘贴"), "the notes at the end are reached:\n" + screen.text());
        assertFalse(screen.text().contains("还有"), screen.text());
    }

    /** Every line the help shows, from its top to its end, paging down. */
    private static List<String> scrolledThrough(VirtualScreen screen) {
        List<String> seen = new java.util.ArrayList<>();
        for (int page = 0; page < 10; page++) {
            seen.addAll(screen.rows());
            screen.press(KeyType.PageDown);
        }
        return seen;
    }

    @Test
    void f1OnTheRegisterListsItsKeys() {
        VirtualScreen screen = VirtualScreen.start(Register.withExamples(folder).projects(), Language.EN, 100, 30);

        screen.press(KeyType.F1);

        assertTrue(screen.row(0).contains("Keys — Projects (14)"), screen.row(0));
        assertTrue(screen.rowWith("q ").contains("quit"), screen.text());
        assertTrue(screen.rowWith("Esc ").contains("clear the filter, or quit"), screen.text());
        assertTrue(screen.rowWith("PgDn").contains("next page"), screen.text());
        screen.type("q");
        assertFalse(screen.row(0).contains("Keys"), screen.row(0));
    }
}
