package jixiao.app;

import java.util.List;
import jixiao.domain.language.Bilingual;

/**
 * A mistake in what the user gave us (a file that cannot be read, a rule set that does not exist):
 * printed as a message, never as a stack trace, and ending with the given exit status.
 */
public final class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Bilingual> messages;
    private final int exitCode;

    public UserError(int exitCode, List<Bilingual> messages) {
        super(messages.isEmpty() ? "" : messages.get(0).en());
        this.exitCode = exitCode;
        this.messages = List.copyOf(messages);
    }

    public UserError(int exitCode, Bilingual message) {
        this(exitCode, List.of(message));
    }

    public List<Bilingual> messages() {
        return messages;
    }

    public int exitCode() {
        return exitCode;
    }
}
