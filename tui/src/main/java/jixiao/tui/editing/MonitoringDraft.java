package jixiao.tui.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.monitoring.Monitor;
import jixiao.domain.monitoring.MonitoringReview;
import jixiao.domain.project.FundingSource;
import jixiao.domain.register.StoredProject;
import jixiao.domain.stage.MonitoringReturn;
import jixiao.domain.stage.StageKind;

/**
 * A year's monitoring return open for editing: the return last saved, the one on screen with its
 * lights (the domain's {@link Monitor}, under the year's rule set), and the edits that can be undone.
 * Not thread-safe: it lives on the GUI thread.
 */
public final class MonitoringDraft implements ProjectDraft {

    private final Monitor monitor;
    private final History<MonitoringReturn> undo = new History<>();
    private final List<List<ReturnField>> sheet;
    private StoredProject saved;
    private MonitoringReturn current;
    private MonitoringReview review;

    /** {@code saved} must have a monitoring return. */
    public MonitoringDraft(StoredProject saved) {
        this.saved = Objects.requireNonNull(saved, "saved");
        this.monitor = new Monitor(saved.ruleSet());
        this.current = stored(saved);
        this.review = monitor.review(current);
        this.sheet = sheet(current.indicators().size());
    }

    private static MonitoringReturn stored(StoredProject project) {
        return project.year().monitoring().orElseThrow(() -> new IllegalArgumentException(
                "no monitoring return: " + project.year().key()));
    }

    /**
     * The cells, top to bottom as the screen shows them: each funding line (spent to the month,
     * expected for the year), the budget's deviation cause, each indicator's row, the conclusion.
     */
    private static List<List<ReturnField>> sheet(int indicators) {
        List<List<ReturnField>> rows = new ArrayList<>();
        for (FundingSource source : FundingSource.values()) {
            rows.add(List.of(new SpendingField(source, false), new SpendingField(source, true)));
        }
        rows.add(List.of(ConclusionField.BUDGET_CAUSE));
        for (int index = 0; index < indicators; index++) {
            int row = index;
            rows.add(List.of(ProgressColumn.values()).stream().<ReturnField>map(column -> new ProgressField(row, column))
                    .toList());
        }
        rows.add(List.of(ConclusionField.SUMMARY));
        rows.add(List.of(ConclusionField.RECTIFY));
        rows.add(List.of(ConclusionField.RECTIFY_NOTE));
        return List.copyOf(rows);
    }

    public List<List<ReturnField>> sheet() {
        return sheet;
    }

    @Override
    public StoredProject saved() {
        return saved;
    }

    public MonitoringReturn current() {
        return current;
    }

    public MonitoringReview review() {
        return review;
    }

    /** The lights of a return that is not (yet) the draft: what typing would lead to. */
    public MonitoringReview preview(MonitoringReturn candidate) {
        return monitor.review(candidate);
    }

    /** Why the return cannot be changed: a later stage exists and it was not reopened. */
    public Optional<Bilingual> whyReadOnly() {
        return saved.year().whyLocked(StageKind.MONITORING);
    }

    public MonitoringReturn typed(ReturnField field, String text) throws InvalidEntry {
        return field.write(current, text);
    }

    /** Takes a changed return as the draft; the previous one can be had back with {@link #undo}. */
    public void apply(MonitoringReturn changed) {
        if (changed.equals(current)) {
            return;
        }
        undo.remember(current);
        current = changed;
        review = monitor.review(changed);
    }

    @Override
    public boolean canUndo() {
        return !undo.isEmpty();
    }

    @Override
    public void undo() {
        Optional<MonitoringReturn> before = undo.back();
        if (before.isPresent()) {
            current = before.get();
            review = monitor.review(current);
        }
    }

    @Override
    public boolean isDirty() {
        return !current.equals(stored(saved));
    }

    /** The store took the draft (or another version, after a conflict): edits continue from it. */
    @Override
    public void savedAs(StoredProject stored) {
        saved = stored;
    }

    /** Throws the draft away for what the store holds now (undo brings it back). */
    @Override
    public void reload(StoredProject stored) {
        apply(stored(stored));
        saved = stored;
    }
}
