package jixiao.tui.window;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import jixiao.domain.language.Bilingual;
import jixiao.tui.editing.InvalidEntry;

/**
 * A field being typed into: on every key, the draft as it would be ({@code V}) and its review
 * ({@code R}), shown before Enter takes the text into the draft. One for a project's screens, one
 * for the monitoring return's, whose drafts hold different things.
 */
final class TypingPreview<F, V, R> {

    /** The draft's value with a field's text in it, or why the text cannot be. */
    @FunctionalInterface
    interface Typer<F, V> {
        V typed(F field, String text) throws InvalidEntry;
    }

    private final Typer<F, V> typer;
    private final Function<V, R> reviewer;
    private final Consumer<V> taker;
    private V candidate;
    private R review;

    TypingPreview(Typer<F, V> typer, Function<V, R> reviewer, Consumer<V> taker) {
        this.typer = typer;
        this.reviewer = reviewer;
        this.taker = taker;
    }

    /** Every key while typing: the value as it would be, and its review; or why not, with nothing previewed. */
    Optional<Bilingual> type(F field, String text) {
        try {
            candidate = typer.typed(field, text);
            review = reviewer.apply(candidate);
            return Optional.empty();
        } catch (InvalidEntry invalid) {
            drop();
            return Optional.of(invalid.reason());
        }
    }

    /** Enter: the text taken into the draft; or why not, the preview kept. */
    Optional<Bilingual> take(F field, String text) {
        try {
            taker.accept(typer.typed(field, text));
            drop();
            return Optional.empty();
        } catch (InvalidEntry invalid) {
            return Optional.of(invalid.reason());
        }
    }

    /** Typing ended without a change: the draft is shown as it is. */
    void drop() {
        candidate = null;
        review = null;
    }

    /** What is on screen: the value being typed, else the draft's {@code current}. */
    V shown(V current) {
        return candidate != null ? candidate : current;
    }

    /** The review of what is on screen: the preview's, else the draft's {@code current}. */
    R shownReview(R current) {
        return candidate != null ? review : current;
    }
}
