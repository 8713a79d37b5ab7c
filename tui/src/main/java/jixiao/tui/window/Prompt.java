package jixiao.tui.window;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntSupplier;
import jixiao.domain.language.Bilingual;
import jixiao.tui.controller.CellCursor;

/**
 * A question on the edit line: its label, the text to start from and how (a suggestion that the
 * first character replaces, or a value opened for editing), whether line breaks are kept, what
 * happens on each change (a live preview) and when the text is kept. Either may refuse with a
 * reason; a refused keep leaves the typing as it is. Tab, Shift-Tab and, in one-line cells, the
 * up and down arrows keep the text and then move, where the screen says where to.
 */
record Prompt(Bilingual label, String initial, boolean replacing, boolean multiLine,
        Function<String, Optional<Bilingual>> onType, Function<String, Optional<Bilingual>> onKeep,
        Runnable onCancel, Map<Move, Runnable> moves) {

    /** Where the keys that keep and move go. */
    enum Move {
        /** Tab. */
        NEXT,
        /** Shift-Tab. */
        PREVIOUS,
        UP,
        DOWN
    }

    Prompt {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(onType, "onType");
        Objects.requireNonNull(onKeep, "onKeep");
        Objects.requireNonNull(onCancel, "onCancel");
        moves = moves.isEmpty() ? Map.of() : new EnumMap<>(moves);
    }

    /** Where keeping a cell with Tab, Shift-Tab or an arrow moves the cursor of a table of cells. */
    static Map<Move, Runnable> through(CellCursor cursor, IntSupplier rows) {
        return Map.of(Move.NEXT, () -> cursor.next(rows.getAsInt()),
                Move.PREVIOUS, () -> cursor.previous(rows.getAsInt()),
                Move.UP, () -> cursor.rows().moveBy(-1, rows.getAsInt()),
                Move.DOWN, () -> cursor.rows().moveBy(1, rows.getAsInt()));
    }

    /** A one-line question suggesting {@code initial}, which typing replaces. */
    static Prompt of(Bilingual label, String initial, Function<String, Optional<Bilingual>> onKeep) {
        return new Prompt(label, initial, true, false, text -> Optional.empty(), onKeep, () -> { }, Map.of());
    }

    /** Opened for editing (Enter, F2): typing goes in at the caret, which starts at the end. */
    Prompt editing() {
        return new Prompt(label, initial, false, multiLine, onType, onKeep, onCancel, moves);
    }

    /** Line breaks are kept (Alt-Enter types one; a paste keeps its own). */
    Prompt multiLine(boolean kept) {
        return new Prompt(label, initial, replacing, kept, onType, onKeep, onCancel, moves);
    }

    Prompt typing(Function<String, Optional<Bilingual>> preview) {
        return new Prompt(label, initial, replacing, multiLine, preview, onKeep, onCancel, moves);
    }

    Prompt cancelling(Runnable cancel) {
        return new Prompt(label, initial, replacing, multiLine, onType, onKeep, cancel, moves);
    }

    Prompt moving(Move move, Runnable then) {
        Map<Move, Runnable> more = new EnumMap<>(Move.class);
        more.putAll(moves);
        more.put(move, then);
        return new Prompt(label, initial, replacing, multiLine, onType, onKeep, onCancel, more);
    }
}
