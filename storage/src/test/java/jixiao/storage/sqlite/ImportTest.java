package jixiao.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import jixiao.domain.project.Project;
import jixiao.domain.register.Change;
import jixiao.domain.register.ProjectFilter;
import jixiao.domain.register.Snapshot;
import jixiao.domain.register.StoredProject;
import jixiao.domain.rules.RuleSets;
import jixiao.domain.stage.ProjectYear;
import jixiao.storage.demo.FullYear;
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
            demo.forEach(project -> batch.put(project, "demo"));
            batch.commit();
            assertEquals(demo.size() - 2, batch.added());
            assertEquals(1, batch.replaced());
            assertEquals(1, batch.unchanged());
        }
        assertEquals(3, database.info().changes(), "the two puts, and the import as one change");
        assertEquals(demo.size(), database.projects().list(ProjectFilter.ALL).size());
    }

    @Test
    void aYearMergedBetweenNewOnesLeavesTheNewOnesIdsFree() throws Exception {
        Database database = Database.open(folder.resolve("a.db"));
        List<Project> demo = Demo.projects();
        database.projects().put(demo.get(1).withIndicators(List.of()), RuleSets.national2020());
        try (Import batch = database.startImport(Optional.empty())) {
            batch.put(demo.get(2), "demo"); // new: its stage takes the next id
            batch.put(demo.get(1), "demo"); // merged: its new stage row is written through JDBI
            batch.put(demo.get(3), "demo"); // new again: its ids go on after the merge's
            batch.commit();
            assertEquals(2, batch.added());
            assertEquals(1, batch.replaced());
        }
        for (int i = 1; i <= 3; i++) {
            Project put = demo.get(i);
            assertEquals(put.indicators(), database.projects().find(put.key()).orElseThrow().year().latestForm().indicators());
        }
    }

    @Test
    void anImportClosedWithoutCommitLeavesNothingBehind() {
        Database database = Database.open(folder.resolve("a.db"));
        try (Import batch = database.startImport(Optional.of(RuleSets.national2020()))) {
            Demo.projects().forEach(project -> batch.put(project, "demo"));
        }
        assertEquals(List.of(), database.projects().list(ProjectFilter.ALL));
    }

    @Test
    void anImportThatFailsMidwayLeavesNothingBehind() {
        Database database = Database.open(folder.resolve("a.db"));
        assertThrows(IllegalStateException.class, () -> {
            try (Import batch = database.startImport(Optional.of(RuleSets.national2020()))) {
                batch.put(Demo.projects().get(0), "demo");
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
            batch.put(demo.get(0).withIndicator(0, demo.get(0).indicators().get(0).withActual("1")), "demo");
            batch.put(demo.get(1), "demo");
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
            Demo.projects().forEach(project -> batch.put(project, "demo"));
            batch.commit();
            assertEquals(1, batch.replaced(), "the stored project changed rule set");
        }
        assertTrue(Demo.projects().stream().allMatch(project ->
                database.projects().find(project.key()).orElseThrow().ruleSet().equals(Training.rules())));
    }

    @Test
    void anImportIsOneChangeNamingItsFileAndHashAndEachAddedProjectsHistoryShowsIt() throws Exception {
        Database database = Database.open(folder.resolve("a.db"));
        Path file = Files.writeString(folder.resolve("forms.csv"), "any bytes");
        List<Project> demo = Demo.projects();
        try (Import batch = database.startImport(Optional.empty())) {
            batch.file(file, sha256(file));
            demo.forEach(project -> batch.put(project, file.toString()));
            batch.commit();
        }
        assertEquals(1, database.info().changes());
        StoredProject stored = database.projects().find(demo.get(0).key()).orElseThrow();
        List<Change> history = database.auditLog().history(stored.id());
        assertEquals(1, history.size());
        Change imported = history.get(0);
        assertEquals(Change.Action.INSERT, imported.action());
        assertEquals(Optional.empty(), imported.before());
        assertEquals(Optional.of(new Snapshot(ProjectYear.ofForm(demo.get(0)), Optional.of("national-2020"))), imported.after());
        String note = imported.note().orElseThrow().en();
        assertTrue(note.contains(file.toString()) && note.contains(sha256(file)), note);
    }

    @Test
    void everyYearAnImportAddsIsSavedAtTheMomentItsHistoryEntryNames() {
        Database database = Database.open(folder.resolve("a.db").toAbsolutePath(), new Ticking(), "clerk");
        List<Project> demo = Demo.projects();
        try (Import batch = database.startImport(Optional.empty())) {
            demo.forEach(project -> batch.put(project, "demo"));
            batch.commit();
        }
        StoredProject first = database.projects().find(demo.get(0).key()).orElseThrow();
        Instant entry = database.auditLog().history(first.id()).get(0).at();
        for (Project each : demo) {
            assertEquals(entry, database.projects().find(each.key()).orElseThrow().revision().savedAt(), each.key().toString());
        }
    }

    @Test
    void aReplacedProjectKeepsItsBeforeImageAndItsHistoryReadsTheOlderRowsBesideTheImport() {
        Database database = Database.open(folder.resolve("a.db"));
        Project project = Demo.projects().get(0);
        StoredProject stored = database.projects().put(project, RuleSets.national2020());
        Project changed = project.withIndicator(0, project.indicators().get(0).withActual("1"));
        try (Import batch = database.startImport(Optional.empty())) {
            batch.put(changed, "b.json");
            batch.commit();
            assertEquals(1, batch.replaced());
        }
        Project edited = changed.withIndicator(0, changed.indicators().get(0).withActual("2"));
        StoredProject imported = database.projects().find(stored.id()).orElseThrow();
        database.projects().update(stored.id(), imported.revision(), edited);
        List<Change> history = database.auditLog().history(stored.id());
        assertEquals(List.of(Change.Action.INSERT, Change.Action.UPDATE, Change.Action.UPDATE),
                history.stream().map(Change::action).toList());
        assertEquals(Optional.of(project), history.get(1).before().map(Snapshot::year).map(ProjectYear::latestForm));
        assertEquals(Optional.of(changed), history.get(1).after().map(Snapshot::year).map(ProjectYear::latestForm),
                "as the next change found it");
        assertEquals(Optional.of(changed), history.get(2).before().map(Snapshot::year).map(ProjectYear::latestForm));
        assertEquals(Optional.of(edited), history.get(2).after().map(Snapshot::year).map(ProjectYear::latestForm));
    }

    @Test
    void anImportThatChangesNothingLeavesNothingInTheHistory() throws Exception {
        Database database = Database.open(folder.resolve("a.db"));
        Project project = Demo.projects().get(0);
        database.projects().put(project, RuleSets.national2020());
        try (Import batch = database.startImport(Optional.empty())) {
            batch.put(project, "same.json");
            batch.commit();
            assertEquals(1, batch.unchanged());
        }
        assertEquals(1, database.info().changes());
    }

    @Test
    void aProjectWhoseCodeAndNameAreTwoStoredProjectsIsRefusedNamingItsSourceAndNothingCanBeCommitted() {
        Database database = Database.open(folder.resolve("a.db"));
        List<Project> demo = Demo.projects();
        Project first = database.projects().put(demo.get(0).withKey(demo.get(0).key().withCode("A-1")),
                RuleSets.national2020()).project();
        database.projects().put(demo.get(1), RuleSets.national2020());
        Project clash = demo.get(1).withKey(demo.get(1).key().withCode(first.key().code()));
        try (Import batch = database.startImport(Optional.empty())) {
            batch.put(demo.get(2), "c.csv");
            batch.put(clash, "c.csv");
            List<Import.Refusal> refused = batch.finish();
            assertEquals(1, refused.size());
            assertEquals("c.csv", refused.get(0).source());
            assertThrows(IllegalStateException.class, batch::commit);
        }
        assertEquals(2, database.projects().list(ProjectFilter.ALL).size(), "nothing of the import");
    }

    @Test
    void aYearWithEveryStageImportedNewReadsBackAsItWasPutWithItsMonitoringAndAdjustment() {
        for (ProjectYear year : List.of(FullYear.monitored(), FullYear.evaluated(), FullYear.diverged())) {
            Database database = Database.open(folder.resolve(year.latest().kind().key() + year.hashCode() + ".db"));
            try (Import batch = database.startImport(Optional.empty())) {
                batch.put(year, "year.json");
                batch.commit();
            }
            assertEquals(year, database.projects().find(year.key()).orElseThrow().year());
        }
    }

    @Test
    void aDatabaseVersion01WroteKeepsItsOldHistoryAndAnImportOverItIsOneMoreEntryInIt() throws Exception {
        Path fixture = Path.of(ImportTest.class.getResource("v0.1/jixiao-0.1.db").toURI()).getParent();
        Path file = Files.copy(fixture.resolve("jixiao-0.1.db"), folder.resolve("jixiao.db"));
        Files.copy(fixture.resolve("training-20.properties"), folder.resolve("training-20.properties"));
        Database database = Database.open(file);
        assertEquals(List.of(), database.integrityProblems());
        List<Change> old = database.auditLog().history(3);
        StoredProject stored = database.projects().find(3).orElseThrow();
        Project changed = stored.project().withIndicator(0, stored.project().indicators().get(0).withActual("1"));
        try (Import batch = database.startImport(Optional.empty())) {
            batch.put(changed, "again.json");
            batch.commit();
            assertEquals(1, batch.replaced());
        }
        List<Change> history = database.auditLog().history(3);
        assertEquals(old, history.subList(0, old.size()), "the rows written by 0.1 (format 1) read as before");
        Change imported = history.get(old.size());
        assertEquals(Change.Action.UPDATE, imported.action());
        assertEquals(Optional.of(stored.year()), imported.before().map(Snapshot::year));
        assertEquals(Optional.of(changed), imported.after().map(Snapshot::year).map(ProjectYear::latestForm));
        assertEquals(Optional.of(stored.ruleSet().label()), imported.after().flatMap(Snapshot::ruleSet),
                "the stored project keeps its own rule set");
    }

    private static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(file)));
    }

    /** A clock a second later each time it is read, so that two readings never agree by chance. */
    private static final class Ticking extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public synchronized Instant instant() {
            now = now.plusSeconds(1);
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
