package jixiao.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import jixiao.domain.register.ProjectFilter;
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
        Database.open(file).projects().put(Demo.projects().get(0), "national-2020");
        DatabaseInfo info = Database.open(file).info();
        assertEquals(1, info.projects());
        assertEquals(Demo.projects().get(0).indicators().size(), info.indicators());
        assertEquals(1, info.changes());
    }

    @Test
    void aBackupIsACompleteSoundCopyAndNeverOverwrites() throws Exception {
        Database database = Database.open(folder.resolve("a.db"));
        Demo.projects().forEach(project -> database.projects().put(project, "national-2020"));
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
        Demo.projects().forEach(project -> database.projects().put(project, "national-2020"));
        assertEquals(0, database.recalc());
    }
}
