package jixiao.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.register.Change;
import jixiao.domain.register.FieldChange;
import jixiao.domain.register.ProjectFilter;
import jixiao.domain.register.StoredProject;
import jixiao.domain.rules.RuleSets;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path folder;

    @Test
    void aNewFileIsCreatedWithItsFoldersReadableByItsOwnerOnly() throws Exception {
        Path file = folder.resolve("数据 目录/jixiao.db");
        Database.open(file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void openingBringsTheSchemaToTheCurrentVersionInWalMode() throws Exception {
        DatabaseInfo info = Database.open(folder.resolve("a.db")).info();
        assertEquals(Migrations.current(), info.schemaVersion());
        assertEquals("wal", info.journalMode());
        assertEquals(0, info.projects());
    }

    @Test
    void reopeningAnUpToDateFileChangesNothing() throws Exception {
        Path file = folder.resolve("a.db");
        Database.open(file).projects().put(Demo.projects().get(0), RuleSets.national2020());
        DatabaseInfo info = Database.open(file).info();
        assertEquals(1, info.projects());
        assertEquals(Demo.projects().get(0).indicators().size(), info.indicators());
        assertEquals(1, info.changes());
    }

    @Test
    void aBackupIsACompleteSoundCopyAndNeverOverwrites() throws Exception {
        Database database = Database.open(folder.resolve("a.db"));
        Demo.projects().forEach(project -> database.projects().put(project, RuleSets.national2020()));
        Path copy = folder.resolve("backup.db");
        database.backup(copy);
        Database restored = Database.open(copy);
        assertEquals(List.of(), restored.integrityProblems());
        assertEquals(database.projects().list(ProjectFilter.ALL), restored.projects().list(ProjectFilter.ALL));
        assertThrows(StorageException.class, () -> database.backup(copy));
    }

    @Test
    void recalcReportsNothingChangedWhenTheRulesAreTheSame() {
        Database database = Database.open(folder.resolve("a.db"));
        Demo.projects().forEach(project -> database.projects().put(project, RuleSets.national2020()));
        assertEquals(0, database.recalc(ProjectFilter.ALL));
    }

    @Test
    void repinningStoresTheProjectsWithAnotherRuleSetAsANewRevisionWithTheReason() {
        Database database = Database.open(folder.resolve("a.db"));
        Demo.projects().forEach(project -> database.projects().put(project, RuleSets.national2020()));
        ProjectFilter of2024 = new ProjectFilter(Optional.of(2024), Optional.empty());
        Bilingual why = Bilingual.same("training day");
        assertEquals(7, database.repin(of2024, Training.rules(), why));
        StoredProject first = database.projects().find(1).orElseThrow();
        assertEquals(Training.rules(), first.ruleSet());
        assertEquals(2, first.revision().number());
        assertEquals(Optional.of(new BigDecimal("109.79")), database.projects().list(of2024).get(0).total());
        List<Change> history = database.auditLog().history(1);
        Change repinned = history.get(history.size() - 1);
        assertEquals(List.of(new FieldChange("rule_set", "national-2020", Training.rules().label())),
                repinned.fieldChanges());
        assertEquals(Optional.of(why), repinned.note());
        assertEquals(RuleSets.national2020(), database.projects().find(8).orElseThrow().ruleSet(), "2025 untouched");
        assertEquals(0, database.repin(of2024, Training.rules(), why), "they have that set already");
    }

    @Test
    void projectsWithTheSameRuleSetShareOneStoredCopy() throws Exception {
        Path file = folder.resolve("a.db");
        Database database = Database.open(file);
        Demo.projects().forEach(project -> database.projects().put(project, RuleSets.national2020()));
        database.projects().put(Demo.projects().get(0).withKey(Demo.projects().get(0).key().withName("培训")),
                Training.rules());
        long copies = Jdbi.create("jdbc:sqlite:" + file).withHandle(handle ->
                handle.createQuery("SELECT count(*) FROM rule_set").mapTo(Long.class).one());
        assertEquals(2, copies);
    }
}
