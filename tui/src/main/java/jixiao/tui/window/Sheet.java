package jixiao.tui.window;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.AbstractComponent;
import com.googlecode.lanterna.gui2.ComponentRenderer;
import com.googlecode.lanterna.gui2.TextGUIGraphics;
import java.util.List;
import java.util.function.Function;
import jixiao.domain.language.Columns;
import jixiao.tui.presentation.Line;
import jixiao.tui.presentation.Segment;

/**
 * The whole screen as lines of toned text. It draws what presentation made and nothing else: each
 * window hands it a function from the screen size to its lines.
 */
final class Sheet extends AbstractComponent<Sheet> {

    private final Function<TerminalSize, List<Line>> frame;
    private final Palette palette = new Palette();

    Sheet(Function<TerminalSize, List<Line>> frame) {
        this.frame = frame;
    }

    @Override
    protected ComponentRenderer<Sheet> createDefaultRenderer() {
        return new ComponentRenderer<>() {
            @Override
            public TerminalSize getPreferredSize(Sheet component) {
                return new TerminalSize(80, 24);
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
