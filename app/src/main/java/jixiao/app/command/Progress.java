package jixiao.app.command;

import java.io.PrintWriter;
import jixiao.domain.language.Language;

/**
 * A counter on stderr for long imports and exports, rewritten in place. Silent with
 * {@code --quiet} or when stderr is not a terminal, so scripts and logs stay clean.
 */
final class Progress {

    private static final int EVERY = 500;

    private final PrintWriter err;
    private final boolean shown;
    private final String label;
    private int count;

    Progress(PrintWriter err, boolean quiet, Language language, String zh, String en) {
        this.err = err;
        this.shown = !quiet && System.console() != null;
        this.label = language == Language.ZH ? zh : en;
    }

    void tick() {
        count++;
        if (shown && count % EVERY == 0) {
            err.print("\r" + label + " " + count);
            err.flush();
        }
    }

    int count() {
        return count;
    }

    void done() {
        if (shown && count >= EVERY) {
            err.print("\r" + label + " " + count + System.lineSeparator());
            err.flush();
        }
    }
}
