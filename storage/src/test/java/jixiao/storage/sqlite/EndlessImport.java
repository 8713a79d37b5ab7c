package jixiao.storage.sqlite;

import java.nio.file.Path;
import java.util.Optional;
import jixiao.domain.rules.RuleSets;

/** {@code EndlessImport DB}: an import that never commits, saying after each project how far it got. */
public final class EndlessImport {

    private EndlessImport() {
    }

    public static void main(String[] arguments) {
        Database database = Database.open(Path.of(arguments[0]));
        try (Import batch = database.startImport(Optional.of(RuleSets.national2020()))) {
            for (int i = 0; ; i++) {
                batch.put(Writers.copy("import", i), "endless");
                System.out.println("put " + i);
            }
        }
    }
}
