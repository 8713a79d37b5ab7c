package jixiao.tui.input;

import com.googlecode.lanterna.input.BasicCharacterPattern;
import com.googlecode.lanterna.input.InputDecoder;
import com.googlecode.lanterna.input.KeyDecodingProfile;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.Closeable;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * Pasting in a real terminal. The terminal is asked to bracket what is pasted
 * ({@code ESC[?2004h}); the input goes through a {@link PasteFilter} that takes each paste out
 * whole, and Lanterna's decoder learns to hand it on as one {@link Pasted} event. Without this a
 * pasted line break is Enter and a pasted {@code x} is whatever {@code x} does on that screen.
 */
public final class BracketedPaste {

    static final String ON = "\u001b[?2004h";
    static final String OFF = "\u001b[?2004l";

    private final PasteFilter filter;

    public BracketedPaste(InputStream terminalInput) {
        this.filter = new PasteFilter(terminalInput);
    }

    /** The input to give the terminal in place of its own. */
    public InputStream input() {
        return filter;
    }

    /** Teaches the terminal's decoder the paste event, and Alt-Enter (a line break in a multi-line field). */
    public void teach(InputDecoder decoder) {
        KeyDecodingProfile profile = () -> List.of(new PastePattern(filter.pastes()),
                new BasicCharacterPattern(new KeyStroke(KeyType.Enter, false, true), '\u001b', '\r'));
        decoder.addProfile(profile);
    }

    /**
     * Asks the terminal to bracket pastes until the returned handle is closed. Should the program
     * end some other way (killed, the terminal closed), the mode is turned off on the way out too,
     * or the shell would receive the brackets with every paste.
     */
    public static Closeable turnOn(PrintStream terminal) {
        Thread off = new Thread(() -> send(terminal, OFF), "jixiao-bracketed-paste-off");
        send(terminal, ON);
        Runtime.getRuntime().addShutdownHook(off);
        return () -> {
            send(terminal, OFF);
            try {
                Runtime.getRuntime().removeShutdownHook(off);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway; sending OFF twice is harmless
            }
        };
    }

    private static void send(PrintStream terminal, String sequence) {
        terminal.print(sequence);
        terminal.flush();
    }
}
