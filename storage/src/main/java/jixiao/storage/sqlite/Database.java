package jixiao.storage.sqlite;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import jixiao.domain.language.Bilingual;
import jixiao.domain.register.AuditLog;
import jixiao.domain.register.ProjectFilter;
import jixiao.domain.register.Projects;
import jixiao.domain.rules.RuleSet;
import jixiao.storage.file.FileHead;
import jixiao.storage.file.Overwrite;
import jixiao.storage.file.SafeFile;
import jixiao.storage.file.WriteFailure;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite file that holds the register. WAL so readers never wait for a writer; a busy timeout
 * ({@link BusyTimeout}) and {@code BEGIN IMMEDIATE} so that several writers queue instead of failing
 * with "database is locked"; foreign keys on. Opening brings the schema up to date (and rescores,
 * when it did).
 *
 * <p>A database that cannot be written (its file, folder or disk is read-only) opens read-only
 * ({@link Access}): it lists, shows, checks, reports, exports and backs up; a change is refused
 * saying why. A file that is not a database is never made one; an empty file is, and
 * {@link #created()} says so. SQLite's refusals reach the user as {@link DatabaseFailure}s.
 */
public final class Database {

    private static final String NATIVE_FOLDER_PROPERTY = "org.sqlite.tmpdir";
    /** Room the native library needs to be unpacked (it is about 2 MB), and to spare. */
    private static final long NATIVE_ROOM = 16L * 1024 * 1024;

    private final Path file;
    private final SQLiteDataSource source;
    private final ProjectStore store;
    private final boolean created;
    private Jdbi jdbi;

    private Database(Path file, SQLiteDataSource source, ProjectStore store, boolean created) {
        this.file = file;
        this.source = source;
        this.store = store;
        this.created = created;
    }

    /** Opens (creating it, readable by its owner only) the database file; the OS user signs changes. */
    public static Database open(Path file) {
        return open(file, Clock.systemUTC(), System.getProperty("user.name", "?"));
    }

    static Database open(Path file, Clock clock, String user) {
        Path absolute = file.toAbsolutePath();
        boolean created = create(absolute);
        return open(absolute, clock, user, Access.of(absolute), created);
    }

    /** Opens the file as {@code access} says; tests choose it, as root finds every file writable. */
    static Database open(Path absolute, Clock clock, String user, Access access, boolean created) {
        if (access.writable()) {
            useNativeFolderBeside(absolute);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BusyTimeout.millis());
        config.enforceForeignKeys(true);
        if (access.writable()) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        } else {
            config.setReadOnly(true);
        }
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl(access.url(absolute));
        Database database = new Database(absolute, source, new ProjectStore(clock, user), created);
        boolean upgraded = false;
        try {
            if (!Migrations.upToDate(source)) {
                access.refuseUpgrade(absolute);
                upgraded = Migrations.apply(database.jdbi(), new Migration.Upgrade(absolute.getParent(),
                        clock.instant().truncatedTo(ChronoUnit.MILLIS), user));
            }
        } catch (SQLException | JdbiException | UnsatisfiedLinkError e) {
            throw cannotOpen(absolute, e);
        }
        if (upgraded) {
            database.recalc(ProjectFilter.ALL); // the cached scores, from the rule sets now stored
        }
        return database;
    }

    /** Whether opening made a new database: the file was missing, or empty. */
    public boolean created() {
        return created;
    }

    /** Runs storage work, turning SQLite's refusals (busy, read-only, disk full) into what the user can act on. */
    <T> T guarded(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw DatabaseFailure.translated(file, e);
        }
    }

    /**
     * JDBI, set up when something first needs more than a plain query: its set-up (hundreds of
     * classes, its SQL parser) was most of a {@code list} (docs/benchmarks.md).
     */
    synchronized Jdbi jdbi() {
        if (jdbi == null) {
            jdbi = Jdbi.create(source);
        }
        return jdbi;
    }

    /** A connection of its own, with the settings above, for a plain JDBC read. */
    Connection connection() throws SQLException {
        return source.getConnection();
    }

    public Path file() {
        return file;
    }

    public Projects projects() {
        return new SqliteProjects(this, store);
    }

    public AuditLog auditLog() {
        return new SqliteAuditLog(jdbi());
    }

    /**
     * Starts an all-or-nothing import; the projects it puts are stored with {@code ruleSet}, or,
     * where none is given, new ones with national-2020 while stored ones keep their own.
     */
    public Import startImport(Optional<RuleSet> ruleSet) {
        return guarded(() -> new Import(this, jdbi().open(), store, ruleSet));
    }

    /** Rescores the chosen projects, each under its own stored rule set; returns how many results changed. */
    public int recalc(ProjectFilter filter) {
        return guarded(() -> jdbi().inTransaction(handle -> {
            int changed = 0;
            for (long id : store.ids(handle, filter)) {
                changed += store.rescore(handle, id) ? 1 : 0;
            }
            return changed;
        }));
    }

    /**
     * Stores the chosen projects with {@code ruleSet} from now on and rescores them, in one
     * transaction; each project re-pinned is a new revision, with {@code why} in its history.
     * Returns how many projects changed rule set.
     */
    public int repin(ProjectFilter filter, RuleSet ruleSet, Bilingual why) {
        return guarded(() -> jdbi().inTransaction(handle -> {
            int changed = 0;
            for (long id : store.ids(handle, filter)) {
                changed += store.repin(handle, id, ruleSet, why) ? 1 : 0;
            }
            return changed;
        }));
    }

    public DatabaseInfo info() throws IOException {
        long bytes = Files.size(file);
        return guarded(() -> jdbi().withHandle(handle -> new DatabaseInfo(file, bytes, Migrations.version(handle),
                handle.createQuery("SELECT sqlite_version()").mapTo(String.class).one(),
                handle.createQuery("PRAGMA journal_mode").mapTo(String.class).one(),
                count(handle, "project"), count(handle, "indicator"), count(handle, "change"))));
    }

    /**
     * A consistent copy of the database, taken while others may be writing ({@code VACUUM INTO}),
     * through {@link SafeFile}: made under a temporary name, checked by SQLite's integrity check, and
     * only then given its name, which must be new. A failed or killed backup leaves no file of that
     * name, only a hidden {@code .part} at most. Returns the backup as an absolute path.
     */
    public Path backup(Path target) {
        return SafeFile.place(target, Overwrite.NEVER, copy -> {
            try {
                jdbi().useHandle(handle -> handle.createUpdate("VACUUM INTO :target")
                        .bind("target", copy.toString()).execute());
            } catch (JdbiException e) {
                throw new IOException(e.getMessage(), e);
            }
            List<String> problems = Backup.integrityProblems(copy);
            if (!problems.isEmpty()) {
                throw new IOException("the copy failed SQLite's integrity check: " + problems.get(0));
            }
        });
    }

    /** Whether SQLite finds the file sound; the list is empty when it does. */
    public List<String> integrityProblems() {
        List<String> result = guarded(() -> jdbi().withHandle(handle ->
                handle.createQuery("PRAGMA integrity_check").mapTo(String.class).list()));
        return result.equals(List.of("ok")) ? List.of() : result;
    }

    private static long count(Handle handle, String table) {
        return handle.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one();
    }

    /**
     * Creates the file (readable by its owner only) where there is none; refuses one that is not a
     * database, which SQLite would otherwise fail on, or worse, take over. Returns whether the
     * database is new: the file was missing, or empty.
     */
    private static boolean create(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new StorageException(new Bilingual(file + " 是一个文件夹：--db 应给出数据库文件", file
                        + " is a folder: --db names the database file"), null);
            }
            if (Files.exists(file)) {
                if (Files.size(file) > 0 && !FileHead.isDatabase(file)) {
                    throw new StorageException(new Bilingual(file + " 不是 jixiao 数据库：--db 应给出数据库文件（要读入这个文件，请用 import）",
                            file + " is not a jixiao database: --db names the database file (to read this file in, use"
                                    + " import)"), null);
                }
                return Files.size(file) == 0;
            }
            Files.createDirectories(file.getParent());
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            return true;
        } catch (IOException e) {
            throw new StorageException(WriteFailure.explain(file, e).explanation(), e);
        }
    }

    /**
     * sqlite-jdbc unpacks its native library into the temp folder, which locked-down machines
     * often mount noexec; a folder beside the database is the user's own. An explicit setting wins.
     */
    private static void useNativeFolderBeside(Path file) {
        if (System.getProperty(NATIVE_FOLDER_PROPERTY) != null) {
            return;
        }
        Path folder = file.getParent().resolve(".native");
        try {
            if (Files.getFileStore(file.getParent()).getUsableSpace() < NATIVE_ROOM) {
                return; // a nearly full disk would take a cut-off library; the temp folder may have room
            }
            Files.createDirectories(folder);
            System.setProperty(NATIVE_FOLDER_PROPERTY, folder.toString());
        } catch (IOException e) {
            // Not fatal: sqlite-jdbc falls back to java.io.tmpdir, and cannotOpen explains if that fails.
        }
    }

    private static boolean nativeLibraryMissing(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (String.valueOf(cause.getMessage()).contains("NativeLibrary") || cause instanceof UnsatisfiedLinkError
                    || cause.getClass().getSimpleName().startsWith("NativeLibrary")) {
                return true;
            }
        }
        return false;
    }

    private static long usableSpace(Path folder) {
        try {
            return Files.getFileStore(Files.exists(folder) ? folder : folder.getParent()).getUsableSpace();
        } catch (IOException | RuntimeException e) {
            return Long.MAX_VALUE;
        }
    }

    private static StorageException cannotOpen(Path file, Throwable e) {
        String reason = String.valueOf(e.getMessage());
        if (nativeLibraryMissing(e)) {
            String folder = System.getProperty(NATIVE_FOLDER_PROPERTY, System.getProperty("java.io.tmpdir"));
            if (WriteFailure.isDiskFull(e) || usableSpace(Path.of(folder)) < NATIVE_ROOM) {
                return new StorageException(new Bilingual("无法把 SQLite 本地库解压到 " + folder + "：磁盘已满。请腾出空间后再试",
                        "cannot unpack SQLite's native library into " + folder + ": the disk is full. Free some space"
                                + " and try again"), e);
            }
            return new StorageException(new Bilingual(
                    "无法加载 SQLite 本地库（解压到 " + folder + "）：该目录可能不允许执行程序（noexec）。"
                            + "请用 -D" + NATIVE_FOLDER_PROPERTY + "=可执行的目录 启动",
                    "cannot load SQLite's native library (unpacked into " + folder + "): that folder may be"
                            + " mounted noexec. Start with -D" + NATIVE_FOLDER_PROPERTY + "=an executable folder"), e);
        }
        return new StorageException(DatabaseFailure.explained(file, e).orElse(new Bilingual("无法打开数据库 " + file
                + "：" + reason, "cannot open the database " + file + ": " + reason)), e);
    }
}
