package jixiao.storage.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The first bytes of a file, to tell what it is before replacing it: a database, or a file that
 * jixiao wrote (each format knows its own mark). Reads a few kilobytes at most, and says no rather
 * than fail.
 */
public final class FileHead {

    /** How every SQLite database file begins. */
    private static final byte[] SQLITE = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int ZIPPED_PART = 64 * 1024;

    private FileHead() {
    }

    /** The first {@code count} bytes of the file, fewer if it is shorter; empty if it cannot be read. */
    public static byte[] of(Path file, int count) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(count);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** The start of the file as UTF-8 text (a character cut at the end is dropped). */
    public static String text(Path file, int count) {
        return new String(of(file, count), StandardCharsets.UTF_8);
    }

    public static boolean isDatabase(Path file) {
        return Arrays.equals(of(file, SQLITE.length), SQLITE);
    }

    /** Whether a workbook names {@code application} as its maker (in {@code docProps/app.xml}). */
    public static boolean isWorkbookWrittenBy(Path file, String application) {
        return zipPartContains(file, "docProps/app.xml", "<Application>" + application + "</Application>");
    }

    /** Whether a zip file (a workbook) has a part whose first 64 KiB contain {@code mark}. */
    private static boolean zipPartContains(Path file, String part, String mark) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(part);
            if (entry == null) {
                return false;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readNBytes(ZIPPED_PART), StandardCharsets.UTF_8).contains(mark);
            }
        } catch (IOException e) {
            return false;
        }
    }
}
