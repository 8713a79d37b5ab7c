package jixiao.storage.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.Project;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.register.Change;
import jixiao.domain.register.KeyTakenException;
import jixiao.domain.register.MissingProjectException;
import jixiao.domain.register.ProjectFilter;
import jixiao.domain.register.ProjectSummary;
import jixiao.domain.register.Revision;
import jixiao.domain.register.StaleRevisionException;
import jixiao.domain.register.StoredProject;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.rules.RuleSets;
import org.jdbi.v3.core.Handle;

/**
 * What the register does, on a handle the caller holds (and whose transaction it owns), so that
 * single edits and whole imports share one implementation: each write goes to the project's rows,
 * pins its rule set, caches its scores under that set, and is recorded in the history.
 */
final class ProjectStore {

    private final StoredRuleSets ruleSets = new StoredRuleSets();
    private final CachedScores scores = new CachedScores();
    private final ProjectTable projects = new ProjectTable(scores);
    private final ChangeTable changes = new ChangeTable();
    private final Clock clock;
    private final String user;

    ProjectStore(Clock clock, String user) {
        this.clock = clock;
        this.user = user;
    }

    List<ProjectSummary> list(Connection connection, ProjectFilter filter) throws SQLException {
        return projects.list(connection, filter).stream().map(SummaryRow::toDomain).toList();
    }

    /** One stored project, read in plain JDBC (docs/benchmarks.md) on a connection whose transaction the caller owns. */
    Optional<StoredProject> find(Connection connection, long id) throws SQLException {
        Optional<ProjectRow> found = projects.row(connection, id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ProjectRow row = found.get();
        return Optional.of(new StoredProject(row.id(), row.toRevision(), ruleSets.find(connection, row.ruleSetId()),
                projects.project(connection, row)));
    }

    Optional<StoredProject> find(Connection connection, ProjectKey key) throws SQLException {
        Optional<Long> id = projects.idOf(connection, key);
        return id.isEmpty() ? Optional.empty() : find(connection, id.get());
    }

    /** The same, inside a JDBI transaction (a write's), on its connection. */
    Optional<StoredProject> find(Handle handle, long id) {
        return read(handle, connection -> find(connection, id));
    }

    Optional<StoredProject> find(Handle handle, ProjectKey key) {
        return read(handle, connection -> find(connection, key));
    }

    List<Long> ids(Handle handle, ProjectFilter filter) {
        return projects.ids(handle, filter);
    }

    /** What putting a project did. */
    enum Outcome { ADDED, REPLACED, UNCHANGED }

    /** Adds the project, or replaces the one with its key; either way the history records it. */
    StoredProject put(Handle handle, Project project, RuleSet rules) {
        return put(handle, project, Optional.of(rules), outcome -> { });
    }

    /**
     * As {@link #put(Handle, Project, RuleSet)}, with the rule set given, or none: then a new project
     * is stored with national-2020 and a stored one keeps its own, as an edit does.
     */
    StoredProject put(Handle handle, Project project, Optional<RuleSet> given, Consumer<Outcome> told) {
        Optional<Long> byCode = projects.idByCode(handle, project.key());
        Optional<Long> byName = projects.idByName(handle, project.key());
        if (byCode.isPresent() && byName.isPresent() && !byCode.equals(byName)) {
            throw read(handle, connection -> taken(connection, project.key(), byCode.get(), true));
        }
        Optional<StoredProject> existing = byCode.or(() -> byName).flatMap(id -> find(handle, id));
        if (existing.isPresent()) {
            Optional<Replaced> replaced = replaceIfChanged(handle, existing.get(), project, given);
            if (replaced.isEmpty()) {
                told.accept(Outcome.UNCHANGED);
                return existing.get();
            }
            told.accept(Outcome.REPLACED);
            return record(handle, replaced.get());
        }
        told.accept(Outcome.ADDED);
        RuleSet rules = given.orElse(RuleSets.national2020());
        Revision revision = new Revision(1, now(), user);
        long ruleSetId = ruleSets.pin(handle, rules);
        long id = projects.insert(handle, project, ruleSetId, rules, revision);
        changes.record(handle, revision.savedAt(), user,
                ChangeTable.of(Change.Action.INSERT, id, project.key(), null, null, project, ruleSetId));
        return new StoredProject(id, revision, rules, project);
    }

    /** A stored project replaced: as it was, as it is now, and the ids of the rule sets it had and has. */
    record Replaced(StoredProject old, StoredProject now, long rulesBefore, long rulesAfter) {
    }

    /**
     * Writes {@code project} over the stored one, with the rule set given or else the stored one's;
     * empty, and nothing written, when it was stored exactly so already (importing the same file twice
     * changes nothing). The caller records the change: a put its own, an import in its one entry.
     */
    Optional<Replaced> replaceIfChanged(Handle handle, StoredProject old, Project project, Optional<RuleSet> given) {
        RuleSet rules = given.orElse(old.ruleSet());
        if (old.project().equals(project) && old.ruleSet().equals(rules)) {
            return Optional.empty();
        }
        return Optional.of(write(handle, old, project, rules));
    }

    /** The results a project's row caches under {@code rules}. */
    CachedScores.Results results(Project project, RuleSet rules) {
        return scores.of(project, rules);
    }

    /** Plain JDBC for an import: the id of the row holding {@code rules}, adding it where there is none. */
    long pin(Connection connection, RuleSet rules) throws SQLException {
        return ruleSets.pin(connection, rules);
    }

    /** A revision 1 made now by this store's user: a new project's. */
    Revision firstRevision() {
        return new Revision(1, now(), user);
    }

    /** An edit keeps the project's rule set. */
    StoredProject update(Handle handle, long id, Revision editedFrom, Project changed) {
        StoredProject stored = current(handle, id, editedFrom);
        return record(handle, write(handle, stored, changed, stored.ruleSet()));
    }

    void delete(Handle handle, long id, Revision editedFrom) {
        StoredProject stored = current(handle, id, editedFrom);
        projects.delete(handle, id);
        changes.record(handle, now(), user, ChangeTable.of(Change.Action.DELETE, id, stored.project().key(),
                stored.project(), ruleSets.pin(handle, stored.ruleSet()), null, null));
    }

    /**
     * Scores a project under another rule set from now on: a trainer's or a reviewer's decision,
     * so it is a new revision and in the history. False when the project already had that set.
     */
    boolean repin(Handle handle, long id, RuleSet rules, Bilingual why) {
        StoredProject stored = find(handle, id).orElseThrow(() -> new MissingProjectException("#" + id));
        if (stored.ruleSet().equals(rules)) {
            return false;
        }
        Revision revision = new Revision(stored.revision().number() + 1, now(), user);
        long was = ruleSets.pin(handle, stored.ruleSet());
        long is = ruleSets.pin(handle, rules);
        projects.repin(handle, id, stored.project(), is, rules, revision);
        changes.record(handle, revision.savedAt(), user, new ChangeTable.Entry(Change.Action.UPDATE, id,
                stored.project().key(), stored.project(), was, stored.project(), is, why));
        return true;
    }

    /** Rescores one project under its own rule set; true when its cached result changed. */
    boolean rescore(Handle handle, long id) {
        StoredProject stored = find(handle, id).orElseThrow(() -> new MissingProjectException("#" + id));
        return scores.refresh(handle, id, stored.project(), stored.ruleSet());
    }

    /** The stored project, provided it is still at the revision the edit started from. */
    private StoredProject current(Handle handle, long id, Revision editedFrom) {
        StoredProject stored = find(handle, id).orElseThrow(() -> new MissingProjectException("#" + id));
        if (stored.revision().number() != editedFrom.number()) {
            throw new StaleRevisionException(stored.project().key().toString(), editedFrom, stored.revision());
        }
        return stored;
    }

    /** A project that another stored one already names, by code or by year, unit and name. */
    KeyTakenException taken(Connection connection, ProjectKey key, long other, boolean byCode) throws SQLException {
        String named = projects.row(connection, other).map(row -> "#" + other + " (" + row.year() + " " + row.unit() + " "
                + row.name() + ")").orElse("#" + other);
        return new KeyTakenException(key, byCode, named);
    }

    /** An edit may not give a project the key or the code of another stored project. */
    private void refuseTaken(Handle handle, long id, ProjectKey key) {
        Optional<Long> byCode = projects.idByCode(handle, key).filter(other -> other != id);
        if (byCode.isPresent()) {
            throw read(handle, connection -> taken(connection, key, byCode.get(), true));
        }
        Optional<Long> byName = projects.idByName(handle, key).filter(other -> other != id);
        if (byName.isPresent()) {
            throw read(handle, connection -> taken(connection, key, byName.get(), false));
        }
    }

    /** Writes the project over the stored one, whatever it was: a new revision. */
    private Replaced write(Handle handle, StoredProject old, Project project, RuleSet rules) {
        refuseTaken(handle, old.id(), project.key());
        Revision revision = new Revision(old.revision().number() + 1, now(), user);
        long was = ruleSets.pin(handle, old.ruleSet());
        long is = ruleSets.pin(handle, rules);
        projects.replace(handle, old.id(), project, is, rules, revision);
        return new Replaced(old, new StoredProject(old.id(), revision, rules, project), was, is);
    }

    /** A replacement's own change in the history. */
    private StoredProject record(Handle handle, Replaced done) {
        StoredProject now = done.now();
        changes.record(handle, now.revision().savedAt(), user, ChangeTable.of(Change.Action.UPDATE, now.id(),
                now.project().key(), done.old().project(), done.rulesBefore(), now.project(), done.rulesAfter()));
        return now;
    }

    private static <T> T read(Handle handle, PlainQuery.Read<T> read) {
        try {
            return read.from(handle.getConnection());
        } catch (SQLException e) {
            throw new StorageException(new Bilingual("无法读取数据库：" + e.getMessage(),
                    "cannot read the database: " + e.getMessage()), e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
