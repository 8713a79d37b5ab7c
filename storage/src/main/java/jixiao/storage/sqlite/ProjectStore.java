package jixiao.storage.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
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
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.Stage;
import jixiao.domain.stage.StageKind;
import org.jdbi.v3.core.Handle;

/**
 * What the register does, on a handle the caller holds (and whose transaction it owns), so that
 * single edits and whole imports share one implementation: each write goes to the year's rows and
 * the stages that changed, pins its rule set, caches its results under that set, and is recorded in
 * the history with the stage it concerned.
 */
final class ProjectStore {

    /**
     * A change to a stored year: what was done, to which stage of it (as stored), why where the action
     * does not say, and how.
     */
    record Edit(Change.Action action, Function<ProjectYear, Optional<StageKind>> stage, Bilingual note,
            UnaryOperator<ProjectYear> how) {

        /** A change to one stage. */
        static Edit of(Change.Action action, StageKind stage, Bilingual note, UnaryOperator<ProjectYear> how) {
            return new Edit(action, year -> Optional.of(stage), note, how);
        }

        /** An edit of the latest stage's form. */
        static Edit latest(Project changed) {
            return new Edit(Change.Action.UPDATE, year -> Optional.of(year.latest().kind()), ChangeTable.NO_NOTE,
                    year -> year.withLatestForm(changed));
        }
    }

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
                projects.year(connection, row)));
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

    /** What putting a year did. */
    enum Outcome { ADDED, REPLACED, UNCHANGED }

    /** Adds the year, or merges it into the one with its key; either way the history records it. */
    StoredProject put(Handle handle, ProjectYear year, RuleSet rules) {
        return put(handle, year, Optional.of(rules), outcome -> { });
    }

    /**
     * As {@link #put(Handle, ProjectYear, RuleSet)}, with the rule set given, or none: then a new year
     * is stored with national-2020 and a stored one keeps its own, as an edit does. A merge the year
     * refuses ({@link ProjectYear#merge}) throws and writes nothing.
     */
    StoredProject put(Handle handle, ProjectYear year, Optional<RuleSet> given, Consumer<Outcome> told) {
        Optional<Long> byCode = projects.idByCode(handle, year.key());
        Optional<Long> byName = projects.idByName(handle, year.key());
        if (byCode.isPresent() && byName.isPresent() && !byCode.equals(byName)) {
            throw taken(handle, year.key(), byCode.get(), true);
        }
        Optional<StoredProject> existing = byCode.or(() -> byName).flatMap(id -> find(handle, id));
        RuleSet rules = given.or(() -> existing.map(StoredProject::ruleSet)).orElse(RuleSets.national2020());
        if (existing.isPresent()) {
            StoredProject old = existing.get();
            ProjectYear merged = old.year().merge(year);
            // Importing the same file twice changes nothing and adds nothing to the history.
            if (merged.equals(old.year()) && old.ruleSet().equals(rules)) {
                told.accept(Outcome.UNCHANGED);
                return old;
            }
            told.accept(Outcome.REPLACED);
            return write(handle, old, new Edit(Change.Action.UPDATE, stored -> onlyChanged(stored, merged),
                    ChangeTable.NO_NOTE, stored -> merged), rules);
        }
        told.accept(Outcome.ADDED);
        Revision revision = new Revision(1, now(), user);
        long ruleSetId = ruleSets.pin(handle, rules);
        long id = projects.insert(handle, year, ruleSetId, rules, revision);
        changes.record(handle, revision.savedAt(), user, new ChangeTable.Entry(Change.Action.INSERT, id, Optional.empty(),
                year.key(), null, null, year, ruleSetId, ChangeTable.NO_NOTE));
        return new StoredProject(id, revision, rules, year);
    }

    /** A change to a stored year, started from {@code editedFrom}; it keeps the year's rule set. */
    StoredProject change(Handle handle, long id, Revision editedFrom, Edit edit) {
        StoredProject stored = current(handle, id, editedFrom);
        return write(handle, stored, edit, stored.ruleSet());
    }

    void delete(Handle handle, long id, Revision editedFrom) {
        StoredProject stored = current(handle, id, editedFrom);
        projects.delete(handle, id);
        changes.record(handle, now(), user, new ChangeTable.Entry(Change.Action.DELETE, id, Optional.empty(),
                stored.year().key(), stored.year(), ruleSets.pin(handle, stored.ruleSet()), null, null, ChangeTable.NO_NOTE));
    }

    /**
     * Scores a year under another rule set from now on: a trainer's or a reviewer's decision,
     * so it is a new revision and in the history. False when the year already had that set.
     */
    boolean repin(Handle handle, long id, RuleSet rules, Bilingual why) {
        StoredProject stored = find(handle, id).orElseThrow(() -> new MissingProjectException("#" + id));
        if (stored.ruleSet().equals(rules)) {
            return false;
        }
        Revision revision = new Revision(stored.revision().number() + 1, now(), user);
        long was = ruleSets.pin(handle, stored.ruleSet());
        long is = ruleSets.pin(handle, rules);
        projects.repin(handle, id, stored.year(), is, rules, revision);
        changes.record(handle, revision.savedAt(), user, new ChangeTable.Entry(Change.Action.UPDATE, id, Optional.empty(),
                stored.year().key(), stored.year(), was, stored.year(), is, why));
        return true;
    }

    /** Reviews one year again under its own rule set; true when its cached results changed. */
    boolean rescore(Handle handle, long id) {
        StoredProject stored = find(handle, id).orElseThrow(() -> new MissingProjectException("#" + id));
        return scores.refresh(handle, id, stored.year(), stored.ruleSet());
    }

    /** The stored year, provided it is still at the revision the edit started from. */
    private StoredProject current(Handle handle, long id, Revision editedFrom) {
        StoredProject stored = find(handle, id).orElseThrow(() -> new MissingProjectException("#" + id));
        if (stored.revision().number() != editedFrom.number()) {
            throw new StaleRevisionException(stored.year().key().toString(), editedFrom, stored.revision());
        }
        return stored;
    }

    /** A project that another stored one already names, by code or by year, unit and name. */
    private KeyTakenException taken(Handle handle, ProjectKey key, long other, boolean byCode) {
        String named = read(handle, connection -> find(connection, other)).map(StoredProject::year).map(ProjectYear::key)
                .map(found -> "#" + other + " (" + found.year() + " " + found.unit() + " " + found.name() + ")")
                .orElse("#" + other);
        return new KeyTakenException(key, byCode, named);
    }

    /** An edit may not give a project the key or the code of another stored project. */
    private void refuseTaken(Handle handle, long id, ProjectKey key) {
        Optional<Long> byCode = projects.idByCode(handle, key).filter(other -> other != id);
        if (byCode.isPresent()) {
            throw taken(handle, key, byCode.get(), true);
        }
        Optional<Long> byName = projects.idByName(handle, key).filter(other -> other != id);
        if (byName.isPresent()) {
            throw taken(handle, key, byName.get(), false);
        }
    }

    private StoredProject write(Handle handle, StoredProject old, Edit edit, RuleSet rules) {
        ProjectYear year = edit.how().apply(old.year());
        refuseTaken(handle, old.id(), year.key());
        Revision revision = new Revision(old.revision().number() + 1, now(), user);
        long was = ruleSets.pin(handle, old.ruleSet());
        long is = ruleSets.pin(handle, rules);
        projects.replace(handle, old.id(), old.year(), year, is, rules, revision);
        changes.record(handle, revision.savedAt(), user, new ChangeTable.Entry(edit.action(), old.id(),
                edit.stage().apply(old.year()), year.key(), old.year(), was, year, is, edit.note()));
        return new StoredProject(old.id(), revision, rules, year);
    }

    /** The one stage a merge changed, to name it in the history; empty when it changed several (or only the rule set). */
    private static Optional<StageKind> onlyChanged(ProjectYear old, ProjectYear now) {
        List<StageKind> changed = now.stages().stream().map(Stage::kind)
                .filter(kind -> !old.stage(kind).equals(now.stage(kind))).toList();
        return changed.size() == 1 ? Optional.of(changed.get(0)) : Optional.empty();
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
