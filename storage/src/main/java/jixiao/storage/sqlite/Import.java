package jixiao.storage.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.Project;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.rules.RuleSet;

/**
 * One all-or-nothing import, as a pipeline: the caller's thread reads, parses and checks the files
 * and {@link #put}s each project; a thread of the import's own reviews and writes them
 * ({@link ImportWriter}), inside a single transaction that only {@link #commit} makes visible. Closing
 * without committing, a failure on either thread, or a killed process leaves the database exactly as
 * it was. The queue between the threads is short, so memory stays that of a few projects.
 */
public final class Import implements AutoCloseable {

    /** A project the register refused (its key and its code name two stored projects): nothing may be committed. */
    public record Refusal(String source, ProjectKey key, Bilingual why) {
    }

    private record Put(Project project, String source) {
    }

    /** Projects handed over but not yet written: enough to keep the writer busy, few enough to hold. */
    private static final int QUEUE = 64;

    private final Database database;
    private final Connection connection;
    private final ImportWriter writer;
    private final Pipeline<Put> pipeline;
    private boolean finished;
    private boolean committed;

    /** Takes the write lock at once ({@code BEGIN IMMEDIATE}): a writer that holds it past the busy timeout is refused here. */
    Import(Database database, Connection connection, ProjectStore store, Optional<RuleSet> ruleSet) throws SQLException {
        this.database = database;
        this.connection = connection;
        try {
            connection.setAutoCommit(false);
            this.writer = new ImportWriter(connection, store, ruleSet);
        } catch (SQLException | RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing); // the lock that was never had is what the user must hear of
            }
            throw e;
        }
        this.pipeline = new Pipeline<>("jixiao-import", QUEUE, put -> sql(() -> writer.write(put.project(), put.source())));
    }

    /**
     * Hands a project on to be written: added, or replacing the stored one with its key (the old one
     * stays in the history). It is stored with the import's rule set where one was given; else a new
     * project gets national-2020 and a stored one keeps its own. {@code source} names where it came
     * from, for a refusal. Throws what stopped the writing thread (a full disk, say).
     */
    public void put(Project project, String source) {
        pipeline.put(new Put(project, source));
    }

    /** Names a file read into the import, with the SHA-256 of its bytes, in the import's history entry. */
    public void file(Path file) throws IOException {
        writer.file(file.toString(), sha256(file));
    }

    /**
     * Waits until every project put is written, then writes the import's history entry; returns the
     * projects the register refused. The counts are final from here on.
     */
    public List<Refusal> finish() {
        if (!finished) {
            pipeline.finish();
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
            throw new IllegalStateException("an import with refused projects cannot be committed");
        }
        sql(connection::commit);
        committed = true;
    }

    /** Stops the writing thread; without a commit, rolls everything back. */
    @Override
    public void close() {
        try {
            pipeline.close();
            writer.close();
            if (!committed) {
                sql(connection::rollback);
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

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
