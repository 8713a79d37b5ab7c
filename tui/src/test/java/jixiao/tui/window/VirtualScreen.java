package jixiao.tui.window;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jixiao.domain.language.Language;
import jixiao.domain.register.Projects;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.rules.RuleSets;
import jixiao.tui.ReportWriter;

/**
 * The real screens on Lanterna's virtual terminal: keys go in as a person types them, and the
 * screen is read back as text, one string per row (a wide character's padding cell skipped).
 * Slow work runs at once on the calling thread; its results come back through the GUI thread as
 * they do in the program.
 */
final class VirtualScreen {

    private final DefaultVirtualTerminal terminal;
    private final MultiWindowTextGUI gui;

    private VirtualScreen(DefaultVirtualTerminal terminal, MultiWindowTextGUI gui) {
        this.terminal = terminal;
        this.gui = gui;
    }

    /** Rule sets are written as plainly as a test can; the program's own writer is tested in app. */
    private static Path save(RuleSet rules, Path file) throws IOException {
        return Files.writeString(file, RuleSets.write(rules), StandardCharsets.UTF_8).toAbsolutePath();
    }

    static VirtualScreen start(Projects projects, Language language, int columns, int rows) {
        return start(projects, language, columns, rows, Optional.empty());
    }

    static VirtualScreen start(Projects projects, Language language, int columns, int rows,
            Optional<ReportWriter> reports) {
        try {
            DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
            TerminalScreen screen = new TerminalScreen(terminal);
            screen.startScreen();
            MultiWindowTextGUI gui = new MultiWindowTextGUI(screen);
            gui.addWindow(Screens.start(gui, projects, language, Runnable::run, reports, Optional.of(VirtualScreen::save)));
            VirtualScreen virtual = new VirtualScreen(terminal, gui);
            virtual.settle();
            return virtual;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    MultiWindowTextGUI gui() {
        return gui;
    }

    VirtualScreen press(KeyType key) {
        return stroke(new KeyStroke(key));
    }

    VirtualScreen ctrl(char key) {
        return stroke(new KeyStroke(key, true, false));
    }

    /** Each character as its own key stroke, as typing does. */
    VirtualScreen type(String text) {
        for (char c : text.toCharArray()) {
            terminal.addInput(new KeyStroke(c, false, false));
            settle();
        }
        return this;
    }

    VirtualScreen stroke(KeyStroke stroke) {
        terminal.addInput(stroke);
        settle();
        return this;
    }

    VirtualScreen resize(int columns, int rows) {
        terminal.setTerminalSize(new TerminalSize(columns, rows));
        settle();
        return this;
    }

    /** Runs the GUI thread until the keys and the handed-back work are done and the screen is drawn. */
    void settle() {
        try {
            for (int i = 0; i < 10 && gui.getGUIThread().processEventsAndUpdate(); i++) {
                // each pass handles queued keys and handed-back work, and redraws if anything changed
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String row(int row) {
        StringBuilder text = new StringBuilder();
        int columns = terminal.getTerminalSize().getColumns();
        for (int column = 0; column < columns; column++) {
            TextCharacter character = terminal.getCharacter(column, row);
            text.append(character.getCharacterString());
            if (character.isDoubleWidth()) {
                column++;
            }
        }
        return text.toString();
    }

    List<String> rows() {
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < terminal.getTerminalSize().getRows(); row++) {
            rows.add(row(row));
        }
        return rows;
    }

    String text() {
        return String.join("\n", rows());
    }

    /** The first row containing {@code text}, or fails the test with the whole screen. */
    String rowWith(String text) {
        return rows().stream().filter(row -> row.contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with '" + text + "' on screen:\n" + text()));
    }

    /** The cell at a screen column and row, with its colours. */
    TextCharacter characterAt(int column, int row) {
        return terminal.getCharacter(column, row);
    }

    /** The row number of the first row containing {@code text}, or fails the test with the whole screen. */
    int rowNumberOf(String text) {
        List<String> rows = rows();
        for (int row = 0; row < rows.size(); row++) {
            if (rows.get(row).contains(text)) {
                return row;
            }
        }
        throw new AssertionError("no row with '" + text + "' on screen:\n" + text());
    }

    /** The screen column where {@code text} starts in the first row that has it (wide characters count two). */
    int columnOf(String text) {
        String row = rowWith(text);
        return jixiao.domain.language.Columns.width(row.substring(0, row.indexOf(text)));
    }
}
