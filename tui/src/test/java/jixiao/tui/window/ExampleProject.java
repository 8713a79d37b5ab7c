package jixiao.tui.window;

import com.googlecode.lanterna.input.KeyType;

/** Opens a project of the example register from the register screen, and edits cells of it as a person would. */
final class ExampleProject {

    private ExampleProject() {
    }

    /** Searches the register for {@code name} and opens the first match (the 2024 self-evaluation). */
    static VirtualScreen open(VirtualScreen screen, String name) {
        return screen.type("/").type(name).press(KeyType.Enter).press(KeyType.Enter);
    }

    /** From the first row, moves to {@code row} (1-based) and types {@code text} over the actual, then Enter. */
    static VirtualScreen retypeActual(VirtualScreen screen, int row, String text) {
        screen.press(KeyType.Home);
        for (int i = 1; i < row; i++) {
            screen.press(KeyType.ArrowDown);
        }
        screen.press(KeyType.Enter);
        clear(screen);
        return screen.type(text).press(KeyType.Enter);
    }

    static VirtualScreen clear(VirtualScreen screen) {
        for (int i = 0; i < 30; i++) {
            screen.press(KeyType.Backspace);
        }
        return screen;
    }
}
