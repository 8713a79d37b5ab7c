package jixiao.storage.file;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import jixiao.domain.language.Bilingual;

/**
 * The one way jixiao writes a file the user named (exports, reports, backups, rule sets), so that a
 * full disk, a killed process or a wrong name never costs what was there:
 * <ul>
 * <li>the file is written whole under a temporary name beside it (readable by its owner only),
 * flushed to the disk, and only then renamed into place; a failure removes the temporary file,
 * and the old file, if any, is untouched;</li>
 * <li>a name that is a link, a folder or a database is refused, and so is a file jixiao did not
 * write unless the user forces it ({@link Overwrite}); a new file is never made through a link;</li>
 * <li>a new file is {@code rw-------}, as the database is; a file replaced keeps its permissions,
 * which its owner chose;</li>
 * <li>every failure is a {@link CannotWriteException} saying what to do.</li>
 * </ul>
 */
public final class SafeFile {

    /** What goes into the file, written to a stream the caller need not close. */
    @FunctionalInterface
    public interface Content {
        void write(OutputStream out) throws IOException;
    }

    /** A file that something else makes at the path it is given (SQLite's {@code VACUUM INTO}), whole and checked when it returns. */
    @FunctionalInterface
    public interface Maker {
        void make(Path temporary) throws IOException;
    }

    private SafeFile() {
    }

    /** Writes {@code content} to {@code target} as described above; returns the file as an absolute path. */
    public static Path write(Path target, Overwrite overwrite, Content content) {
        return place(target, overwrite, temporary -> {
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                content.write(out);
            }
        });
    }

    /** Has {@code maker} make the file under a temporary name beside {@code target}, then puts it in place. */
    public static Path place(Path target, Overwrite overwrite, Maker maker) {
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        refuseUnsafe(file, folder, overwrite);
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, "." + file.getFileName() + ".", ".part");
            maker.make(temporary);
            sync(temporary);
            keepPermissions(file, temporary);
            move(temporary, file, overwrite);
            temporary = null;
            syncFolder(folder);
            return file;
        } catch (IOException e) {
            throw WriteFailure.explain(file, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void refuseUnsafe(Path file, Path folder, Overwrite overwrite) {
        if (folder == null || !Files.isDirectory(folder)) {
            throw refused("文件夹 " + folder + " 不存在：请先创建它，或换一个位置", "the folder " + folder
                    + " does not exist: create it first, or choose another place");
        }
        if (Files.isSymbolicLink(file)) {
            throw refused(file + " 是一个符号链接：jixiao 不经由链接写文件，请给出真实的文件名", file
                    + " is a symbolic link: jixiao does not write through links; give the real file's name");
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw refused(file + " 是一个文件夹：请给出文件名", file + " is a folder: give a file's name");
        }
        if (overwrite.never()) {
            throw refused(file + " 已存在：备份从不覆盖文件，请换一个名字", file
                    + " exists: a backup never replaces a file; choose a new name");
        }
        if (FileHead.isDatabase(file)) {
            throw refused(file + " 是一个数据库：导出和报告从不覆盖数据库（--force 也不行），请换一个名字", file
                    + " is a database: an export or a report never replaces a database (not even with --force);"
                    + " choose another name");
        }
        if (!overwrite.forced() && size(file) > 0 && !overwrite.written().test(file)) {
            throw refused(file + " 已存在，且不是 jixiao 写的" + overwrite.kind().zh() + "：要替换它请加 --force，或换一个名字", file
                    + " exists and is not " + overwrite.kind().en() + " jixiao wrote: give --force to replace it, or"
                    + " choose another name");
        }
    }

    private static CannotWriteException refused(String zh, String en) {
        return new CannotWriteException(new Bilingual(zh, en), null);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 1;
        }
    }

    private static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** The rename itself reaches the disk only when the folder is flushed; where a folder cannot be opened (Windows), the rename stands. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Not every system lets a folder be flushed; the file is in place either way.
        }
    }

    private static void keepPermissions(Path file, Path temporary) throws IOException {
        PosixFileAttributeView was = Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (was != null && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            Files.setPosixFilePermissions(temporary, was.readAttributes().permissions());
        }
    }

    /**
     * Into place: replacing the old file in one step, or, for a name that must not be taken, by a
     * hard link that fails if it is (a rename would silently replace a file made in between).
     */
    private static void move(Path temporary, Path file, Overwrite overwrite) throws IOException {
        if (overwrite.never()) {
            try {
                Files.createLink(file, temporary);
                Files.delete(temporary);
                return;
            } catch (FileAlreadyExistsException e) {
                throw e;
            } catch (UnsupportedOperationException | FileSystemException e) {
                // No hard links here (a FAT stick, say): a rename that refuses an existing name.
                Files.move(temporary, file);
                return;
            }
        }
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // A hidden .part file is left; it never looks like the file asked for.
            }
        }
    }
}
