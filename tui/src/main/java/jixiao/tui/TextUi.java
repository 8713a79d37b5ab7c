package jixiao.tui;

import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.StreamBasedTerminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTTYTerminal;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.awt.GraphicsEnvironment;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Language;
import jixiao.domain.register.Projects;
import jixiao.tui.input.BracketedPaste;
import jixiao.tui.window.Screens;
import jixiao.tui.words.Words;

/**
 * The text UI: the register, a project's indicators, its funding, explanations, findings and the
 * trainers' rules screen, over the domain's {@link Projects}. Runs in the terminal it was started
 * from, or in Lanterna's own window where there is a display but no terminal (a Windows
 * double-click); refuses where there is neither.
 */
public final class TextUi {

    /** Why the UI cannot start here; the caller prints it and exits 2. */
    public static final Bilingual NO_TERMINAL = Words.NO_TERMINAL;

    private TextUi() {
    }

    /** Whether the UI has somewhere to show itself: a console, or a display for Lanterna's window. */
    public static boolean canStart() {
        return System.console() != null || !GraphicsEnvironment.isHeadless();
    }

    /** Shows the UI until the person quits. */
    public static void run(Projects projects, Language language, ReportWriter reports, RuleSetWriter ruleSets)
            throws IOException {
        BracketedPaste paste = new BracketedPaste(System.in);
        DefaultTerminalFactory factory = new DefaultTerminalFactory(System.out, paste.input(), StandardCharsets.UTF_8)
                .setUnixTerminalCtrlCBehaviour(UnixTerminal.CtrlCBehaviour.TRAP)
                .setTerminalEmulatorTitle("jixiao 绩效");
        Terminal terminal = factory.createTerminal();
        if (terminal instanceof UnixLikeTTYTerminal) {
            freeControlKeys();
        }
        if (terminal instanceof StreamBasedTerminal stream) {
            paste.teach(stream.getInputDecoder());
        }
        ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "jixiao-storage");
            thread.setDaemon(true);
            return thread;
        });
        Screen screen = new TerminalScreen(terminal);
        screen.startScreen();
        Closeable bracketed = terminal instanceof StreamBasedTerminal ? BracketedPaste.turnOn(System.out) : () -> { };
        try {
            WindowBasedTextGUI gui = new MultiWindowTextGUI(screen);
            gui.addWindowAndWait(Screens.start(gui, projects, language, worker, Optional.of(reports),
                    Optional.of(ruleSets)));
        } finally {
            worker.shutdown();
            bracketed.close();
            screen.stopScreen();
        }
    }

    /**
     * Ctrl-S and Ctrl-Z mean save and undo here, but a terminal's defaults take them for flow
     * control and suspend. Lanterna restores the settings it saved when it started, so this lasts
     * only as long as the UI.
     */
    private static void freeControlKeys() {
        try {
            new ProcessBuilder("sh", "-c", "stty -ixon susp undef < /dev/tty").inheritIO().start().waitFor();
        } catch (IOException e) {
            // Without stty the keys keep their terminal meaning; the help names no other keys for them.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
