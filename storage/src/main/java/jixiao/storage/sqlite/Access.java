package jixiao.storage.sqlite;

import java.nio.file.Files;
import java.nio.file.Path;
import jixiao.domain.language.Bilingual;

/**
 * How a database file can be opened. Read and written, where its file and folder can be; read
 * only where not (a file marked read-only, a folder or disk that is), so that a database handed
 * over on a read-only share can still be listed, reported and exported. Where even the folder is
 * read-only and holds no write-ahead log, nobody can be writing the file, and SQLite is told it is
 * immutable: it then needs no shared-memory file beside it, which it could not create.
 */
enum Access {
    READ_WRITE, READ_ONLY, IMMUTABLE;

    static Access of(Path file) {
        Path folder = file.getParent();
        boolean folderWritable = Files.isWritable(folder);
        if (Files.isWritable(file) && folderWritable) {
            return READ_WRITE;
        }
        boolean logged = Files.exists(file.resolveSibling(file.getFileName() + "-wal"));
        return !folderWritable && !logged ? IMMUTABLE : READ_ONLY;
    }

    boolean writable() {
        return this == READ_WRITE;
    }

    /** The JDBC URL that opens the file so: read-only as a URI, which is how SQLite takes its options. */
    String url(Path file) {
        return switch (this) {
            case READ_WRITE -> "jdbc:sqlite:" + file;
            case READ_ONLY -> "jdbc:sqlite:" + file.toUri() + "?mode=ro";
            case IMMUTABLE -> "jdbc:sqlite:" + file.toUri() + "?mode=ro&immutable=1";
        };
    }

    /** A database an older jixiao wrote needs upgrading, which a read-only one cannot be. */
    void refuseUpgrade(Path file) {
        if (!writable()) {
            throw new StorageException(new Bilingual("数据库 " + file + " 由较早的 jixiao 写成，需要升级，但它是只读的：请先在可写的位置打开一次",
                    "the database " + file + " was written by an earlier jixiao and needs upgrading, but it is"
                            + " read-only: open it once where it can be written"), null);
        }
    }
}
