package jixiao.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.register.Change;
import jixiao.domain.register.FieldChange;
import jixiao.domain.register.KeyTakenException;
import jixiao.domain.register.ProjectFilter;
import jixiao.domain.register.StoredProject;
import jixiao.domain.rules.RuleSets;
import jixiao.storage.file.CannotWriteException;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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
        assertThrows(CannotWriteException.class, () -> database.backup(copy));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(copy)));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(), files.filter(file -> file.getFileName().toString().endsWith(".part")).toList());
        }
    }

    @Test
    void aBackupIntoAMissingFolderSaysSoAndMakesNothing() {
        Database database = Database.open(folder.resolve("a.db"));
        CannotWriteException refused = assertThrows(CannotWriteException.class,
                () -> database.backup(folder.resolve("no such folder/backup.db")));
        assertTrue(refused.explanation().en().contains("does not exist"), refused.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = Access.class, names = {"READ_ONLY", "IMMUTABLE"})
    void aReadOnlyDatabaseIsReadExportedAndBackedUpButNeverChanged(Access access) throws Exception {
        Path file = folder.resolve("a.db");
        Database writable = Database.open(file);
        Demo.projects().forEach(project -> writable.projects().put(project, RuleSets.national2020()));
        Database readOnly = Database.open(file.toAbsolutePath(), Clock.systemUTC(), "reader", access, false);
        assertEquals(writable.projects().list(ProjectFilter.ALL), readOnly.projects().list(ProjectFilter.ALL));
        assertEquals(Demo.projects().get(0), readOnly.projects().find(1).orElseThrow().project());
        readOnly.backup(folder.resolve("copy.db"));
        StorageException refused = assertThrows(StorageException.class,
                () -> readOnly.projects().put(Demo.projects().get(0).withKey(ProjectKey.of(2024, "某单位", "新项目")),
                        RuleSets.national2020()));
        assertTrue(refused.explanation().en().contains("is read-only"), refused.getMessage());
    }

    @Test
    void aMissingOrEmptyFileBecomesANewDatabaseAndSaysSo() throws Exception {
        assertTrue(Database.open(folder.resolve("new.db")).created());
        assertTrue(Database.open(Files.createFile(folder.resolve("empty.db"))).created());
        assertFalse(Database.open(folder.resolve("new.db")).created());
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndLeftAlone() throws Exception {
        Path json = Files.writeString(folder.resolve("forms.json"), "[{\"year\": \"2024\"}]");
        StorageException refused = assertThrows(StorageException.class, () -> Database.open(json));
        assertTrue(refused.explanation().en().contains("is not a jixiao database"), refused.getMessage());
        assertEquals("[{\"year\": \"2024\"}]", Files.readString(json));
    }

    @Test
    void twoStoredProjectsAreNeverMergedByACodeThatNamesOneAndANameTheOther() {
        Database database = Database.open(folder.resolve("a.db"));
        database.projects().put(Demo.projects().get(0).withKey(new ProjectKey(2024, "某单位", "甲", "X1")),
                RuleSets.national2020());
        database.projects().put(Demo.projects().get(1).withKey(new ProjectKey(2024, "某单位", "乙", "X2")),
                RuleSets.national2020());
        KeyTakenException taken = assertThrows(KeyTakenException.class, () -> database.projects().put(
                Demo.projects().get(1).withKey(new ProjectKey(2024, "某单位", "乙", "X1")), RuleSets.national2020()));
        assertTrue(taken.explanation().en().contains("another project, #1 (2024 某单位 甲)"), taken.getMessage());
        StoredProject second = database.projects().find(2).orElseThrow();
        assertThrows(KeyTakenException.class, () -> database.projects().update(2, second.revision(),
                second.project().withKey(second.project().key().withCode("X1"))));
        assertEquals(2, database.projects().list(ProjectFilter.ALL).size());
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
