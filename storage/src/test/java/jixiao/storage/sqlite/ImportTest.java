package jixiao.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import jixiao.domain.project.Project;
import jixiao.domain.register.ProjectFilter;
import jixiao.domain.rules.RuleSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportTest {

    @TempDir
    Path folder;

    @Test
    void committedProjectsAreCountedAsAddedReplacedOrUnchanged() throws Exception {
        Database database = Database.open(folder.resolve("a.db"));
        List<Project> demo = Demo.projects();
        database.projects().put(demo.get(0), RuleSets.national2020());
        database.projects().put(demo.get(1).withIndicators(List.of()), RuleSets.national2020());
        try (Import batch = database.startImport(Optional.of(RuleSets.national2020()))) {
            demo.forEach(batch::put);
            batch.commit();
            assertEquals(demo.size() - 2, batch.added());
            assertEquals(1, batch.replaced());
            assertEquals(1, batch.unchanged());
        }
        assertEquals(demo.size() + 1, database.info().changes(), "an insert each, one replacement, nothing for the unchanged");
        assertEquals(demo.size(), database.projects().list(ProjectFilter.ALL).size());
    }

    @Test
    void anImportClosedWithoutCommitLeavesNothingBehind() {
        Database database = Database.open(folder.resolve("a.db"));
        try (Import batch = database.startImport(Optional.of(RuleSets.national2020()))) {
            Demo.projects().forEach(batch::put);
        }
        assertEquals(List.of(), database.projects().list(ProjectFilter.ALL));
    }

    @Test
    void anImportThatFailsMidwayLeavesNothingBehind() {
        Database database = Database.open(folder.resolve("a.db"));
        assertThrows(IllegalStateException.class, () -> {
            try (Import batch = database.startImport(Optional.of(RuleSets.national2020()))) {
                batch.put(Demo.projects().get(0));
                throw new IllegalStateException("the file turned out to be bad");
            }
        });
        assertEquals(0, database.projects().list(ProjectFilter.ALL).size());
    }

    @Test
    void anImportWithoutARuleSetGivesNewProjectsNational2020AndLetsStoredOnesKeepTheirs() {
        Database database = Database.open(folder.resolve("a.db"));
        List<Project> demo = Demo.projects();
        database.projects().put(demo.get(0), Training.rules());
        try (Import batch = database.startImport(Optional.empty())) {
            batch.put(demo.get(0).withIndicator(0, demo.get(0).indicators().get(0).withActual("1")));
            batch.put(demo.get(1));
            batch.commit();
        }
        assertEquals(Training.rules(), database.projects().find(demo.get(0).key()).orElseThrow().ruleSet());
        assertEquals(RuleSets.national2020(), database.projects().find(demo.get(1).key()).orElseThrow().ruleSet());
    }

    @Test
    void anImportWithARuleSetStoresEveryProjectWithIt() {
        Database database = Database.open(folder.resolve("a.db"));
        database.projects().put(Demo.projects().get(0), RuleSets.national2020());
        try (Import batch = database.startImport(Optional.of(Training.rules()))) {
            Demo.projects().forEach(batch::put);
            batch.commit();
            assertEquals(1, batch.replaced(), "the stored project changed rule set");
        }
        assertTrue(Demo.projects().stream().allMatch(project ->
                database.projects().find(project.key()).orElseThrow().ruleSet().equals(Training.rules())));
    }
}
