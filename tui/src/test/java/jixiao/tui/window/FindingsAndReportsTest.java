package jixiao.tui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jixiao.domain.language.Language;
import jixiao.domain.project.Project;
import jixiao.storage.sqlite.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two parts of issue 5 that live in the text UI: the target-quality lint and the report key. */
class FindingsAndReportsTest {

    @TempDir
    Path folder;

    @Test
    void theFindingsShowTheLintAgainstLastYearsActual() {
        Database database = Register.withExamples(folder);
        VirtualScreen screen = VirtualScreen.start(database.projects(), Language.ZH, 120, 30);
        screen.type("/").type("工作服").press(KeyType.Enter).press(KeyType.ArrowDown).press(KeyType.Enter);
        assertTrue(screen.row(0).contains("2025"), screen.row(0));

        screen.press(KeyType.F4);

        String lint = screen.rowWith("≥4(套)");
        assertTrue(lint.contains("目标质量") && lint.contains("#2") && lint.contains("78"), lint);
    }

    @Test
    void ctrlPWritesTheReportOfTheProjectOnScreenAndSaysWhere() {
        Database database = Register.withExamples(folder);
        List<Project> reported = new ArrayList<>();
        VirtualScreen screen = VirtualScreen.start(database.projects(), Language.ZH, 120, 30, Optional.of((project, rules) -> {
            reported.add(project);
            return List.of(folder.resolve("2024-" + project.key().name() + ".xlsx"));
        }));
        screen.type("/").type("财务专项").press(KeyType.Enter).press(KeyType.Enter);

        screen.ctrl('p');

        assertEquals(1, reported.size());
        assertEquals("财务专项审计和资产评估鉴定费", reported.get(0).key().name());
        assertTrue(screen.text().contains("报表已写入 " + folder.resolve("2024-财务专项审计和资产评估鉴定费.xlsx")),
                screen.text());
    }

    @Test
    void withoutAReportWriterTheKeySaysWhyNot() {
        Database database = Register.withExamples(folder);
        VirtualScreen screen = VirtualScreen.start(database.projects(), Language.EN, 120, 30);
        screen.type("/").type("财务专项").press(KeyType.Enter).press(KeyType.Enter);

        screen.ctrl('p');

        assertTrue(screen.text().contains("reports cannot be written here"), screen.text());
    }
}
