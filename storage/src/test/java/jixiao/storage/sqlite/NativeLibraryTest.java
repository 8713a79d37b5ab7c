package jixiao.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeLibraryTest {

    private static final String NAME = "libsqlitejdbc.so";
    private static final byte[] LIBRARY = "native code".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    @Test
    void theFirstRunUnpacksTheLibraryAndLeavesNoTemporaryFile() throws IOException {
        Path unpacked = folder.resolve("native").resolve("3.54.1.0");
        assertEquals(Optional.of(unpacked), NativeLibrary.unpack(() -> new ByteArrayInputStream(LIBRARY), unpacked, NAME));
        assertArrayEquals(LIBRARY, Files.readAllBytes(unpacked.resolve(NAME)));
        try (var files = Files.list(unpacked)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void laterRunsFindItUnpackedWithoutOpeningTheJar() {
        NativeLibrary.unpack(() -> new ByteArrayInputStream(LIBRARY), folder, NAME);
        assertEquals(Optional.of(folder), NativeLibrary.unpack(() -> {
            throw new AssertionError("the jar opened again");
        }, folder, NAME));
    }

    @Test
    void noLibraryForThisMachineAnUnreadableJarOrAnUnwritableFolderLeaveSqliteJdbcToItsOwnWay() throws IOException {
        assertEquals(Optional.empty(), NativeLibrary.unpack(() -> null, folder.resolve("a"), NAME));
        assertEquals(Optional.empty(), NativeLibrary.unpack(() -> {
            throw new IOException("zip file closed");
        }, folder.resolve("b"), NAME));
        Path notAFolder = Files.write(folder.resolve("c"), new byte[0]);
        assertEquals(Optional.empty(), NativeLibrary.unpack(() -> new ByteArrayInputStream(LIBRARY), notAFolder, NAME));
    }

    @Test
    void theFolderIsNamedByTheSqliteJdbcVersionWrittenInAtBuildTime() {
        String version = NativeLibrary.version().orElseThrow();
        assertTrue(version.matches("\\d+(\\.\\d+)+"), version);
    }
}
