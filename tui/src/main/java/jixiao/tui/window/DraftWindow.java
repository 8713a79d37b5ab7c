package jixiao.tui.window;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import jixiao.domain.check.Review;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.Project;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.register.Projects;
import jixiao.domain.register.StoredProject;
import jixiao.domain.stage.Adjustment;
import jixiao.domain.stage.Declaration;
import jixiao.tui.controller.Key;
import jixiao.tui.controller.KeyBinding;
import jixiao.tui.editing.Draft;
import jixiao.tui.editing.Cell;
import jixiao.tui.editing.FormEntry;
import jixiao.tui.editing.Merge;
import jixiao.tui.editing.MonitoringDraft;
import jixiao.tui.editing.PaperForm;
import jixiao.tui.presentation.Line;
import jixiao.tui.presentation.ScoreLine;
import jixiao.tui.presentation.Segment;
import jixiao.tui.presentation.Tone;
import jixiao.tui.words.Words;

/**
 * A screen of an open project. All of them edit one {@link Draft}, on the project's paper form:
 * typing previews the change on every key (scores, total, grade), Enter takes it into the draft,
 * Ctrl-S saves the draft and Ctrl-Z undoes the last change ({@link DraftKeys}).
 */
abstract class DraftWindow extends ScreenWindow {

    protected final Draft draft;
    protected final PaperForm form;
    private Cell editing;
    private final TypingPreview<Cell, FormEntry, Review> preview;
    private final DraftKeys keys;

    DraftWindow(Session session, Draft draft) {
        super(session);
        this.draft = draft;
        this.form = draft.form();
        this.preview = new TypingPreview<>(draft::typed, draft::preview, draft::apply);
        this.keys = new DraftKeys(this, draft, this::storing, this::merged, stored -> { });
    }

    /** The project as it is on screen: the draft, or what is being typed into it. */
    protected Project shown() {
        return shownEntry().form();
    }

    /** The form and, on a declaration, the whole project's funding, as on screen. */
    protected FormEntry shownEntry() {
        return preview.shown(draft.entry());
    }

    protected Review shownReview() {
        return preview.shownReview(draft.review());
    }

    /** The total, grade and counts of what is on screen: the first body line of every project screen. */
    protected Line scoreLine(int width) {
        return ScoreLine.of(shownReview(), draft.isDirty(), language, width);
    }

    /** A field's label and text, for the edit line while nobody types (tables cut long text). */
    protected Line fieldLine(Cell field, int width) {
        return Line.fitted(List.of(new Segment(field.label(form.kind()).in(language) + ": ", Tone.DIM),
                new Segment(field.read(shownEntry()).replace("\n", " ⏎ "), Tone.NORMAL)), width);
    }

    /** Year, name and the stage being typed first: on a narrow screen the unit is what gets cut. */
    protected String projectTitle() {
        ProjectKey key = draft.project().key();
        return key.year() + " " + key.name() + (draft.isDirty() ? " *" : "") + " · "
                + draft.saved().year().latest().kind().label().in(language) + "  " + key.unit();
    }

    /**
     * Opens a field for typing: with its text to edit (Enter, F2), or with {@code typedOver} (a
     * character or a paste) already replacing it. {@code moves} say where Tab, Shift-Tab and the
     * arrows go once the text is kept.
     */
    protected void edit(Cell field, Optional<String> typedOver, Map<Prompt.Move, Runnable> moves) {
        Prompt prompt = Prompt.of(field.label(form.kind()), field.read(draft.entry()), text -> preview.take(editing, text))
                .multiLine(field.isMultiLine())
                .typing(text -> preview.type(editing, text))
                .cancelling(preview::drop);
        for (Map.Entry<Prompt.Move, Runnable> move : moves.entrySet()) {
            prompt = prompt.moving(move.getKey(), move.getValue());
        }
        editing = field;
        if (typedOver.isPresent()) {
            ask(prompt, typedOver.get());
        } else {
            ask(prompt.editing());
        }
    }

    /** The cell under the cursor, on a screen of cells (indicators, header and funding); empty elsewhere. */
    protected Optional<Cell> cell() {
        return Optional.empty();
    }

    /** Where keeping a cell with Tab, Shift-Tab or an arrow moves the cursor. */
    protected Map<Prompt.Move, Runnable> cellMoves() {
        return Map.of();
    }

    /** A printable character on a cell starts a fresh value, as in a spreadsheet. */
    @Override
    protected void typedOver(char typed) {
        cell().ifPresent(field -> edit(field, Optional.of(String.valueOf(typed)), cellMoves()));
    }

    /** A paste on a cell replaces its value with the pasted text, to keep with Enter or drop with Esc. */
    @Override
    protected void pasted(String text) {
        cell().ifPresentOrElse(field -> edit(field, Optional.of(text), cellMoves()), () -> super.pasted(text));
    }

    /** Enter or F2 on a cell, Del to empty it. */
    protected List<KeyBinding> cellBindings(Supplier<Optional<Bilingual>> noCell) {
        return List.of(
                KeyBinding.of(Key.of(KeyType.Enter, "Enter"), Words.EDIT, () -> cell().ifPresent(
                        field -> edit(field, Optional.empty(), cellMoves()))).or(Key.of(KeyType.F2, "F2")).unless(noCell),
                KeyBinding.of(Key.of(KeyType.Delete, "Del"), Words.CLEAR_CELL, () -> cell().ifPresent(this::clear))
                        .unless(noCell).helpOnly());
    }

    /** Empties a field (Del on a cell), as one change that undo takes back. */
    private void clear(Cell field) {
        preview.take(field, "").ifPresent(this::refuse);
    }

    /** Save and undo, the same on every screen of a project ({@link DraftKeys}). */
    protected List<KeyBinding> draftBindings() {
        return keys.bindings();
    }

    /** The year's monitoring return, on its own screen; what is saved there, the screens of the project go on from. */
    protected KeyBinding monitoringBinding() {
        return KeyBinding.of(Key.of(KeyType.F8, "F8"), Words.MONITORING_KEY, this::openMonitoring)
                .unless(this::whyNoMonitoring);
    }

    private Optional<Bilingual> whyNoMonitoring() {
        if (draft.saved().year().monitoring().isEmpty()) {
            return Optional.of(Words.NO_MONITORING);
        }
        return draft.isDirty() ? Optional.of(Words.SAVE_FIRST) : Optional.empty();
    }

    void openMonitoring() {
        session.open(new MonitoringWindow(session, new MonitoringDraft(draft.saved()), stored -> {
            if (!draft.isDirty()) {
                draft.reload(stored);
            }
        }));
    }

    /** The official-layout report of the project as it is on screen. */
    protected KeyBinding reportBinding() {
        return KeyBinding.of(Key.ctrl('p'), Words.REPORT, this::report).unless(this::whyNoReport).helpOnly();
    }

    private Optional<Bilingual> whyNoReport() {
        return session.reports().isPresent() ? Optional.empty() : Optional.of(Words.NO_REPORTS);
    }

    /** Writes the official-layout report of the project as it is on screen, saved or not, and says where. */
    private void report() {
        Project shown = draft.project();
        say(Words.WRITING_THE_REPORT, Tone.DIM);
        session.background().run(() -> session.reports().orElseThrow().write(shown, draft.rules()), files -> say(
                Words.format(Words.REPORT_WRITTEN, Words.listed(files.stream().map(Path::toString).map(Bilingual::same)
                        .toList())), Tone.GOOD), failure -> refuse(Failures.explain(failure)));
    }

    /**
     * Someone saved in between: the stored form is merged field by field with the draft ({@link Merge}):
     * saving over theirs takes the merge (mine where both changed; their other changes kept).
     */
    private DraftKeys.Merged merged(StoredProject latest) {
        Merge merge = Merge.of(draft.saved().project(), draft.project(), latest.project());
        return new DraftKeys.Merged(merge.clashes(), () -> draft.apply(merge.merged()));
    }

    /** Saves the draft, then runs {@code then} once it is stored. */
    protected void saveThen(Runnable then) {
        keys.saveThen(then);
    }

    /**
     * Storing the draft as it is now as an edit of {@code from}: a declaration or an adjustment as the
     * stage (with the whole project's funding, or the reason and date), any other stage through its form.
     */
    private Callable<StoredProject> storing(StoredProject from) {
        FormEntry saved = draft.entry();
        Projects projects = session.projects();
        return () -> from.year().latest() instanceof Declaration || from.year().latest() instanceof Adjustment
                ? projects.update(from.id(), from.revision(), saved.asStageOf(from.year()))
                : projects.update(from.id(), from.revision(), saved.form());
    }
}
