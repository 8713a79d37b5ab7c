package jixiao.tui.window;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import jixiao.domain.language.Bilingual;

/**
 * A question on the edit line: its label, the text to start from, what happens on each keystroke
 * (a live preview) and on Enter. Either may refuse with a reason; a refused Enter keeps the typing.
 * Tab, where given, finishes like Enter and then moves on.
 */
record Prompt(Bilingual label, String initial, Function<String, Optional<Bilingual>> onType,
        Function<String, Optional<Bilingual>> onEnter, Runnable onCancel, Optional<Runnable> onTab) {

    Prompt {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(onType, "onType");
        Objects.requireNonNull(onEnter, "onEnter");
        Objects.requireNonNull(onCancel, "onCancel");
        Objects.requireNonNull(onTab, "onTab");
    }

    static Prompt of(Bilingual label, String initial, Function<String, Optional<Bilingual>> onEnter) {
        return new Prompt(label, initial, text -> Optional.empty(), onEnter, () -> { }, Optional.empty());
    }

    Prompt typing(Function<String, Optional<Bilingual>> preview) {
        return new Prompt(label, initial, preview, onEnter, onCancel, onTab);
    }

    Prompt cancelling(Runnable cancel) {
        return new Prompt(label, initial, onType, onEnter, cancel, onTab);
    }

    Prompt tabbing(Runnable next) {
        return new Prompt(label, initial, onType, onEnter, onCancel, Optional.of(next));
    }
}
