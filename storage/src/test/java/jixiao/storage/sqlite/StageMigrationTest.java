package jixiao.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jixiao.domain.project.Project;
import jixiao.domain.register.Change;
import jixiao.domain.register.ProjectFilter;
import jixiao.domain.register.ProjectSummary;
import jixiao.domain.register.StoredProject;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.StageKind;
import jixiao.storage.demo.DemoForms;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema 3 on the database written by version 0.1 (see {@code v0.1/README.md}): each stored project
 * becomes a project-year with the one stage its data shows, unchanged, its revision and history
 * kept, and the schema is sound afterwards.
 */
class StageMigrationTest {

    @TempDir
    Path folder;

    @Test
    void eachProjectBecomesAYearWithTheStageItsDataShows() throws Exception {
        Database database = open();
        Map<Long, StageKind> stages = database.projects().list(ProjectFilter.ALL).stream()
                .collect(Collectors.toMap(ProjectSummary::id, ProjectSummary::stage));
        for (long id : List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 15L, 16L, 17L)) {
            assertEquals(StageKind.SELF_EVALUATION, stages.get(id), "#" + id);
        }
        for (long id : List.of(8L, 9L, 11L, 12L, 13L, 14L)) {
            assertEquals(StageKind.DECLARATION, stages.get(id), "#" + id);
            assertEquals(List.of(StageKind.DECLARATION), kinds(database.projects().find(id).orElseThrow().year()));
        }
    }

    @Test
    void aFormNobodyChangedReadsBackAsPublished() throws Exception {
        Database database = open();
        List<Project> published = DemoForms.read(DemoForms.DECLARATIONS).projects();
        StoredProject declaration = database.projects().find(9).orElseThrow();
        assertEquals(published.get(1), declaration.project(), "#9 is the second 2025 declaration, never edited");
        assertEquals(1, declaration.revision().number());
        assertEquals(published.get(1), declaration.year().declaration().orElseThrow().form());
    }

    @Test
    void theHistoryOfEachYearStillReadsAndNamesTheStageOfItsForm() throws Exception {
        Database database = open();
        Change edited = database.auditLog().history(3).get(1);
        assertEquals(Change.Action.UPDATE, edited.action());
        assertEquals(Optional.empty(), edited.stage(), "records before schema 3 name no stage");
        assertTrue(edited.fieldChanges().get(0).field().startsWith("self-evaluation.indicators["),
                edited.fieldChanges().toString());
    }

    @Test
    void theUpgradedSchemaIsSoundAndEditsOfItAreRecordedInTheNewFormat() throws Exception {
        Database database = open();
        assertEquals(List.of(), database.integrityProblems());
        Jdbi jdbi = Jdbi.create("jdbc:sqlite:" + database.file());
        assertEquals(List.of(), jdbi.withHandle(handle -> handle.createQuery("PRAGMA foreign_key_check")
                .mapToMap().list()));
        StoredProject stored = database.projects().find(8).orElseThrow();
        StoredProject started = database.projects().start(stored.id(), stored.revision(), StageKind.SELF_EVALUATION);
        assertEquals(List.of(StageKind.DECLARATION, StageKind.SELF_EVALUATION), kinds(started.year()));
        assertEquals(List.of(1, 2), jdbi.withHandle(handle -> handle.createQuery(
                "SELECT format FROM change WHERE project_id = 8 ORDER BY id").mapTo(Integer.class).list()));
    }

    private Database open() throws Exception {
        Path fixture = Path.of(StageMigrationTest.class.getResource("v0.1/jixiao-0.1.db").toURI()).getParent();
        Path file = Files.copy(fixture.resolve("jixiao-0.1.db"), folder.resolve("jixiao.db"));
        Files.copy(fixture.resolve("training-20.properties"), folder.resolve("training-20.properties"));
        return Database.open(file, Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC), "upgrader");
    }

    private static List<StageKind> kinds(ProjectYear year) {
        return year.stages().stream().map(stage -> stage.kind()).toList();
    }
}
