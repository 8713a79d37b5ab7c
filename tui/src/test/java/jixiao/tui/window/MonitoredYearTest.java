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

    @Test
    void aMonitoredYearOpensOnItsTargetsInForceAndSavesThemIntoItsReturn() {
        Database database = Register.withExamples(folder);
        try (Import batch = database.startImport(Optional.empty())) {
            DemoForms.read(DemoForms.MONITORING).years().forEach(year -> batch.put(year, DemoForms.MONITORING));
            batch.commit();
        }
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

    private static ProjectYear stored(Database database) {
        long id = database.projects().list(ProjectFilter.ALL).stream()
                .filter(summary -> summary.key().name().equals("工作服置装费") && summary.key().year() == 2025)
                .findFirst().orElseThrow().id();
        return database.projects().find(id).orElseThrow().year();
    }
}
