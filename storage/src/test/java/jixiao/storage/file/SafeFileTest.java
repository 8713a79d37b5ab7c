package jixiao.storage.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import jixiao.domain.language.Bilingual;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFileTest {

    private static final Overwrite OURS = Overwrite.ifWritten(new Bilingual("导出文件", "an export"),
            file -> text(file).startsWith("jixiao"), false);

    @TempDir
    Path folder;

    @Test
    void aNewFileIsReadableByItsOwnerOnlyAndNothingIsLeftBeside() throws IOException {
        Path file = SafeFile.write(folder.resolve("export.json"), OURS, out -> out.write(bytes("jixiao 1")));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(List.of(file), list());
    }

    @Test
    void aFileJixiaoWroteIsReplacedAndKeepsThePermissionsItsOwnerGaveIt() throws IOException {
        Path file = folder.resolve("export.json");
        Files.writeString(file, "jixiao 1");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        SafeFile.write(file, OURS, out -> out.write(bytes("jixiao 2")));
        assertEquals("jixiao 2", text(file));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void someoneElsesFileIsRefusedUnlessForced() throws IOException {
        Path file = Files.writeString(folder.resolve("notes.json"), "my notes");
        CannotWriteException refused = assertThrows(CannotWriteException.class,
                () -> SafeFile.write(file, OURS, out -> out.write(bytes("jixiao"))));
        assertTrue(refused.explanation().en().endsWith("is not an export jixiao wrote: give --force to replace it, or choose"
                + " another name"), refused.getMessage());
        assertEquals("my notes", text(file));
        SafeFile.write(file, Overwrite.ifWritten(OURS.kind(), OURS.written(), true), out -> out.write(bytes("jixiao")));
        assertEquals("jixiao", text(file));
    }

    @Test
    void aDatabaseIsNeverReplacedNotEvenWhenForced() throws IOException {
        Path database = Files.write(folder.resolve("x.db"), "SQLite format 3\0 and pages".getBytes(StandardCharsets.US_ASCII));
        CannotWriteException refused = assertThrows(CannotWriteException.class,
                () -> SafeFile.write(database, Overwrite.ifWritten(OURS.kind(), file -> true, true), out -> out.write(bytes("{}"))));
        assertTrue(refused.explanation().en().contains("is a database"), refused.getMessage());
        assertTrue(FileHead.isDatabase(database));
    }

    @Test
    void aLinkIsNeverWrittenThroughNotEvenADanglingOne() throws IOException {
        Path link = Files.createSymbolicLink(folder.resolve("backup.db"), folder.resolve("elsewhere.db"));
        CannotWriteException refused = assertThrows(CannotWriteException.class,
                () -> SafeFile.write(link, Overwrite.NEVER, out -> out.write(bytes("x"))));
        assertTrue(refused.explanation().en().contains("is a symbolic link"), refused.getMessage());
        assertFalse(Files.exists(folder.resolve("elsewhere.db")));
    }

    @Test
    void aMissingFolderIsSaidSo() {
        CannotWriteException refused = assertThrows(CannotWriteException.class,
                () -> SafeFile.write(folder.resolve("no/such/x.json"), OURS, out -> out.write(bytes("x"))));
        assertTrue(refused.explanation().en().contains("does not exist: create it first"), refused.getMessage());
    }

    @Test
    void aNameThatMustBeNewIsNeverReplaced() throws IOException {
        Path taken = Files.writeString(folder.resolve("backup.db"), "older backup");
        assertThrows(CannotWriteException.class, () -> SafeFile.write(taken, Overwrite.NEVER, out -> out.write(bytes("x"))));
        assertEquals("older backup", text(taken));
    }

    @Test
    void aFailureWhileWritingLeavesTheOldFileAndNoTemporaryOne() throws IOException {
        Path file = Files.writeString(folder.resolve("export.json"), "jixiao old");
        CannotWriteException failed = assertThrows(CannotWriteException.class, () -> SafeFile.write(file, OURS, out -> {
            out.write(bytes("jixiao half"));
            throw new IOException("No space left on device");
        }));
        assertTrue(failed.explanation().en().startsWith("the disk is full"), failed.getMessage());
        assertEquals("jixiao old", text(file));
        assertEquals(List.of(file), list());
    }

    private List<Path> list() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
