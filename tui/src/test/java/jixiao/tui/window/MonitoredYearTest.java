package jixiao.tui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.Optional;
import jixiao.domain.language.Language;
import jixiao.domain.register.ProjectFilter;
import jixiao.domain.stage.ProjectYear;
import jixiao.storage.demo.DemoForms;
import jixiao.storage.sqlite.Database;
import jixiao.storage.sqlite.Import;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A year whose latest stage is its monitoring return, in today's screens: they edit the latest
 * stage's form (the targets in force, on the declaration's paper) and save into the return, leaving
 * the declaration as declared. The monitoring screens of their own come with the text UI's stages.
 */
class MonitoredYearTest {

    @TempDir
    Path folder;

    /** The example register with the July returns imported, open on the 2025 year of 工作服置装费 (its indicators). */
    static VirtualScreen openMonitored(Path folder, Language language, int columns, int rows) {
        return VirtualScreen.start(monitoredRegister(folder).projects(), language, columns, rows)
                .type("/").type("工作服置装费").press(KeyType.Enter).press(KeyType.ArrowDown).press(KeyType.Enter);
    }

    private static Database monitoredRegister(Path folder) {
        Database database = Register.withExamples(folder);
        try (Import batch = database.startImport(Optional.empty())) {
            DemoForms.read(DemoForms.MONITORING).years().forEach(year -> batch.put(year, DemoForms.MONITORING));
            batch.commit();
        }
        return database;
    }

    @Test
    void aMonitoredYearOpensOnItsTargetsInForceAndSavesThemIntoItsReturn() {
        Database database = monitoredRegister(folder);
        VirtualScreen screen = VirtualScreen.start(database.projects(), Language.ZH, 100, 30)
                .type("/").type("工作服置装费").press(KeyType.Enter).press(KeyType.ArrowDown).press(KeyType.Enter);
        assertTrue(screen.text().contains("年度(/项目)指标值"), "the declaration's paper:\n" + screen.text());
        ExampleProject.goTo(screen, 2).type("≥5(套)").press(KeyType.Enter).ctrl('s');
        assertTrue(screen.text().contains("已保存"), screen.text());
        ProjectYear year = stored(database);
        assertEquals("≥5(套)", year.monitoring().orElseThrow().form().indicators().get(1).target().text());
        assertEquals("≥4(套)", year.declaration().orElseThrow().form().indicators().get(1).target().text());
        assertEquals("4(套)", year.monitoring().orElseThrow().progress(1).progress().text(), "the progress is kept");
    }

    @Test
    void f8OpensTheImportedReturnWithItsLightsAtEightyColumns() {
        VirtualScreen screen = openMonitored(folder, Language.ZH, 80, 24).press(KeyType.F8);

        assertTrue(screen.row(0).contains("运行监控 1–7月"), screen.row(0));
        assertTrue(screen.row(1).startsWith("项目灯 绿  预算灯 绿"), screen.row(1));
        assertTrue(screen.rowWith("工作服数量").stripTrailing().endsWith("蓝"), screen.text());
        assertTrue(screen.rows().get(23).contains("F3 灯的说明"), "the key bar: " + screen.rows().get(23));
    }

    private static ProjectYear stored(Database database) {
        long id = database.projects().list(ProjectFilter.ALL).stream()
                .filter(summary -> summary.key().name().equals("工作服置装费") && summary.key().year() == 2025)
                .findFirst().orElseThrow().id();
        return database.projects().find(id).orElseThrow().year();
    }
}
