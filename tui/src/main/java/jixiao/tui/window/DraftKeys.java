package jixiao.tui.window;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import jixiao.domain.language.Bilingual;
import jixiao.domain.register.StaleRevisionException;
import jixiao.domain.register.StoredProject;
import jixiao.tui.controller.Key;
import jixiao.tui.controller.KeyBinding;
import jixiao.tui.editing.ProjectDraft;
import jixiao.tui.presentation.Tone;
import jixiao.tui.words.Words;

/**
 * Save and undo, the same on every screen of an open project, whatever its draft holds: Ctrl-S
 * stores the draft off the GUI thread (save stays on the key bar while there is something to save),
 * Ctrl-Z takes the last edit back. When someone else saved in between, the person is told what both
 * changed and chooses to merge and save or to reload; the edits are never dropped without asking.
 */
final class DraftKeys {

    /**
     * How a draft is stored as an edit of the version it started from: called on the GUI thread,
     * it takes what is on screen and gives the work to do off it.
     */
    @FunctionalInterface
    interface Store {
        Callable<StoredProject> storing(StoredProject from);
    }

    /**
     * What saving over someone else's save would store: the fields both changed ({@code clashes}, for
     * the person to see) and how the draft takes the merge before it is saved.
     */
    record Merged(List<Bilingual> clashes, Runnable apply) {
    }

    private final ScreenWindow screen;
    private final ProjectDraft draft;
    private final Store store;
    private final Function<StoredProject, Merged> merge;
    private final Consumer<StoredProject> whenSaved;
    private boolean saving;

    /**
     * {@code merge}: the draft merged with the version stored meanwhile; {@code whenSaved} hears of
     * every save, after the draft has taken it.
     */
    DraftKeys(ScreenWindow screen, ProjectDraft draft, Store store, Function<StoredProject, Merged> merge,
            Consumer<StoredProject> whenSaved) {
        this.screen = screen;
        this.draft = draft;
        this.store = store;
        this.merge = merge;
        this.whenSaved = whenSaved;
    }

    List<KeyBinding> bindings() {
        return List.of(
                KeyBinding.of(Key.ctrl('s'), Words.SAVE, () -> save(draft.saved(), () -> { }))
                        .unless(this::whyNotSave).pinnedWhen(draft::isDirty),
                KeyBinding.of(Key.ctrl('z'), Words.UNDO, this::undo)
                        .unless(() -> draft.canUndo() ? Optional.empty() : Optional.of(Words.NOTHING_TO_UNDO)));
    }

    /** Saves, then runs {@code then} once it is stored (leaving a screen after "save and go back"). */
    void saveThen(Runnable then) {
        save(draft.saved(), then);
    }

    private Optional<Bilingual> whyNotSave() {
        if (saving) {
            return Optional.of(Words.BUSY);
        }
        return draft.isDirty() ? Optional.empty() : Optional.of(Words.NOTHING_TO_SAVE);
    }

    private void undo() {
        draft.undo();
        screen.say(Words.UNDONE, Tone.DIM);
    }

    private void save(StoredProject from, Runnable then) {
        saving = true;
        screen.say(Words.SAVING, Tone.DIM);
        Session session = screen.session;
        session.background().run(store.storing(from), stored -> {
            saving = false;
            draft.savedAs(stored);
            whenSaved.accept(stored);
            screen.say(Words.SAVED, Tone.GOOD);
            then.run();
        }, failure -> {
            saving = false;
            if (failure instanceof StaleRevisionException stale) {
                conflict(stale, then);
            } else {
                screen.refuse(Failures.explain(failure));
            }
        });
    }

    private void conflict(StaleRevisionException stale, Runnable then) {
        latest(latest -> {
            Merged merged = merge.apply(latest);
            Bilingual clashes = merged.clashes().isEmpty() ? Words.CONFLICT_NO_CLASH
                    : Words.format(Words.CONFLICT_CLASHES, Words.listed(merged.clashes()));
            screen.choose(new Choice(Words.format(Words.CONFLICT, stale.explanation(), clashes), Words.CONFLICT_KEYS,
                    Map.of('o', () -> {
                        merged.apply().run();
                        save(latest, then);
                    }, 'r', () -> {
                        draft.reload(latest);
                        screen.say(Words.RELOADED, Tone.WARNING);
                    })));
        });
    }

    /** The project as stored now, read off the GUI thread. */
    private void latest(Consumer<StoredProject> use) {
        long id = draft.saved().id();
        screen.session.background().run(() -> screen.session.stored(id), use,
                failure -> screen.refuse(Failures.explain(failure)));
    }
}
