package jixiao.storage.sqlite;

import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.Project;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.StageRefusedException;
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

    /** Puts a form in as the stage its data shows ({@link ProjectYear#ofForm}), as {@link #put(ProjectYear)} does. */
    public Optional<Bilingual> put(Project project) {
        return put(ProjectYear.ofForm(project));
    }

    /**
     * Adds the project-year, or merges its stages into the stored one with its key ({@link ProjectYear#merge}:
     * a changed stage replaces the stored one, which stays in the history). It is stored with the
     * import's rule set where one was given; else a new year gets national-2020 and a stored one keeps
     * its own. Returns why the stored year refuses it (a stage made read-only by a later one); then
     * nothing of it is written, and the import must not be committed.
     */
    public Optional<Bilingual> put(ProjectYear year) {
        try {
            database.guarded(() -> store.put(handle, year, ruleSet, outcome -> {
                switch (outcome) {
                    case ADDED -> added++;
                    case REPLACED -> replaced++;
                    default -> unchanged++;
                }
            }));
            return Optional.empty();
        } catch (StageRefusedException refused) {
            return Optional.of(refused.explanation());
        }
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
