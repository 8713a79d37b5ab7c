package jixiao.tui.window;

import java.nio.file.Path;
import java.util.Optional;
import jixiao.domain.project.Project;
import jixiao.domain.rules.RuleSets;
import jixiao.storage.demo.DemoForms;
import jixiao.storage.sqlite.Database;
import jixiao.storage.sqlite.Import;

/**
 * A real SQLite register in a temporary folder holding the published forms of
 * {@code examples/} (bundled with storage as the demo forms; the same files).
 */
final class Register {

    private Register() {
    }

    static Database withExamples(Path folder) {
        Database database = Database.open(folder.resolve("jixiao.db"));
        try (Import batch = database.startImport(Optional.of(RuleSets.national2020()))) {
            for (String name : DemoForms.names()) {
                for (Project project : DemoForms.read(name).projects()) {
                    batch.put(project, name);
                }
            }
            batch.commit();
        }
        return database;
    }
}
