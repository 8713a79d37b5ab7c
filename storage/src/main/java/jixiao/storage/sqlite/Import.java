package jixiao.storage.sqlite;

import java.util.Optional;
import jixiao.domain.project.Project;
import jixiao.domain.rules.RuleSet;
import org.jdbi.v3.core.Handle;

/**
 * One all-or-nothing import: projects are written as they arrive, inside a single transaction
 * that only {@link #commit} makes visible. Closing without committing, an exception, or a killed
 * process leaves the database exactly as it was.
 */
public final class Import implements AutoCloseable {

    private final Database database;
    private final Handle handle;
    private final ProjectStore store;
    private final Optional<RuleSet> ruleSet;
    private int added;
    private int replaced;
    private int unchanged;
    private boolean committed;

    /** Takes the write lock at once ({@code BEGIN IMMEDIATE}): a writer that holds it past the busy timeout is refused here. */
    Import(Database database, Handle handle, ProjectStore store, Optional<RuleSet> ruleSet) {
        this.database = database;
        this.handle = handle;
        this.store = store;
        this.ruleSet = ruleSet;
        try {
            handle.begin();
        } catch (RuntimeException e) {
            try {
                handle.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing); // the lock that was never had is what the user must hear of
            }
            throw e;
        }
    }

    /**
     * Adds the project, or replaces the stored one with its key (the old one stays in the history).
     * It is stored with the import's rule set where one was given; else a new project gets
     * national-2020 and a stored one keeps its own.
     */
    public void put(Project project) {
        database.guarded(() -> store.put(handle, project, ruleSet, outcome -> {
            switch (outcome) {
                case ADDED -> added++;
                case REPLACED -> replaced++;
                default -> unchanged++;
            }
        }));
    }

    public int added() {
        return added;
    }

    public int replaced() {
        return replaced;
    }

    /** Projects that were stored exactly so already: nothing written, nothing in the history. */
    public int unchanged() {
        return unchanged;
    }

    public void commit() {
        database.guarded(() -> handle.commit());
        committed = true;
    }

    @Override
    public void close() {
        try {
            if (!committed) {
                handle.rollback();
            }
        } finally {
            handle.close();
        }
    }
}
