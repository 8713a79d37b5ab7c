package jixiao.tui.window;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/** Opens a project of the example register from the register screen, and edits cells of it as a person would. */
final class ExampleProject {

    private ExampleProject() {
    }

    /** Searches the register for {@code name} and opens the first match (the 2024 self-evaluation). */
    static VirtualScreen open(VirtualScreen screen, String name) {
        return screen.type("/").type(name).press(KeyType.Enter).press(KeyType.Enter);
    }

    /**
     * Goes to {@code row} (1-based) in the actual's column and types {@code text} over the actual,
     * as a spreadsheet takes it: the first character replaces the old value; then Enter.
     */
    static VirtualScreen retypeActual(VirtualScreen screen, int row, String text) {
        goTo(screen, row);
        return screen.type(text).press(KeyType.Enter);
    }

    /** The first row (Ctrl-Home), then down to {@code row} (1-based); the column stays. */
    static VirtualScreen goTo(VirtualScreen screen, int row) {
        screen.stroke(new KeyStroke(KeyType.Home, true, false));
        for (int i = 1; i < row; i++) {
            screen.press(KeyType.ArrowDown);
        }
        return screen;
    }

    static VirtualScreen clear(VirtualScreen screen) {
        for (int i = 0; i < 30; i++) {
            screen.press(KeyType.Backspace);
        }
        return screen;
    }
}
