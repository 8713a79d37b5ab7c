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
import jixiao.domain.language.Bilingual;
import jixiao.domain.register.AuditLog;
import jixiao.domain.register.ProjectFilter;
import jixiao.domain.register.Projects;
import jixiao.domain.rules.RuleSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite file that holds the register. WAL so readers never wait for a writer; a busy timeout
 * and {@code BEGIN IMMEDIATE} so that several writers queue instead of failing with "database is
 * locked"; foreign keys on. Opening brings the schema up to date (and rescores, when it did).
 */
public final class Database {

    /** How long a writer waits for another one (a long import, say) before giving up. */
    static final int BUSY_TIMEOUT_MILLIS = 60_000;
    private static final String NATIVE_FOLDER_PROPERTY = "org.sqlite.tmpdir";

    private final Path file;
    private final SQLiteDataSource source;
    private final ProjectStore store;
    private Jdbi jdbi;

    private Database(Path file, SQLiteDataSource source, ProjectStore store) {
        this.file = file;
        this.source = source;
        this.store = store;
    }

    /** Opens (creating it, readable by its owner only) the database file; the OS user signs changes. */
    public static Database open(Path file) {
        return open(file, Clock.systemUTC(), System.getProperty("user.name", "?"));
    }

    static Database open(Path file, Clock clock, String user) {
        Path absolute = file.toAbsolutePath();
        create(absolute);
        useNativeFolderBeside(absolute);
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + absolute);
        Database database = new Database(absolute, source, new ProjectStore(clock, user));
        boolean upgraded = false;
        try {
            if (!Migrations.upToDate(source)) {
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
        return new Import(jdbi().open(), store, ruleSet);
    }

    /** Rescores the chosen projects, each under its own stored rule set; returns how many results changed. */
    public int recalc(ProjectFilter filter) {
        return jdbi().inTransaction(handle -> {
            int changed = 0;
            for (long id : store.ids(handle, filter)) {
                changed += store.rescore(handle, id) ? 1 : 0;
            }
            return changed;
        });
    }

    /**
     * Stores the chosen projects with {@code ruleSet} from now on and rescores them, in one
     * transaction; each project re-pinned is a new revision, with {@code why} in its history.
     * Returns how many projects changed rule set.
     */
    public int repin(ProjectFilter filter, RuleSet ruleSet, Bilingual why) {
        return jdbi().inTransaction(handle -> {
            int changed = 0;
            for (long id : store.ids(handle, filter)) {
                changed += store.repin(handle, id, ruleSet, why) ? 1 : 0;
            }
            return changed;
        });
    }

    public DatabaseInfo info() throws IOException {
        long bytes = Files.size(file);
        return jdbi().withHandle(handle -> new DatabaseInfo(file, bytes, Migrations.version(handle),
                handle.createQuery("SELECT sqlite_version()").mapTo(String.class).one(),
                handle.createQuery("PRAGMA journal_mode").mapTo(String.class).one(),
                count(handle, "project"), count(handle, "indicator"), count(handle, "change")));
    }

    /** A consistent copy of the database, taken while others may be writing ({@code VACUUM INTO}). */
    public void backup(Path target) {
        if (Files.exists(target)) {
            throw new StorageException(new Bilingual("备份文件已存在：" + target + "（不会覆盖）",
                    "the backup file exists: " + target + " (it is never overwritten)"), null);
        }
        jdbi().useHandle(handle -> handle.createUpdate("VACUUM INTO :target")
                .bind("target", target.toAbsolutePath().toString()).execute());
    }

    /** Whether SQLite finds the file sound; the list is empty when it does. */
    public List<String> integrityProblems() {
        List<String> result = jdbi().withHandle(handle ->
                handle.createQuery("PRAGMA integrity_check").mapTo(String.class).list());
        return result.equals(List.of("ok")) ? List.of() : result;
    }

    private static long count(Handle handle, String table) {
        return handle.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one();
    }

    private static void create(Path file) {
        try {
            Files.createDirectories(file.getParent());
            if (Files.notExists(file)) {
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } else {
                    Files.createFile(file);
                }
            }
        } catch (IOException e) {
            throw new StorageException(new Bilingual("无法创建数据库文件 " + file + "：" + e.getMessage(),
                    "cannot create the database file " + file + ": " + e.getMessage()), e);
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
            Files.createDirectories(folder);
            System.setProperty(NATIVE_FOLDER_PROPERTY, folder.toString());
        } catch (IOException e) {
            // Not fatal: sqlite-jdbc falls back to java.io.tmpdir, and cannotOpen explains if that fails.
        }
    }

    private static StorageException cannotOpen(Path file, Throwable e) {
        String reason = String.valueOf(e.getMessage());
        if (reason.contains("NativeLibrary") || e instanceof UnsatisfiedLinkError) {
            String folder = System.getProperty(NATIVE_FOLDER_PROPERTY, System.getProperty("java.io.tmpdir"));
            return new StorageException(new Bilingual(
                    "无法加载 SQLite 本地库（解压到 " + folder + "）：该目录可能不允许执行程序（noexec）。"
                            + "请用 -D" + NATIVE_FOLDER_PROPERTY + "=可执行的目录 启动",
                    "cannot load SQLite's native library (unpacked into " + folder + "): that folder may be"
                            + " mounted noexec. Start with -D" + NATIVE_FOLDER_PROPERTY + "=an executable folder"), e);
        }
        return new StorageException(new Bilingual("无法打开数据库 " + file + "：" + reason,
                "cannot open the database " + file + ": " + reason), e);
    }
}
