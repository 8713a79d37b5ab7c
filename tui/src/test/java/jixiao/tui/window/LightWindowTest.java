package jixiao.tui.window;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import jixiao.domain.language.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** F3 on the monitoring return of 工作服置装费, imported with its July return. */
class LightWindowTest {

    @TempDir
    Path folder;

    @Test
    void upAndDownGoThroughTheIndicatorsAndEscapeGoesBack() {
        VirtualScreen screen = MonitoredYearTest.openMonitored(folder, Language.EN, 80, 24).press(KeyType.F8).press(KeyType.F3);
        assertTrue(screen.row(0).contains("How the light comes about"), screen.row(0));
        assertTrue(screen.text().contains("1. "), screen.text());

        screen.press(KeyType.ArrowDown);
        assertTrue(screen.text().contains("2. "), screen.text());
        assertTrue(screen.text().contains("Light blue"), "4 of 4 sets by July is far ahead: " + screen.text());

        screen.type("q");
        assertTrue(screen.row(0).contains("Monitoring Jan–Jul"), screen.row(0));
    }
}
