package jixiao.tui.window;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.gui2.LayoutManager;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * The sheet covers the whole screen; the text box of the edit line lies over the sheet's third
 * line from the bottom, right of the prompt's label. Recomputed on every resize.
 */
final class ScreenLayout implements LayoutManager {

    /** Rows from the bottom of the screen to the edit line: key bar, message line, edit line. */
    static final int EDIT_LINE_FROM_BOTTOM = 3;

    private final IntSupplier labelWidth;

    ScreenLayout(IntSupplier labelWidth) {
        this.labelWidth = labelWidth;
    }

    @Override
    public TerminalSize getPreferredSize(List<Component> components) {
        return new TerminalSize(80, 24);
    }

    @Override
    public void doLayout(TerminalSize area, List<Component> components) {
        Component sheet = components.get(0);
        sheet.setPosition(TerminalPosition.TOP_LEFT_CORNER);
        sheet.setSize(area);
        Component editor = components.get(1);
        int left = Math.min(labelWidth.getAsInt(), Math.max(0, area.getColumns() - 1));
        editor.setPosition(new TerminalPosition(left, Math.max(0, area.getRows() - EDIT_LINE_FROM_BOTTOM)));
        editor.setSize(new TerminalSize(Math.max(1, area.getColumns() - left), 1));
    }

    /** The window invalidates the panel when the edit line's label changes; resizes Lanterna sees itself. */
    @Override
    public boolean hasChanged() {
        return false;
    }
}
