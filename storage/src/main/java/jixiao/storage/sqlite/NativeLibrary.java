package jixiao.storage.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.Optional;
import java.util.Properties;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library, unpacked once into the user's data folder for a jar run by itself. Left
 * alone, sqlite-jdbc unpacks its 1 MB library out of the jar on every run (into {@code .native} beside
 * the database, {@link Database}, or the temporary folder) and deletes it at exit: 80-100 ms of every
 * command run as {@code java -jar} that opens a database (docs/benchmarks.md). The zip's launcher
 * points sqlite-jdbc at the library unpacked beside it; this does the same from the data folder, in a
 * folder named by the sqlite-jdbc version the library belongs to (written into
 * {@code native.properties} at build time) and by the system and processor it is for (a home folder
 * may be shared between machines), written to a temporary name and renamed, so that two first runs at
 * once never read a half-written one, nor a full disk a cut-off one. Anything amiss (not a jar, a
 * read-only data folder, a library that will not load there) leaves sqlite-jdbc to its own way, which
 * is where it would have been.
 */
public final class NativeLibrary {

    private static final String PATH = "org.sqlite.lib.path";
    private static final String NAME = "org.sqlite.lib.name";

    /** Where the library is, as a stream: null where there is none for this machine. */
    @FunctionalInterface
    interface Source {
        InputStream open() throws IOException;
    }

    private NativeLibrary() {
    }

    /**
     * Before the first connection: points sqlite-jdbc at its library unpacked under {@code folder},
     * unpacking it the first time, unless sqlite-jdbc has been told where it is already or the program
     * is not running from its jar (from classes, as in tests, sqlite-jdbc does as it always has).
     */
    public static void unpackUnder(Path folder) {
        if (System.getProperty(PATH) != null || !runsFromJar()) {
            return; // the launcher's case, and every later database opened: nothing to read or unpack
        }
        Optional<String> version = version();
        if (version.isEmpty()) {
            return;
        }
        // The library's name as the JDK gives it, which is sqlite-jdbc's on every platform it ships for:
        // asking sqlite-jdbc costs 40 ms of finding out the machine, which only the first run needs.
        String name = System.mapLibraryName("sqlitejdbc");
        Path versioned = folder.resolve(version.get() + "-" + System.getProperty("os.name") + "-"
                + System.getProperty("os.arch"));
        unpack(NativeLibrary::ofThisMachine, versioned, name).ifPresent(unpacked -> {
            System.setProperty(NAME, name);
            System.setProperty(PATH, unpacked.toString());
        });
    }

    private static InputStream ofThisMachine() {
        String name = LibraryLoaderUtil.getNativeLibName();
        return name.equals(System.mapLibraryName("sqlitejdbc"))
                ? SQLiteJDBCLoader.class.getResourceAsStream(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name)
                : null;
    }

    /** {@code folder}, holding the library as {@code name}, unpacked now if it was not; empty where it cannot be. */
    static Optional<Path> unpack(Source library, Path folder, String name) {
        Path file = folder.resolve(name);
        if (Files.isRegularFile(file)) {
            return Optional.of(folder);
        }
        try (InputStream in = library.open()) {
            if (in == null) {
                return Optional.empty();
            }
            write(in, file);
            return Optional.of(folder);
        } catch (IOException | SecurityException e) {
            // another first run may have put it there meanwhile, and hold it open
            return Files.isRegularFile(file) ? Optional.of(folder) : Optional.empty();
        }
    }

    private static void write(InputStream in, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
        try {
            Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The sqlite-jdbc version the build wrote into {@code native.properties}; empty in a build without it. */
    static Optional<String> version() {
        try (InputStream in = NativeLibrary.class.getResourceAsStream("native.properties")) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(in);
            return Optional.ofNullable(properties.getProperty("sqlite-jdbc")).filter(version -> !version.startsWith("$"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean runsFromJar() {
        CodeSource source = NativeLibrary.class.getProtectionDomain().getCodeSource();
        try {
            return source != null && Files.isRegularFile(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return false;
        }
    }
}
