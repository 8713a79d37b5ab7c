package jixiao.tui.window;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import jixiao.domain.language.Language;
import jixiao.tui.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrendWindowTest {

    @TempDir
    Path folder;

    @Test
    void f9ShowsTheProjectOverTheYearsAndScrollsAndEscapeGoesBack() {
        VirtualScreen screen = ExampleProject.open(VirtualScreen.start(Register.withExamples(folder).projects(),
                Language.ZH, 80, 24), Examples.AUDIT).press(KeyType.F9);

        assertTrue(screen.row(0).contains("历年对比 — 2024 " + Examples.AUDIT), screen.row(0));
        assertTrue(screen.row(1).matches("年度 +2024 +2025 *"), "the 2025 declaration found by unit and name: " + screen.row(1));
        assertTrue(screen.text().contains("99.32"), screen.text());

        for (int i = 0; i < 30; i++) {
            screen.press(KeyType.ArrowDown);
        }
        assertTrue(screen.text().contains("满意度"), "the last indicators scrolled into view: " + screen.text());
        screen.press(KeyType.Escape);
        assertTrue(screen.row(0).contains(Examples.AUDIT + " · 自评"), screen.row(0));
    }
}
