package jixiao.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import jixiao.domain.language.Language;
import jixiao.domain.register.Projects;
import jixiao.tui.window.Screens;

/** The real screens on Lanterna's virtual terminal (100×30), over a register, driven key by key. */
final class ScreensOnAVirtualTerminal {

    private final DefaultVirtualTerminal terminal;
    private final MultiWindowTextGUI gui;

    ScreensOnAVirtualTerminal(Projects projects) throws IOException {
        terminal = new DefaultVirtualTerminal(new TerminalSize(100, 30));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        gui = new MultiWindowTextGUI(screen);
        gui.addWindow(Screens.start(gui, projects, Language.ZH, Runnable::run));
        gui.getGUIThread().processEventsAndUpdate();
    }

    /** A key and every GUI pass it causes, until everything it caused is drawn. */
    void key(KeyStroke stroke) throws IOException {
        terminal.addInput(stroke);
        while (gui.getGUIThread().processEventsAndUpdate()) {
            // until the key and everything it caused are drawn
        }
    }

    /** The edit line, third from the bottom, as text (a wide character's padding cell skipped). */
    String editLine() {
        StringBuilder line = new StringBuilder();
        int row = terminal.getTerminalSize().getRows() - 3;
        for (int column = 0; column < terminal.getTerminalSize().getColumns(); column++) {
            line.append(terminal.getCharacter(column, row).getCharacterString());
            if (terminal.getCharacter(column, row).isDoubleWidth()) {
                column++;
            }
        }
        return line.toString();
    }
}
