package jixiao.tui.editing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** The versions a draft can go back to, newest first; the oldest are forgotten past a limit. */
final class History<T> {

    private static final int LIMIT = 200;

    private final Deque<T> versions = new ArrayDeque<>();

    /** Remembers the version an edit replaces. */
    void remember(T replaced) {
        versions.push(replaced);
        if (versions.size() > LIMIT) {
            versions.removeLast();
        }
    }

    boolean isEmpty() {
        return versions.isEmpty();
    }

    /** The version before the last edit, forgotten here; empty when there is none. */
    Optional<T> back() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.pop());
    }
}
