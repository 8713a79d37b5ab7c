package jixiao.tui.editing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import jixiao.domain.check.Review;
import jixiao.domain.check.Reviewer;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;
import jixiao.domain.register.StoredProject;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.scoring.RestatedScores;

/**
 * A project open for editing: the version last saved, the version on screen with its review, and
 * the edits that can be undone. Not thread-safe: it lives on the GUI thread.
 */
public final class Draft {

    private static final int UNDO_LIMIT = 200;

    private final Reviewer reviewer;
    private final PaperForm form;
    private final Deque<Project> undo = new ArrayDeque<>();
    private StoredProject saved;
    private Project project;
    private Review review;

    public Draft(StoredProject saved, RuleSet rules) {
        this.saved = Objects.requireNonNull(saved, "saved");
        this.reviewer = new Reviewer(rules);
        this.form = PaperForm.of(saved.kind());
        this.project = saved.project();
        this.review = review(project);
    }

    public StoredProject saved() {
        return saved;
    }

    public Project project() {
        return project;
    }

    /**
     * The paper the project is typed into, fixed when it was opened, so a screen does not change
     * its columns under the clerk's hands when the last actual is cleared.
     */
    public PaperForm form() {
        return form;
    }

    public Review review() {
        return review;
    }

    public RuleSet rules() {
        return reviewer.rules();
    }

    /**
     * The draft with {@code text} typed into {@code field}, under the domain's policy for printed
     * scores that only restated the rules ({@link RestatedScores}).
     */
    public Project typed(Field field, String text) throws InvalidEntry {
        return RestatedScores.release(project, review.scorecard(), field.write(project, text));
    }

    /** Scored as the paper it is typed into, whatever it holds at the moment (a self-evaluation with its actuals cleared is still one). */
    private Review review(Project reviewed) {
        return reviewer.review(reviewed, form.kind());
    }

    /** The review of a project that is not (yet) the draft: what typing would lead to. */
    public Review preview(Project candidate) {
        return review(candidate);
    }

    /** Takes a changed project as the draft; the previous one can be had back with {@link #undo}. */
    public void apply(Project changed) {
        if (changed.equals(project)) {
            return;
        }
        undo.push(project);
        if (undo.size() > UNDO_LIMIT) {
            undo.removeLast();
        }
        project = changed;
        review = review(changed);
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public void undo() {
        if (!undo.isEmpty()) {
            project = undo.pop();
            review = review(project);
        }
    }

    /** Whether the draft differs from what was last saved. */
    public boolean isDirty() {
        return !project.equals(saved.project());
    }

    /** The store took the draft (or another version, after a conflict): edits continue from it. */
    public void savedAs(StoredProject stored) {
        saved = stored;
    }

    /** Throws the draft away for what the store holds now. */
    public void reload(StoredProject stored) {
        apply(stored.project());
        saved = stored;
    }

    public void addIndicator(int at, Indicator added) {
        List<Indicator> indicators = new ArrayList<>(project.indicators());
        indicators.add(at, added);
        apply(project.withIndicators(indicators));
    }

    public void removeIndicator(int index) {
        List<Indicator> indicators = new ArrayList<>(project.indicators());
        indicators.remove(index);
        apply(project.withIndicators(indicators));
    }

    /** Swaps the indicator at {@code index} with its neighbour {@code step} rows away (−1 up, +1 down). */
    public boolean moveIndicator(int index, int step) {
        int other = index + step;
        if (other < 0 || other >= project.indicators().size()) {
            return false;
        }
        List<Indicator> indicators = new ArrayList<>(project.indicators());
        indicators.set(other, project.indicators().get(index));
        indicators.set(index, project.indicators().get(other));
        apply(project.withIndicators(indicators));
        return true;
    }
}
