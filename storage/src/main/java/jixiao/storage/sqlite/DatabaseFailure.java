package jixiao.storage.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.storage.file.WriteFailure;
import org.sqlite.SQLiteException;

/**
 * What SQLite's refusals mean for the user: the database is busy (another jixiao has held the write
 * lock past the busy timeout), read-only, on a full disk, or not a database at all. Each becomes a
 * {@link StorageException} naming the file and saying what to do; anything else stays what it was,
 * a bug to report.
 */
public final class DatabaseFailure {

    /** Less room than this and an I/O failure is the full disk's: SQLite's shared memory and log need a few pages. */
    private static final long NEARLY_FULL = 1024 * 1024;

    private DatabaseFailure() {
    }

    /** The failure as the user's situation, or the failure itself when it is none of SQLite's known refusals. */
    public static RuntimeException translated(Path file, RuntimeException failure) {
        return explained(file, failure).<RuntimeException>map(explanation -> new StorageException(explanation, failure))
                .orElse(failure);
    }

    /** The same for JDBC's checked exception. */
    static StorageException translated(Path file, SQLException failure, Bilingual otherwise) {
        return new StorageException(explained(file, failure).orElse(otherwise), failure);
    }

    static Optional<Bilingual> explained(Path file, Throwable failure) {
        if (failure instanceof StorageException) {
            return Optional.empty();
        }
        String code = code(failure);
        if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
            long seconds = BusyTimeout.millis() / 1000;
            return Optional.of(new Bilingual("数据库 " + file + " 正忙：另一个 jixiao（导入或保存）占用写锁已超过 " + seconds
                    + " 秒。未作任何改动；请等它完成后再试", "the database " + file + " is busy: another jixiao (an import,"
                    + " a save) has held it for more than " + seconds + " seconds. Nothing was changed; try again when it"
                    + " is done"));
        }
        if (code.startsWith("SQLITE_READONLY")) {
            return Optional.of(new Bilingual("数据库 " + file + " 是只读的（文件、文件夹或磁盘只读）：可以查看、导出、打印，不能修改。"
                    + "要修改请换到可写的位置", "the database " + file + " is read-only (the file, its folder or its disk):"
                    + " it can be listed, shown, checked, reported and exported, not changed. Copy it somewhere"
                    + " writable to change it"));
        }
        boolean io = code.startsWith("SQLITE_CANTOPEN") || code.startsWith("SQLITE_IOERR");
        if (code.startsWith("SQLITE_FULL") || WriteFailure.isDiskFull(failure) || io && isNearlyFull(file)) {
            return Optional.of(new Bilingual("数据库 " + file + " 所在的磁盘已满：未作任何改动。请腾出空间后再试", "the disk holding the"
                    + " database " + file + " is full: nothing was changed. Free some space and try again"));
        }
        if (code.startsWith("SQLITE_NOTADB") || code.startsWith("SQLITE_CORRUPT")) {
            return Optional.of(new Bilingual(file + " 不是 jixiao 数据库，或已损坏：请检查 --db 给的文件（可用 db backup 的备份恢复）",
                    file + " is not a jixiao database, or it is damaged: check the file --db names (a backup from"
                            + " db backup restores it)"));
        }
        if (io) {
            return Optional.of(new Bilingual("无法读写数据库 " + file + "（" + code + "）：请检查磁盘和权限",
                    "cannot read or write the database " + file + " (" + code + "): check the disk and the permissions"));
        }
        return Optional.empty();
    }

    /** SQLite's result code, as sqlite-jdbc reports it, or from the message where it only says it there. */
    private static String code(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLiteException sqlite) {
                return sqlite.getResultCode().name();
            }
            String message = String.valueOf(cause.getMessage());
            int start = message.indexOf("[SQLITE_");
            if (start >= 0 && message.indexOf(']', start) > 0) {
                return message.substring(start + 1, message.indexOf(']', start));
            }
        }
        return "";
    }

    /** SQLite cannot always tell a full disk from another I/O failure (it needs room for its shared memory file); the free space can. */
    private static boolean isNearlyFull(Path file) {
        try {
            return Files.getFileStore(file.toAbsolutePath().getParent()).getUsableSpace() < NEARLY_FULL;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
