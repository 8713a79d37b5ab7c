package jixiao.tui.window;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.AbstractInteractableComponent;
import com.googlecode.lanterna.gui2.InteractableRenderer;
import com.googlecode.lanterna.gui2.TextGUIGraphics;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import jixiao.domain.language.Columns;
import jixiao.tui.presentation.Line;
import jixiao.tui.presentation.Segment;

/**
 * The whole screen as lines of toned text. It draws what presentation made and nothing else: each
 * window hands it a function from the screen size to its lines, and where the terminal's cursor
 * stands while someone types (an input method puts its candidates there), or null to hide it.
 * It takes the focus only to own that cursor; the window handles every key itself.
 */
final class Sheet extends AbstractInteractableComponent<Sheet> {

    private final Function<TerminalSize, List<Line>> frame;
    private final Supplier<TerminalPosition> cursor;
    private final Palette palette = new Palette();

    Sheet(Function<TerminalSize, List<Line>> frame, Supplier<TerminalPosition> cursor) {
        this.frame = frame;
        this.cursor = cursor;
    }

    @Override
    protected InteractableRenderer<Sheet> createDefaultRenderer() {
        return new InteractableRenderer<>() {
            @Override
            public TerminalSize getPreferredSize(Sheet component) {
                return new TerminalSize(80, 24);
            }

            @Override
            public TerminalPosition getCursorLocation(Sheet component) {
                return cursor.get();
            }

            @Override
            public void drawComponent(TextGUIGraphics graphics, Sheet component) {
                List<Line> lines = frame.apply(graphics.getSize());
                for (int row = 0; row < lines.size() && row < graphics.getSize().getRows(); row++) {
                    int column = 0;
                    for (Segment segment : lines.get(row).segments()) {
                        String text = segment.text();
                        for (int i = 0; i < text.length(); i++) {
                            graphics.setCharacter(column, row, palette.cell(text.charAt(i), segment.tone()));
                            column += Columns.width(text.charAt(i));
                        }
                    }
                }
            }
        };
    }
}
