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
        for (KeyBinding binding : bindings) {
            String row = screen.rows().stream().filter(line -> line.startsWith(binding.keyNames() + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError(binding.keyNames() + " is not in the help:\n" + screen.text()));
            assertTrue(row.contains(binding.description().zh()), row);
        }
        assertTrue(screen.rowWith("Ctrl-S/F2").contains("保存（现在不可用：没有未保存的修改）"), screen.text());
        assertTrue(screen.text().contains("标记：错 = 错误"), screen.text());

        screen.press(KeyType.Escape);

        assertEquals(title, screen.row(0));
    }

    @Test
    void f1OnTheRegisterListsItsKeys() {
        VirtualScreen screen = VirtualScreen.start(Register.withExamples(folder).projects(), Language.EN, 100, 30);

        screen.press(KeyType.F1);

        assertTrue(screen.row(0).contains("Keys — Projects (14)"), screen.row(0));
        assertTrue(screen.rowWith("q/Esc").contains("quit"), screen.text());
        assertTrue(screen.rowWith("PgDn").contains("next page"), screen.text());
        screen.type("q");
        assertFalse(screen.row(0).contains("Keys"), screen.row(0));
    }
}
