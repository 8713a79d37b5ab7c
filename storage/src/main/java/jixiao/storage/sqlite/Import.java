package jixiao.storage.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.Project;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.stage.ProjectYear;

/**
 * One all-or-nothing import, as a pipeline: the caller's thread reads, parses and checks the files
 * and {@link #put}s each project-year; a thread of the import's own reviews and writes them
 * ({@link ImportWriter}), inside a single transaction that only {@link #commit} makes visible. Closing
 * without committing, a failure on either thread, or a killed process leaves the database exactly as
 * it was. Years cross in batches and only a few wait, so memory stays that of a few thousand indicators.
 */
public final class Import implements AutoCloseable {

    /**
     * A year the register refused: its key and its code name two stored years, or it brings a stage the
     * stored year has made read-only. Nothing of it is written, and the import may not be committed.
     */
    public record Refusal(String source, ProjectKey key, Bilingual why) {
    }

    private record Put(ProjectYear year, String source) {
    }

    /**
     * Years cross to the writer in batches of about this many indicators (a year weighs one more than
     * it has), at most {@link #BATCHES} of them waiting: enough to keep the writer busy, little enough
     * to hold.
     */
    private static final int BATCH_WEIGHT = 1024;
    private static final int BATCHES = 4;

    private final Pipeline<Put> pipeline;
    /** Set on the writing thread as it gets ready, read on the caller's once it has finished. */
    private volatile Database database;
    private volatile Connection connection;
    private volatile ImportWriter writer;
    private final List<ImportEntry.File> files = new ArrayList<>();
    private boolean finished;
    private boolean committed;

    private Import(Supplier<Database> opening, Optional<RuleSet> ruleSet) {
        this.pipeline = new Pipeline<>("jixiao-import", BATCHES, Import::weight, BATCH_WEIGHT,
                () -> open(opening, ruleSet),
                put -> sql(() -> writer.write(put.year(), put.source())));
    }

    private static int weight(Put put) {
        return 1 + put.year().latestForm().indicators().size();
    }

    /**
     * Starts an import: its writing thread opens the database and takes the write lock
     * ({@code BEGIN IMMEDIATE}) while the caller already reads. A database that cannot be opened, or a
     * writer that holds the lock past the busy timeout, is refused at the first {@link #put} or at
     * {@link #finish}, and nothing is written.
     */
    public static Import start(Supplier<Database> opening, Optional<RuleSet> ruleSet) {
        return new Import(opening, ruleSet);
    }

    private void open(Supplier<Database> opening, Optional<RuleSet> ruleSet) {
        database = opening.get();
        try {
            connection = database.connection();
        } catch (SQLException e) {
            throw DatabaseFailure.translated(database.file(), e, new Bilingual("无法开始导入 " + database.file() + "："
                    + e.getMessage(), "cannot start an import into " + database.file() + ": " + e.getMessage()));
        }
        sql(() -> {
            connection.setAutoCommit(false);
            writer = database.importWriter(connection, ruleSet);
        });
    }

    /**
     * Hands a year on to be written: added, or merged into the stored one with its key
     * ({@link ProjectYear#merge}: a changed stage replaces the stored one, which stays in the history).
     * It is stored with the import's rule set where one was given; else a new year gets national-2020
     * and a stored one keeps its own. {@code source} names where it came from, for a refusal. Throws
     * what stopped the writing thread (a full disk, say).
     */
    public void put(ProjectYear year, String source) {
        pipeline.put(new Put(year, source));
    }

    /** Puts a form in as the stage its data shows ({@link ProjectYear#ofForm}), as {@link #put(ProjectYear, String)} does. */
    public void put(Project form, String source) {
        put(ProjectYear.ofForm(form), source);
    }

    /** Names a file read into the import in its history entry, with the SHA-256 of its bytes as read. */
    public void file(Path file, String sha256) {
        files.add(new ImportEntry.File(file.toString(), sha256));
    }

    /**
     * Waits until every year put is written, then writes the import's history entry; returns the
     * years the register refused. The counts are final from here on.
     */
    public List<Refusal> finish() {
        if (!finished) {
            pipeline.finish();
            files.forEach(file -> writer.file(file.path(), file.sha256()));
            sql(writer::finish);
            finished = true;
        }
        return writer.refusals();
    }

    public int added() {
        return writer.added();
    }

    public int replaced() {
        return writer.replaced();
    }

    /** Projects that were stored exactly so already: nothing written, nothing in the history. */
    public int unchanged() {
        return writer.unchanged();
    }

    /** Makes the import visible: only an import whose {@link #finish} refused nothing may be. */
    public void commit() {
        if (!finish().isEmpty()) {
            throw new IllegalStateException("an import with refused years cannot be committed");
        }
        sql(connection::commit);
        committed = true;
    }

    /** Stops the writing thread; without a commit, rolls everything back. */
    @Override
    public void close() {
        pipeline.close();
        if (connection == null) {
            return; // the database never opened: nothing to undo
        }
        try {
            if (writer != null) { // the transaction began
                writer.close();
                if (!committed) {
                    sql(connection::rollback);
                }
            }
        } finally {
            try {
                connection.close(); // SQLite rolls back whatever is still open
            } catch (SQLException e) {
                // nothing was committed that closing could lose
            }
        }
    }

    /** Work on the database. */
    @FunctionalInterface
    private interface Work {
        void run() throws SQLException;
    }

    /** Runs the work, SQLite's refusals (busy, read-only, disk full) said as the user can act on them. */
    private void sql(Work work) {
        try {
            work.run();
        } catch (SQLException e) {
            throw DatabaseFailure.translated(database.file(), e, new Bilingual("无法写入数据库 " + database.file() + "："
                    + e.getMessage(), "cannot write the database " + database.file() + ": " + e.getMessage()));
        } catch (RuntimeException e) {
            throw DatabaseFailure.translated(database.file(), e);
        }
    }
}
