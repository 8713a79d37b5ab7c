package jixiao.storage.sqlite;

import jixiao.domain.project.Project;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.rules.RuleSets;

/** {@code Writers DB TAG N}: puts N copies of a real form, each under its own name, one transaction each. */
public final class Writers {

    private Writers() {
    }

    public static void main(String[] arguments) {
        Database database = Database.open(java.nio.file.Path.of(arguments[0]));
        int count = Integer.parseInt(arguments[2]);
        for (int i = 0; i < count; i++) {
            database.projects().put(copy(arguments[1], i), RuleSets.national2020());
        }
        System.out.println("done " + count);
    }

    static Project copy(String tag, int i) {
        Project project = Demo.projects().get(0);
        ProjectKey key = project.key();
        return project.withKey(new ProjectKey(key.year(), key.unit(), key.name() + " " + tag + "-" + i, ""));
    }
}
