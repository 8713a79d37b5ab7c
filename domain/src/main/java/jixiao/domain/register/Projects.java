package jixiao.domain.register;

import java.time.Month;
import java.util.List;
import java.util.Optional;
import jixiao.domain.project.Project;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.Stage;
import jixiao.domain.stage.StageKind;
import jixiao.domain.stage.StageRefusedException;

/**
 * The register of project-years, as the user interfaces see it. Each entry is one project of one
 * unit for one budget year with its stages ({@link ProjectYear}). Every change is recorded in the
 * {@link AuditLog}; a change to a stored year names the revision it started from and is refused
 * with {@link StaleRevisionException} when someone else saved in between, and with
 * {@link StageRefusedException} when the year's rules do not allow it (a read-only stage, a stage
 * out of turn): callers ask the year first ({@link ProjectYear#whyLocked}, {@link ProjectYear#whyNotStart})
 * and show the answer. Every change keeps the year's rule set.
 */
public interface Projects {

    List<ProjectSummary> list(ProjectFilter filter);

    Optional<StoredProject> find(long id);

    /** By code where the key has one, else by year, unit and name. */
    Optional<StoredProject> find(ProjectKey key);

    /**
     * Adds a form as a project-year scored under {@code ruleSet}: the stage its data shows
     * ({@link ProjectYear#ofForm}); or, where a year with its key is stored, puts that stage in it
     * as {@link #put(ProjectYear, RuleSet)} does.
     */
    StoredProject put(Project project, RuleSet ruleSet);

    /**
     * Adds a project-year scored under {@code ruleSet}, which is stored with it; or, where one with
     * the same key is stored, merges its stages into it ({@link ProjectYear#merge}: a stage stored
     * already as it is stays, a changed one replaces it — the old one stays in the history — and a new
     * one is added). Refused, with nothing written, when the merge is.
     */
    StoredProject put(ProjectYear year, RuleSet ruleSet);

    /** Changes the latest stage's form ({@link ProjectYear#withLatestForm}): what editing a year's form does. */
    StoredProject update(long id, Revision editedFrom, Project changed);

    /** Puts one stage in ({@link ProjectYear#with}): an edit of it, or a stage that came from elsewhere. */
    StoredProject update(long id, Revision editedFrom, Stage changed);

    /**
     * Starts the next stage from the one before ({@link ProjectYear#startAdjustment},
     * {@link ProjectYear#startSelfEvaluation}), copying the targets and budgets in force: nothing is retyped.
     * A monitoring return needs its month: {@link #startMonitoring}.
     */
    StoredProject start(long id, Revision editedFrom, StageKind kind);

    /** Starts the monitoring return for January to {@code month} ({@link ProjectYear#startMonitoring}). */
    StoredProject startMonitoring(long id, Revision editedFrom, Month month);

    /** Opens a read-only stage to change again; {@code reason} goes into the history ({@link ProjectYear#reopen}). */
    StoredProject reopen(long id, Revision editedFrom, StageKind kind, String reason);

    /** Makes a reopened stage read-only again ({@link ProjectYear#lockAgain}). */
    StoredProject lock(long id, Revision editedFrom, StageKind kind);

    void delete(long id, Revision editedFrom);
}
