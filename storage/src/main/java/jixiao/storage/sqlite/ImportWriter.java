package jixiao.storage.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.register.KeyTakenException;
import jixiao.domain.register.Revision;
import jixiao.domain.register.StoredProject;
import jixiao.domain.review.StageReviewer;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.rules.RuleSets;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.StageRefusedException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.Jdbi;

/**
 * The writing side of an {@link Import}, on the import's own thread: each project-year reviewed for
 * its cached results and written in plain JDBC, on the import's connection and in its transaction. A
 * new year (the common case) costs no query: the keys are preloaded ({@link ImportKeys}), the rule set
 * pinned once, the year's project, stage, funding and indicator rows batched
 * ({@link ImportStatements}), the history one entry ({@link ImportEntry}). A year stored already is
 * merged as a put merges it ({@link ProjectStore#merge}), through JDBI on the same connection, set up
 * the first time one is needed.
 */
final class ImportWriter implements AutoCloseable {

    private final Connection connection;
    private final ProjectStore store;
    private final Optional<RuleSet> given;
    /** New projects' rule set, its reviewer and its row: the same for every one of them. */
    private final RuleSet rules;
    private final StageReviewer reviewer;
    private final ImportKeys keys;
    private final ImportStatements statements;
    private final ImportEntry entry;
    private final List<Import.Refusal> refusals = new ArrayList<>();
    private Long rulesId;
    private Handle handle;
    private int added;
    private int replaced;
    private int unchanged;

    ImportWriter(Connection connection, ProjectStore store, Optional<RuleSet> given) throws SQLException {
        this.connection = connection;
        this.store = store;
        this.given = given;
        this.rules = given.orElse(RuleSets.national2020());
        this.reviewer = new StageReviewer(rules);
        this.keys = ImportKeys.load(connection);
        Revision added = store.firstRevision(); // every year the import adds, at the moment its history entry names
        this.statements = new ImportStatements(connection, added);
        this.entry = new ImportEntry(connection, added.savedAt(), added.savedBy());
    }

    /**
     * Adds the year, or merges it into the stored one with its key; a key and code naming two stored
     * years, or a stage the stored year has made read-only, is refused and nothing of it written.
     */
    void write(ProjectYear year, String source) throws SQLException {
        ProjectKey key = year.key();
        Optional<Long> byCode = keys.byCode(key);
        Optional<Long> byName = keys.byName(key);
        if (byCode.isPresent() && byName.isPresent() && !byCode.equals(byName)) {
            KeyTakenException taken = store.taken(connection, key, byCode.get(), true);
            refusals.add(new Import.Refusal(source, key, taken.explanation()));
            return;
        }
        Optional<Long> stored = byCode.or(() -> byName);
        if (stored.isEmpty()) {
            add(year);
        } else {
            merge(stored.get(), year, source);
        }
    }

    void file(String path, String sha256) {
        entry.file(path, sha256);
    }

    /** Writes what is batched, and the history entry. */
    void finish() throws SQLException {
        statements.flush();
        entry.finish();
    }

    List<Import.Refusal> refusals() {
        return List.copyOf(refusals);
    }

    int added() {
        return added;
    }

    int replaced() {
        return replaced;
    }

    int unchanged() {
        return unchanged;
    }

    @Override
    public void close() {
        try (statements; entry) {
            if (handle != null) {
                handle.close();
            }
        } catch (SQLException e) {
            // The import commits or rolls back its transaction; closing its statements loses nothing.
        }
    }

    private void add(ProjectYear year) throws SQLException {
        if (rulesId == null) {
            rulesId = store.pin(connection, rules);
        }
        long id = statements.insert(year, rulesId, CachedScores.of(year, reviewer));
        keys.add(id, year.key());
        entry.added(id, rulesId);
        added++;
    }

    private void merge(long id, ProjectYear year, String source) throws SQLException {
        statements.flush(); // what is batched is in the tables before JDBI reads or writes them
        StoredProject old = store.find(connection, id).orElseThrow(() -> new SQLException("no project row " + id));
        try {
            Optional<ProjectStore.Replaced> merged = store.merge(handle(), old, year, given);
            if (merged.isEmpty()) {
                unchanged++;
                return;
            }
            statements.afterMerge(connection);
            ProjectStore.Replaced done = merged.get();
            keys.move(id, old.year().key(), done.now().year().key());
            entry.replaced(id, done.stage(), old.year(), done.rulesBefore(), done.rulesAfter());
            replaced++;
        } catch (KeyTakenException taken) {
            refusals.add(new Import.Refusal(source, year.key(), taken.explanation()));
        } catch (StageRefusedException refused) {
            refusals.add(new Import.Refusal(source, year.key(), refused.explanation()));
        }
    }

    /** JDBI on the import's connection: the transaction is the import's, which JDBI must leave alone. */
    private Handle handle() {
        if (handle == null) {
            Jdbi jdbi = Jdbi.create(connection);
            jdbi.getConfig(Handles.class).setForceEndTransactions(false);
            handle = jdbi.open();
        }
        return handle;
    }
}
