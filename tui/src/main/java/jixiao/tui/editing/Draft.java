package jixiao.tui.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jixiao.domain.check.Review;
import jixiao.domain.check.Finding;
import jixiao.domain.check.Reviewer;
import jixiao.domain.project.FormKind;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;
import jixiao.domain.register.StoredProject;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.scoring.RestatedScores;
import jixiao.domain.stage.Adjustment;
import jixiao.domain.stage.Declaration;
import jixiao.domain.stage.StageChecks;

/**
 * A project open for editing: the version last saved, the version on screen ({@link FormEntry}:
 * the latest stage's form, and a declaration's whole-project funding) with its review, and the
 * edits that can be undone. Not thread-safe: it lives on the GUI thread.
 */
public final class Draft implements ProjectDraft {

    private final Reviewer reviewer;
    private final PaperForm form;
    private final History<FormEntry> undo = new History<>();
    private StoredProject saved;
    private FormEntry entry;
    private Review review;

    public Draft(StoredProject saved, RuleSet rules) {
        this.saved = Objects.requireNonNull(saved, "saved");
        this.reviewer = new Reviewer(rules);
        this.form = PaperForm.of(saved.year().latest().kind());
        this.entry = FormEntry.of(saved);
        this.review = review(entry);
    }

    @Override
    public StoredProject saved() {
        return saved;
    }

    public Project project() {
        return entry.form();
    }

    public FormEntry entry() {
        return entry;
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
     * The draft with {@code text} typed into {@code cell}, under the domain's policy for printed
     * scores that only restated the rules ({@link RestatedScores}).
     */
    public FormEntry typed(Cell cell, String text) throws InvalidEntry {
        FormEntry typed = cell.write(entry, text);
        return typed.withForm(RestatedScores.release(entry.form(), review.scorecard(), typed.form()));
    }

    /**
     * Scored as the paper it is typed into, whatever it holds at the moment (a self-evaluation with
     * its actuals cleared is still one), with what the stage's own checks find in what is typed
     * beside the form ({@link StageChecks}: a whole-project funding that does not add up, an
     * adjustment without its reason or date).
     */
    private Review review(FormEntry reviewed) {
        Review review = reviewer.review(reviewed.form(), form.kind());
        List<Finding> stage = switch (form) {
            case DECLARATION -> reviewed.form().kind() == FormKind.DECLARATION
                    ? StageChecks.of(new Declaration(reviewed.form(), reviewed.wholeProject())) : List.of();
            case ADJUSTMENT -> StageChecks.of(Adjustment.EMPTY.withReason(reviewed.adjustmentReason())
                    .withApprovedOn(reviewed.approvedOn()));
            case TARGETS_IN_FORCE, SELF_EVALUATION -> List.of();
        };
        if (stage.isEmpty()) {
            return review;
        }
        List<Finding> findings = new ArrayList<>(review.findings());
        findings.addAll(stage);
        return new Review(review.scorecard(), findings);
    }

    /** The review of what is not (yet) the draft: what typing would lead to. */
    public Review preview(FormEntry candidate) {
        return review(candidate);
    }

    /** Takes a changed form as the draft; the previous one can be had back with {@link #undo}. */
    public void apply(Project changed) {
        apply(entry.withForm(changed));
    }

    /** Takes a changed entry as the draft; the previous one can be had back with {@link #undo}. */
    public void apply(FormEntry changed) {
        if (changed.equals(entry)) {
            return;
        }
        undo.remember(entry);
        entry = changed;
        review = review(changed);
    }

    @Override
    public boolean canUndo() {
        return !undo.isEmpty();
    }

    @Override
    public void undo() {
        Optional<FormEntry> before = undo.back();
        if (before.isPresent()) {
            entry = before.get();
            review = review(entry);
        }
    }

    /** Whether the draft differs from what was last saved. */
    @Override
    public boolean isDirty() {
        return !entry.equals(FormEntry.of(saved));
    }

    /** The store took the draft (or another version, after a conflict): edits continue from it. */
    @Override
    public void savedAs(StoredProject stored) {
        saved = stored;
    }

    /** Throws the draft away for what the store holds now. */
    @Override
    public void reload(StoredProject stored) {
        apply(FormEntry.of(stored));
        saved = stored;
    }

    public void addIndicator(int at, Indicator added) {
        List<Indicator> indicators = new ArrayList<>(project().indicators());
        indicators.add(at, added);
        apply(project().withIndicators(indicators));
    }

    public void removeIndicator(int index) {
        List<Indicator> indicators = new ArrayList<>(project().indicators());
        indicators.remove(index);
        apply(project().withIndicators(indicators));
    }

    /** Swaps the indicator at {@code index} with its neighbour {@code step} rows away (−1 up, +1 down). */
    public boolean moveIndicator(int index, int step) {
        int other = index + step;
        List<Indicator> indicators = new ArrayList<>(project().indicators());
        if (other < 0 || other >= indicators.size()) {
            return false;
        }
        indicators.set(other, project().indicators().get(index));
        indicators.set(index, project().indicators().get(other));
        apply(project().withIndicators(indicators));
        return true;
    }
}
