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

class FindingsWindowTest {

    @TempDir
    Path folder;

    private VirtualScreen screen;

    /** Row 3, 专项审计工作完成率 (=100(%)), achieved 0 %: scores 0 of 10 with no note, an error. */
    @BeforeEach
    void makeAnErrorOnRowThree() {
        screen = ExampleProject.open(VirtualScreen.start(Register.withExamples(folder).projects(), Language.ZH, 100, 30),
                Examples.AUDIT);
        ExampleProject.retypeActual(screen, 3, "0(%)");
        ExampleProject.goTo(screen, 1);
    }

    @Test
    void theErrorIsListedFirstWithItsRow() {
        screen.press(KeyType.F4);

        assertTrue(screen.row(0).contains("问题清单"), screen.row(0));
        assertTrue(screen.row(2).startsWith("错误       #3  缺少偏差说明：专项审计工作完成率：得分 0.00 低于满分 10.00"), screen.text());
    }

    @Test
    void enterOnAFindingAboutAnIndicatorGoesBackWithTheCursorOnThatRow() {
        assertTrue(screen.text().contains("实际完成值: 6.82(%)"), "the cursor starts on row 1:\n" + screen.text());

        screen.press(KeyType.F4).press(KeyType.Enter);

        assertFalse(screen.row(0).contains("问题清单"), screen.row(0));
        assertTrue(screen.text().contains("实际完成值: 0(%)"), "the cursor is on row 3:\n" + screen.text());
    }

    @Test
    void qGoesBackHereWhereLettersTypeNothing() {
        screen.press(KeyType.F4).type("q");

        assertFalse(screen.row(0).contains("问题清单"), screen.row(0));
    }
}
